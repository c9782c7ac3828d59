//! What a session's line shows, as a plain value: the view model of the agenda's,
//! My agenda's and a speaker's session lines.
//!
//! A list keeps a line while its [`SessionLine`] is the same and rebuilds it when it is
//! not, so everything the line shows must come from here, texts already picked in the
//! reader's language: then no change to the feed (a retitled session, a renamed room,
//! the event's languages put in another order) can leave a line showing what it showed
//! before. The view (`components::SessionItem`) only lays it out.

use crate::feed::{DateTime, Feed, Session, SessionKind, SessionStatus, Text};

/// A feed text as a reader sees it: the text picked for their language, and that
/// text's language when it is not the reader's (for the element's `lang`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LangText {
    pub text: String,
    pub lang: Option<String>,
}

impl LangText {
    /// `text` for a reader of `reader` (a language tag): their language if the feed has
    /// it, else the event's languages in the event's order.
    pub fn of(feed: &Feed, text: &Text, reader: &str) -> Self {
        let picked = text.pick(&feed.content_languages(reader));
        LangText {
            text: picked.text.to_owned(),
            lang: picked
                .lang
                .or_else(|| feed.event.languages.first().map(String::as_str))
                .filter(|lang| *lang != reader)
                .map(str::to_owned),
        }
    }
}

/// Everything a session's line shows, and where it sits on the grid.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SessionLine {
    pub id: String,
    pub title: LangText,
    pub kind: SessionKind,
    pub start: DateTime,
    pub end: DateTime,
    pub cancelled: bool,
    /// A break: no star, and all the grid's columns.
    pub is_break: bool,
    /// The room's id (the grid's column) and its name.
    pub room: Option<(String, LangText)>,
    /// The speakers' names, in the feed's order.
    pub people: Vec<LangText>,
    /// The track's colour, for the line's edge.
    pub track_color: Option<String>,
    /// Its time, room or status changed while the page was open.
    pub changed: bool,
}

impl SessionLine {
    /// The line of `session` for a reader of `reader`; `changed` marks it as changed
    /// since the page was opened.
    pub fn of(feed: &Feed, session: &Session, reader: &str, changed: bool) -> Self {
        let shown = |text: &Text| LangText::of(feed, text, reader);
        SessionLine {
            id: session.id.clone(),
            title: shown(&session.title),
            kind: session.kind,
            start: session.start,
            end: session.end,
            cancelled: session.status == SessionStatus::Cancelled,
            is_break: super::is_break(session),
            room: session
                .room
                .as_deref()
                .and_then(|id| feed.room(id))
                .map(|room| (room.id.clone(), shown(&room.name))),
            people: session
                .speakers
                .iter()
                .filter_map(|id| feed.speaker(id))
                .map(|speaker| shown(&speaker.name))
                .collect(),
            track_color: session
                .track
                .as_deref()
                .and_then(|id| feed.track(id))
                .and_then(|track| track.color.clone()),
            changed,
        }
    }

    /// A key for keyed lists: the line's id, and a hash of all it shows (over the
    /// derived `Hash`: nothing to keep in step by hand).
    pub fn key(&self) -> (String, u64) {
        (self.id.clone(), crate::hash::of(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed;

    fn sample() -> Feed {
        let text = include_str!("../../public/event.json");
        feed::load(text).feed.unwrap()
    }

    fn line(feed: &Feed, reader: &str) -> SessionLine {
        let session = feed.session("opening").unwrap();
        SessionLine::of(feed, session, reader, false)
    }

    #[test]
    fn a_line_shows_the_session_with_its_room_speakers_and_track() {
        let feed = sample();
        let line = line(&feed, "en");
        assert_eq!(line.title.text, "Opening remarks");
        assert_eq!(line.title.lang, None, "English on an English page");
        assert!(
            line.room
                .as_ref()
                .is_some_and(|(_, name)| !name.text.is_empty())
        );
        assert!(!line.people.is_empty());
        // On a French page the sample's English text is marked as English.
        assert_eq!(self::line(&feed, "fr").title.lang.as_deref(), Some("en"));
    }

    #[test]
    fn the_event_s_languages_in_another_order_change_the_line() {
        let mut feed = sample();
        feed.event.languages = vec!["fr".into(), "es".into()];
        let session = feed
            .sessions
            .iter_mut()
            .find(|s| s.id == "opening")
            .unwrap();
        session.title = Text::Localised(vec![
            ("fr".into(), "Allocution d'ouverture".into()),
            ("es".into(), "Palabras de apertura".into()),
        ]);
        let before = line(&feed, "en");
        assert_eq!(before.title.text, "Allocution d'ouverture");
        assert_eq!(before.title.lang.as_deref(), Some("fr"));
        feed.event.languages.reverse();
        let after = line(&feed, "en");
        assert_eq!(after.title.text, "Palabras de apertura");
        assert_ne!(before, after);
        assert_ne!(before.key(), after.key());
    }

    #[test]
    fn a_line_moves_when_what_it_shows_moves_and_only_then() {
        let lines = |feed: &Feed| -> Vec<SessionLine> {
            feed.sessions
                .iter()
                .map(|s| SessionLine::of(feed, s, "en", false))
                .collect()
        };
        let all = lines(&sample());
        assert_eq!(all, lines(&sample()), "the same feed read twice");
        let mut keys: Vec<_> = all.iter().map(SessionLine::key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all.len(), "every session's line differs");

        let changed = |change: &dyn Fn(&mut Feed)| {
            let mut feed = sample();
            change(&mut feed);
            lines(&feed)
                .iter()
                .zip(&all)
                .map(|(new, old)| new.key() != old.key())
                .collect::<Vec<bool>>()
        };
        let only = |i: usize| (0..all.len()).map(|j| j == i).collect::<Vec<bool>>();
        assert_eq!(
            changed(&|f| f.sessions[2].status = SessionStatus::Cancelled),
            only(2)
        );
        assert_eq!(changed(&|f| f.sessions[1].start.unix += 900), only(1));
        assert_eq!(
            changed(&|f| f.sessions[3].title = Text::Plain("Coffee".into())),
            only(3)
        );
        // A speaker's new name shows in every line that names them.
        let feed = sample();
        let speaker = feed.sessions[1].speakers[0].clone();
        let naming: Vec<bool> = feed
            .sessions
            .iter()
            .map(|s| s.speakers.contains(&speaker))
            .collect();
        assert_eq!(
            changed(&|f| {
                let id = speaker.clone();
                f.speakers.iter_mut().find(|s| s.id == id).unwrap().name =
                    Text::Plain("Ana".into());
            }),
            naming
        );
        // What the line does not show (the abstract, a recording, where the session
        // stands in the file) leaves it as it was.
        let none = vec![false; all.len()];
        assert_eq!(changed(&|f| f.sessions[2].abstract_text = None), none);
        assert_eq!(
            changed(&|f| f.sessions[0].recording = Some("https://x.org/r".into())),
            none
        );
        assert_eq!(
            changed(&|f| f.sessions[0].source = Default::default()),
            none
        );
        // Changed since the page opened: another line.
        let session = &feed.sessions[0];
        assert_ne!(
            SessionLine::of(&feed, session, "en", false),
            SessionLine::of(&feed, session, "en", true)
        );
    }
}
