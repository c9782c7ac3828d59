//! Fingerprints that let the agenda apply a new feed in place.
//!
//! A new feed changes a few sessions, rarely the page's frame. A session's line is keyed
//! by what it shows (`agenda::line`, a view model, not a fingerprint kept by hand).
//! [`frame`] sums up what the rest of the agenda page is built from (days, the grid's rooms and hours, the filters' choices): when
//! it moves, the page is rebuilt whole. Neither counts where an entry sits in the file.

use super::{days, is_break};
use crate::feed::{Document, Feed, Speaker, Text, Update};

/// The portal's FNV-1a ([`crate::hash`]), fed field by field.
struct Fnv(crate::hash::Fnv);

impl Fnv {
    fn new() -> Self {
        Fnv(crate::hash::Fnv::default())
    }

    fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        use std::hash::Hasher;
        self.0.write(bytes);
        // A separator, so that "ab","c" and "a","bc" differ.
        self.0.write_u8(0xff);
        self
    }

    /// The fingerprint so far.
    fn value(&self) -> u64 {
        std::hash::Hasher::finish(&self.0)
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

/// What the agenda page around the lines is built from: the event's title and zone, the
/// tracks, rooms and kinds the filters offer, and each day with its grid (the rooms it
/// uses, its first and last times).
pub fn frame(feed: &Feed) -> u64 {
    let mut hash = Fnv::new();
    hash.text(&feed.event.title).str(&feed.event.timezone);
    // The order of the event's languages picks the filters' names.
    for language in &feed.event.languages {
        hash.str(language);
    }
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
    hash.value()
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
    hash.value()
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
    hash.value()
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
    hash.value()
}

/// The frame of a page that is a title and a list (or a note that the list is empty):
/// the event's title and whether `empty`.
pub fn titled_list(feed: &Feed, empty: bool) -> u64 {
    Fnv::new()
        .text(&feed.event.title)
        .number(i64::from(empty))
        .value()
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
        // The event's languages in another order pick other names for the filters.
        assert_ne!(
            frame_of(&|f| f.event.languages = vec!["fr".into(), "en".into()]),
            frame_of(&|f| f.event.languages = vec!["en".into(), "fr".into()])
        );
    }
}
