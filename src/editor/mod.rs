//! The organisers' editor, its DOM-free core (issue 18): what the forms will stand on,
//! tested natively. The editor works on the feed's JSON document itself, not on the
//! model, so that fields it does not know are kept as they were on save
//! ([`crate::feed::format`] writes it back).
//!
//! - [`refs`]: which entries name an id, and renaming an id everywhere it is named;
//! - [`diff`]: what a draft changes from the published feed, as an organiser says it;
//! - [`history`]: undo and redo across every change.

pub mod diff;
pub mod history;
pub mod refs;
