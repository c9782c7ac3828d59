//! The organisers' editor, its DOM-free core (issue 18): what the forms will stand on,
//! tested natively. The editor works on the feed's JSON document itself, not on the
//! model, so that fields it does not know are kept as they were on save
//! ([`crate::feed::format`] writes it back).
//!
//! - [`refs`]: which entries name an id, and renaming an id everywhere it is named;
//! - [`announce`]: an announcement drafted from what changed, in the event's languages;
//! - [`coverage`]: for each of the event's languages, the texts still missing it;
//! - [`diff`]: what a draft changes from the published feed, as an organiser says it;
//! - [`document`]: the draft, addressed by paths, changed by edits that undo themselves;
//! - [`form`]: what the forms hold, for every part of the feed;
//! - [`words`]: the editor's words in six languages, kept out of the visitors' bundle;
//! - [`history`]: undo and redo across every change;
//! - [`ids`]: a new entry's id made from its title, following it until published;
//! - [`languages`]: the languages an organiser picks from, named in themselves;
//! - [`picked`]: a list of picks in the organiser's order (speakers, languages);
//! - [`kept`]: the draft as the browser keeps it between visits, its history with it;
//! - [`problem`]: a problem the checks found, in the organiser's words;
//! - [`new_event`]: what "Start a new event" opens, in the organiser's language;
//! - [`moment`]: times picked on the event's wall clock, written with its offset;
//! - [`schedule`]: the programme day by day, room by time, and moving a session in it;
//! - [`site`] and [`zip`]: the whole site, rendered from the draft, as one archive.

pub mod announce;
pub mod coverage;
pub mod diff;
pub mod document;
pub mod form;
pub mod history;
pub mod ids;
pub mod kept;
pub mod languages;
pub mod moment;
pub mod new_event;
pub mod picked;
pub mod problem;
pub mod refs;
pub mod schedule;
pub mod site;
pub mod words;
pub mod zip;
