//! Fingerprints that let the agenda apply a new feed in place.
//!
//! A new feed changes a few sessions, rarely the page's frame. [`line`] sums up what a
//! session's line in the agenda shows (with the names of its room, track and speakers,
//! which live elsewhere in the feed), so the page keys its lines by id and fingerprint
//! and rebuilds only those whose fingerprint moved. [`frame`] sums up what the rest of
//! the page is built from (days, the grid's rooms and hours, the filters' choices): when
//! it moves, the page is rebuilt whole. Neither counts where an entry sits in the file.

use super::{days, is_break};
use crate::feed::{Document, Feed, Session, Speaker, Text, Update};

/// FNV-1a, 64 bits: small in the wasm, and ample to tell versions of a line apart.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so that "ab","c" and "a","bc" differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0000_01b3);
        self
    }

    fn str(&mut self, text: &str) -> &mut Self {
        self.bytes(text.as_bytes())
    }

    fn number(&mut self, n: i64) -> &mut Self {
        self.bytes(&n.to_le_bytes())
    }

    fn text(&mut self, text: &Text) -> &mut Self {
        match text {
            Text::Plain(text) => self.str(text),
            Text::Localised(pairs) => {
                for (lang, text) in pairs {
                    self.str(lang).str(text);
                }
                self
            }
        }
    }

    fn option(&mut self, text: Option<&str>) -> &mut Self {
        self.str(text.unwrap_or("\u{0}"))
    }
}

/// What a session's line in the agenda shows.
pub fn line(feed: &Feed, session: &Session) -> u64 {
    let mut hash = Fnv::new();
    hash.str(&session.id)
        .text(&session.title)
        .str(session.kind.as_str())
        .number(session.start.unix)
        .number(session.start.offset_minutes.into())
        .number(session.end.unix)
        .number(session.end.offset_minutes.into())
        .number(session.status as i64)
        .option(session.livestream.as_deref())
        .option(session.recording.as_deref());
    match session.room.as_deref().and_then(|id| feed.room(id)) {
        Some(room) => hash.str(&room.id).text(&room.name),
        None => hash.str("\u{0}"),
    };
    match session.track.as_deref().and_then(|id| feed.track(id)) {
        Some(track) => hash
            .str(&track.id)
            .text(&track.name)
            .option(track.color.as_deref()),
        None => hash.str("\u{0}"),
    };
    for speaker in session.speakers.iter().filter_map(|id| feed.speaker(id)) {
        hash.str(&speaker.id).text(&speaker.name);
    }
    hash.0
}

/// What the agenda page around the lines is built from: the event's title and zone, the
/// tracks, rooms and kinds the filters offer, and each day with its grid (the rooms it
/// uses, its first and last times).
pub fn frame(feed: &Feed) -> u64 {
    let mut hash = Fnv::new();
    hash.text(&feed.event.title).str(&feed.event.timezone);
    for track in &feed.tracks {
        hash.str(&track.id).text(&track.name);
    }
    for room in &feed.rooms {
        hash.str(&room.id).text(&room.name);
    }
    for kind in crate::feed::SessionKind::ALL {
        hash.number(i64::from(feed.sessions.iter().any(|s| s.kind == kind)));
    }
    for day in days(feed) {
        hash.str(&day.date.to_string());
        let first = day.sessions.iter().map(|s| s.start.unix).min();
        let last = day.sessions.iter().map(|s| s.end.unix).max();
        hash.number(first.unwrap_or(0)).number(last.unwrap_or(0));
        for room in &feed.rooms {
            let used = day
                .sessions
                .iter()
                .any(|s| s.room.as_ref() == Some(&room.id) && !is_break(s));
            hash.number(i64::from(used));
        }
    }
    hash.0
}

/// What an announcement shows: title, date, text, importance, and the titles of the
/// sessions it concerns.
pub fn update(feed: &Feed, update: &Update) -> u64 {
    let mut hash = Fnv::new();
    hash.str(&update.id)
        .number(update.published.unix)
        .number(update.published.offset_minutes.into())
        .text(&update.title)
        .text(&update.body)
        .number(i64::from(update.important));
    for session in update.sessions.iter().filter_map(|id| feed.session(id)) {
        hash.str(&session.id).text(&session.title);
    }
    hash.0
}

/// What a document's entry shows.
pub fn document(document: &Document) -> u64 {
    let mut hash = Fnv::new();
    hash.str(&document.id)
        .text(&document.title)
        .str(&document.url)
        .str(&document.media_type)
        .number(document.bytes as i64)
        .str(&document.language)
        .option(document.published.map(|date| date.to_string()).as_deref());
    if let Some(summary) = &document.summary {
        hash.text(summary);
    }
    hash.0
}

/// What a speaker's card shows: name, role, organisation, photo.
pub fn speaker(speaker: &Speaker) -> u64 {
    let mut hash = Fnv::new();
    hash.str(&speaker.id)
        .text(&speaker.name)
        .option(speaker.photo.as_deref());
    for text in [&speaker.role, &speaker.organisation] {
        match text {
            Some(text) => hash.text(text),
            None => hash.str("\u{0}"),
        };
    }
    hash.0
}

/// The frame of a page that is a title and a list (or a note that the list is empty):
/// the event's title and whether `empty`.
pub fn titled_list(feed: &Feed, empty: bool) -> u64 {
    Fnv::new()
        .text(&feed.event.title)
        .number(i64::from(empty))
        .0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{SessionStatus, load};

    fn sample() -> Feed {
        let text = include_str!("../../public/event.json");
        load(text).feed.expect("the sample feed loads")
    }

    #[test]
    fn a_line_changes_when_what_it_shows_changes_and_only_then() {
        let feed = sample();
        let again = sample();
        let lines =
            |feed: &Feed| -> Vec<u64> { feed.sessions.iter().map(|s| line(feed, s)).collect() };
        assert_eq!(lines(&feed), lines(&again), "the same feed read twice");
        let all = lines(&feed);
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), all.len(), "every session's line differs");

        let changed = |change: &dyn Fn(&mut Feed)| {
            let mut feed = sample();
            change(&mut feed);
            lines(&feed)
                .iter()
                .zip(&all)
                .map(|(new, old)| new != old)
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
        assert_eq!(
            changed(&|f| f.sessions[0].recording = Some("https://x.org/r".into())),
            only(0)
        );
        // A speaker's or room's new name shows in every line that names them.
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
        // A session's abstract is not in its line (its page is rebuilt whole).
        assert_eq!(
            changed(&|f| f.sessions[2].abstract_text = None),
            vec![false; all.len()]
        );
    }

    #[test]
    fn updates_and_documents_change_with_what_they_show() {
        let feed = sample();
        let first = &feed.updates[0];
        let mut changed = first.clone();
        assert_eq!(
            update(&feed, first),
            update(&sample(), &sample().updates[0])
        );
        changed.important = !changed.important;
        assert_ne!(update(&feed, first), update(&feed, &changed));
        let doc = &feed.documents[0];
        let mut moved = doc.clone();
        assert_eq!(document(doc), document(&moved));
        moved.bytes += 1;
        assert_ne!(document(doc), document(&moved));
        assert_ne!(titled_list(&feed, true), titled_list(&feed, false));
        let mut renamed = feed.speakers[0].clone();
        assert_eq!(speaker(&feed.speakers[0]), speaker(&renamed));
        renamed.organisation = Some(Text::Plain("UNODC".into()));
        assert_ne!(speaker(&feed.speakers[0]), speaker(&renamed));
    }

    #[test]
    fn the_frame_changes_with_days_rooms_and_filters_not_with_a_title() {
        let feed = sample();
        let frame_of = |change: &dyn Fn(&mut Feed)| {
            let mut feed = sample();
            change(&mut feed);
            frame(&feed)
        };
        let same = frame(&feed);
        assert_eq!(frame_of(&|_| {}), same);
        assert_eq!(
            frame_of(&|f| f.sessions[2].title = Text::Plain("New".into())),
            same
        );
        assert_eq!(
            frame_of(&|f| f.sessions[2].status = SessionStatus::Cancelled),
            same
        );
        // A day more, a later end, a new track: another frame.
        assert_ne!(frame_of(&|f| f.sessions[2].start.unix += 86_400), same);
        let last = feed.sessions.len() - 1;
        assert_ne!(frame_of(&|f| f.sessions[last].end.unix += 3600), same);
        assert_ne!(
            frame_of(&|f| f.tracks[0].name = Text::Plain("Other".into())),
            same
        );
    }
}
