//! What a draft changes from the published feed, as an organiser says it: sessions
//! added, removed, moved in time or room, retitled, cancelled or restored; speakers,
//! documents and announcements added, removed or changed. The editor lists these before
//! a save, and drafts an announcement from them.

use crate::feed::{Document, Feed, SessionStatus, Source, Speaker};

/// One difference, naming the entry by its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    SessionAdded(String),
    SessionRemoved(String),
    /// Its start or end moved.
    SessionMoved(String),
    /// Its room changed.
    SessionChangedRoom(String),
    SessionRetitled(String),
    SessionCancelled(String),
    SessionRestored(String),
    /// Anything else about it changed (speakers, abstract, documents...).
    SessionChanged(String),
    SpeakerAdded(String),
    SpeakerRemoved(String),
    SpeakerChanged(String),
    DocumentAdded(String),
    DocumentRemoved(String),
    DocumentChanged(String),
    UpdateAdded(String),
    UpdateRemoved(String),
    UpdateChanged(String),
}

/// Entries of one list compared by id, where they are in the file aside: added ones in
/// the draft's order, then removed ones in the published order, then changed ones.
fn compare<T: Clone + PartialEq>(
    published: &[T],
    draft: &[T],
    id: impl Fn(&T) -> &str,
    unplaced: impl Fn(&T) -> T,
    out: &mut Vec<Change>,
    [added, removed, changed]: [fn(String) -> Change; 3],
) {
    for entry in draft {
        match published.iter().find(|p| id(p) == id(entry)) {
            None => out.push(added(id(entry).to_owned())),
            Some(before) if unplaced(before) != unplaced(entry) => {
                out.push(changed(id(entry).to_owned()))
            }
            Some(_) => {}
        }
    }
    for entry in published {
        if !draft.iter().any(|d| id(d) == id(entry)) {
            out.push(removed(id(entry).to_owned()));
        }
    }
}

/// Every difference between the `published` feed and the `draft`, sessions first.
pub fn changes(published: &Feed, draft: &Feed) -> Vec<Change> {
    let mut out = Vec::new();
    for session in &draft.sessions {
        let id = session.id.clone();
        let Some(before) = published.session(&session.id) else {
            out.push(Change::SessionAdded(id));
            continue;
        };
        let mut told = false;
        let mut say = |change: Change| {
            told = true;
            out.push(change);
        };
        if (before.start.unix, before.end.unix) != (session.start.unix, session.end.unix) {
            say(Change::SessionMoved(id.clone()));
        }
        if before.room != session.room {
            say(Change::SessionChangedRoom(id.clone()));
        }
        if before.title != session.title {
            say(Change::SessionRetitled(id.clone()));
        }
        match (before.status, session.status) {
            (a, b) if a == b => {}
            (_, SessionStatus::Cancelled) => say(Change::SessionCancelled(id.clone())),
            (SessionStatus::Cancelled, _) => say(Change::SessionRestored(id.clone())),
            _ => say(Change::SessionChanged(id.clone())),
        }
        if !told {
            let mut same = session.clone();
            same.source = before.source;
            same.start.offset_minutes = before.start.offset_minutes;
            same.end.offset_minutes = before.end.offset_minutes;
            if same != *before {
                out.push(Change::SessionChanged(id));
            }
        }
    }
    for session in &published.sessions {
        if draft.session(&session.id).is_none() {
            out.push(Change::SessionRemoved(session.id.clone()));
        }
    }
    let unplaced = Source::default();
    compare(
        &published.speakers,
        &draft.speakers,
        |s| &s.id,
        |s| Speaker {
            source: unplaced,
            ..s.clone()
        },
        &mut out,
        [
            Change::SpeakerAdded,
            Change::SpeakerRemoved,
            Change::SpeakerChanged,
        ],
    );
    compare(
        &published.documents,
        &draft.documents,
        |d| &d.id,
        |d| Document {
            source: unplaced,
            ..d.clone()
        },
        &mut out,
        [
            Change::DocumentAdded,
            Change::DocumentRemoved,
            Change::DocumentChanged,
        ],
    );
    compare(
        &published.updates,
        &draft.updates,
        |u| &u.id,
        Clone::clone,
        &mut out,
        [
            Change::UpdateAdded,
            Change::UpdateRemoved,
            Change::UpdateChanged,
        ],
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::load;

    const SAMPLE: &str = include_str!("../../public/event.json");

    fn sample() -> serde_like::Doc {
        serde_like::Doc::parse(SAMPLE)
    }

    /// The sample as a JSON document to change in a test, with the feed's own parser
    /// and writer (no serde: these tests build for every target).
    mod serde_like {
        use crate::feed::json::{self, Node, Value};
        use crate::feed::{Feed, format, load};

        pub struct Doc(pub Node);

        impl Doc {
            pub fn parse(text: &str) -> Self {
                Doc(json::parse(text).unwrap())
            }

            /// The field at `path` (names, or indexes into lists), to change.
            pub fn at(&mut self, path: &[&str]) -> &mut Node {
                let mut node = &mut self.0;
                for step in path {
                    node = match &mut node.value {
                        Value::Object(fields) => {
                            &mut fields
                                .iter_mut()
                                .rev()
                                .find(|f| f.name == *step)
                                .unwrap()
                                .value
                        }
                        Value::Array(items) => &mut items[step.parse::<usize>().unwrap()],
                        _ => panic!("{step}"),
                    };
                }
                node
            }

            pub fn set(&mut self, path: &[&str], text: &str) {
                self.at(path).value = Value::String(text.to_owned());
            }

            pub fn feed(&self) -> Feed {
                load(&format::write(&self.0)).feed.unwrap()
            }
        }
    }

    #[test]
    fn the_same_feed_changes_nothing_even_written_another_way() {
        let published = load(SAMPLE).feed.unwrap();
        // Another layout moves every entry's position in the file: no change for that.
        let compact: String = SAMPLE.lines().map(str::trim).collect();
        let draft = load(&compact).feed.unwrap();
        assert_eq!(changes(&published, &draft), []);
    }

    #[test]
    fn each_kind_of_change_is_told_once_by_its_id() {
        let published = load(SAMPLE).feed.unwrap();
        let mut doc = sample();
        let first = published.sessions[0].id.clone();
        let second = published.sessions[1].id.clone();
        let third = published.sessions[2].id.clone();
        doc.set(&["sessions", "0", "start"], "2019-04-02T15:05:00-04:00");
        doc.set(&["sessions", "1", "title"], "A new title");
        doc.set(&["sessions", "2", "status"], "cancelled");
        doc.set(&["speakers", "0", "role"], "Director-General");
        let found = changes(&published, &doc.feed());
        assert_eq!(
            found,
            [
                Change::SessionMoved(first),
                Change::SessionRetitled(second),
                Change::SessionCancelled(third),
                Change::SpeakerChanged(published.speakers[0].id.clone()),
            ]
        );
    }

    #[test]
    fn added_and_removed_entries_are_told() {
        let published = load(SAMPLE).feed.unwrap();
        let mut doc = sample();
        // The first session gets a new id: for the feed, one session gone, one new.
        doc.set(&["sessions", "0", "id"], "welcome");
        doc.set(&["documents", "0", "id"], "final-report");
        let found = changes(&published, &doc.feed());
        let old_session = published.sessions[0].id.clone();
        assert!(
            found.contains(&Change::SessionAdded("welcome".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&Change::SessionRemoved(old_session)),
            "{found:?}"
        );
        assert!(
            found.contains(&Change::DocumentAdded("final-report".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&Change::DocumentRemoved(published.documents[0].id.clone())),
            "{found:?}"
        );
    }
}
