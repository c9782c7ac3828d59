//! The keys that let pages apply a new feed in place, all derived (`Hash`), none kept
//! in step by hand.
//!
//! A new feed changes a few entries, rarely a page's frame. A session's line is keyed by
//! its view model (`agenda::line`); the entries of other lists by the entry itself
//! ([`entry`]); [`frame`] sums up what the rest of the agenda page is built from (days,
//! the grid's rooms and hours, the filters' choices): when it moves, the page is built
//! anew. Where an entry sits in the file counts in none of them (`Source` hashes to
//! nothing). Each includes the event's languages, whose order picks the language every
//! text shows in.

use std::hash::Hash;

use super::{days, is_break};
use crate::feed::{Feed, SessionKind, Update};
use crate::hash;

/// What the agenda page around the lines is built from: the event's title and zone, the
/// tracks, rooms and kinds the filters offer, and each day with its grid (the rooms it
/// uses, its first and last times).
pub fn frame(feed: &Feed) -> u64 {
    let kinds: Vec<bool> = SessionKind::ALL
        .iter()
        .map(|kind| feed.sessions.iter().any(|s| s.kind == *kind))
        .collect();
    let days: Vec<_> = days(feed)
        .into_iter()
        .map(|day| {
            let first = day.sessions.iter().map(|s| s.start.unix).min();
            let last = day.sessions.iter().map(|s| s.end.unix).max();
            let rooms: Vec<bool> = feed
                .rooms
                .iter()
                .map(|room| {
                    day.sessions
                        .iter()
                        .any(|s| s.room.as_ref() == Some(&room.id) && !is_break(s))
                })
                .collect();
            (day.date, first, last, rooms)
        })
        .collect();
    let event = &feed.event;
    hash::of(&(
        (&event.title, &event.timezone, &event.languages),
        (&feed.tracks, &feed.rooms),
        (kinds, days),
    ))
}

/// The key of a list's entry: the entry as the feed has it, every field of it (a change
/// to one the item does not show builds it anew needlessly, never the other way round),
/// with the event's languages.
pub fn entry(feed: &Feed, entry: &impl Hash) -> u64 {
    hash::of(&(&feed.event.languages, entry))
}

/// The key of an announcement: the announcement, and the titles of the sessions it
/// links to.
pub fn update(feed: &Feed, update: &Update) -> u64 {
    let sessions: Vec<_> = update
        .sessions
        .iter()
        .filter_map(|id| feed.session(id))
        .map(|session| &session.title)
        .collect();
    entry(feed, &(update, sessions))
}

/// The frame of a page that is a title and a list (or a note that the list is empty):
/// the event's title and whether `empty`.
pub fn titled_list(feed: &Feed, empty: bool) -> u64 {
    hash::of(&(&feed.event.title, &feed.event.languages, empty))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{SessionStatus, Text, load};

    fn sample() -> Feed {
        let text = include_str!("../../public/event.json");
        load(text).feed.expect("the sample feed loads")
    }

    #[test]
    fn entries_change_with_what_they_hold_and_the_languages_not_with_their_place() {
        let feed = sample();
        let first = &feed.updates[0];
        let mut changed = first.clone();
        assert_eq!(
            update(&feed, first),
            update(&sample(), &sample().updates[0])
        );
        changed.important = !changed.important;
        assert_ne!(update(&feed, first), update(&feed, &changed));
        // A session it links to, retitled: the announcement shows the new title.
        if let Some(id) = first.sessions.first() {
            let mut retitled = sample();
            let at = retitled.sessions.iter().position(|s| &s.id == id).unwrap();
            retitled.sessions[at].title = Text::Plain("New".into());
            assert_ne!(update(&feed, first), update(&retitled, first));
        }
        let doc = &feed.documents[0];
        let mut moved = doc.clone();
        // Moved in the file (an edit above it): the same.
        moved.source.index += 3;
        moved.source.position.line += 40;
        assert_eq!(entry(&feed, doc), entry(&feed, &moved));
        moved.bytes += 1;
        assert_ne!(entry(&feed, doc), entry(&feed, &moved));
        assert_ne!(titled_list(&feed, true), titled_list(&feed, false));
        let mut renamed = feed.speakers[0].clone();
        assert_eq!(entry(&feed, &feed.speakers[0]), entry(&feed, &renamed));
        renamed.organisation = Some(Text::Plain("UNODC".into()));
        assert_ne!(entry(&feed, &feed.speakers[0]), entry(&feed, &renamed));
        // Other event languages, or the same in another order: every text may show in
        // another language.
        let mut reordered = sample();
        reordered.event.languages.push("fr".into());
        reordered.event.languages.reverse();
        assert_ne!(entry(&feed, doc), entry(&reordered, doc));
        assert_ne!(titled_list(&feed, false), titled_list(&reordered, false));
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
