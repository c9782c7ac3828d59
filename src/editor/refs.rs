//! Ids and the places that name them: a session names its room, track, speakers,
//! moderators and documents; an announcement names sessions. Renaming an id renames it
//! everywhere, and before an entry is deleted the editor shows where it is used.

use crate::feed::json::{Node, Value};

/// A list whose entries others name by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Room,
    Track,
    Speaker,
    Document,
    Session,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Room,
        Kind::Track,
        Kind::Speaker,
        Kind::Document,
        Kind::Session,
    ];

    /// The feed's list of this kind.
    pub fn list(self) -> &'static str {
        match self {
            Kind::Room => "rooms",
            Kind::Track => "tracks",
            Kind::Speaker => "speakers",
            Kind::Document => "documents",
            Kind::Session => "sessions",
        }
    }

    /// Where this kind is named: the list, the field, and whether the field is a list.
    fn named_in(self) -> &'static [(&'static str, &'static str, bool)] {
        match self {
            Kind::Room => &[("sessions", "room", false)],
            Kind::Track => &[("sessions", "track", false)],
            Kind::Speaker => &[
                ("sessions", "speakers", true),
                ("sessions", "moderators", true),
            ],
            Kind::Document => &[("sessions", "documents", true)],
            Kind::Session => &[("updates", "sessions", true)],
        }
    }
}

/// One place that names an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Use {
    /// Its JSON path, as the feed's diagnostics write paths (`$.sessions[3].speakers[0]`).
    pub path: String,
    /// The id of the entry it is in (a session, an announcement), when it has one.
    pub entry: Option<String>,
    /// That entry's title as the editor lists it (in the event's first language where it
    /// has one per language), when it has one: what an organiser knows it by.
    pub label: Option<String>,
}

/// How an organiser knows the entry a use is in: its title, else its id, else where it
/// is.
impl Use {
    pub fn name(&self) -> &str {
        self.label
            .as_deref()
            .or(self.entry.as_deref())
            .unwrap_or(&self.path)
    }
}

/// The last field `name` of an object, to change.
fn field_mut<'a>(node: &'a mut Node, name: &str) -> Option<&'a mut Node> {
    match &mut node.value {
        Value::Object(fields) => fields
            .iter_mut()
            .rev()
            .find(|field| field.name == name)
            .map(|field| &mut field.value),
        _ => None,
    }
}

fn list_mut<'a>(feed: &'a mut Node, name: &str) -> Option<&'a mut Vec<Node>> {
    match &mut field_mut(feed, name)?.value {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

/// Every place in `feed` that names `id` as a `kind`, in the order of the file.
pub fn uses(feed: &Node, kind: Kind, id: &str) -> Vec<Use> {
    let mut out = Vec::new();
    let first_language = super::coverage::languages(feed).into_iter().next();
    for (list, field, many) in kind.named_in() {
        let Some(entries) = feed.get(list).and_then(Node::as_array) else {
            continue;
        };
        for (index, entry) in entries.iter().enumerate() {
            let entry_id = entry.get("id").and_then(Node::as_str).map(str::to_owned);
            let label = super::form::section(list)
                .and_then(|section| entry.get(section.label))
                .map(|title| {
                    super::kept::pick_title(title, first_language.as_deref().unwrap_or("en")).0
                })
                .filter(|title| !title.is_empty());
            let Some(value) = entry.get(field) else {
                continue;
            };
            let path = format!("$.{list}[{index}].{field}");
            if *many {
                for (at, named) in value.as_array().unwrap_or_default().iter().enumerate() {
                    if named.as_str() == Some(id) {
                        out.push(Use {
                            path: format!("{path}[{at}]"),
                            entry: entry_id.clone(),
                            label: label.clone(),
                        });
                    }
                }
            } else if value.as_str() == Some(id) {
                out.push(Use {
                    path,
                    entry: entry_id.clone(),
                    label: label.clone(),
                });
            }
        }
    }
    out
}

/// Renames the `kind` entry `old` to `new`, and every place that names it; how many
/// places were renamed (the entry itself not counted). `new` must not be taken: returns
/// `None`, changing nothing, when it is, or when no entry has the id `old`.
pub fn rename(feed: &mut Node, kind: Kind, old: &str, new: &str) -> Option<usize> {
    let entries = feed.get(kind.list()).and_then(Node::as_array)?;
    let has = |id: &str| {
        entries
            .iter()
            .any(|entry| entry.get("id").and_then(Node::as_str) == Some(id))
    };
    if !has(old) || has(new) {
        return None;
    }
    for entry in list_mut(feed, kind.list())? {
        if entry.get("id").and_then(Node::as_str) == Some(old)
            && let Some(id) = field_mut(entry, "id")
        {
            id.value = Value::String(new.to_owned());
        }
    }
    let mut renamed = 0;
    for (list, field, many) in kind.named_in() {
        let Some(entries) = list_mut(feed, list) else {
            continue;
        };
        for entry in entries {
            let Some(value) = field_mut(entry, field) else {
                continue;
            };
            let named: Vec<&mut Node> = match &mut value.value {
                Value::Array(items) if *many => items.iter_mut().collect(),
                Value::String(_) if !*many => vec![value],
                _ => Vec::new(),
            };
            for node in named {
                if node.as_str() == Some(old) {
                    node.value = Value::String(new.to_owned());
                    renamed += 1;
                }
            }
        }
    }
    Some(renamed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{format, json, load};

    fn sample() -> Node {
        json::parse(include_str!("../../public/event.json")).unwrap()
    }

    #[test]
    fn a_place_is_named_by_its_entry_s_title_not_its_id() {
        let feed = json::parse(
            r#"{"event": {"languages": ["fr", "en"]},
                "rooms": [{"id": "r", "name": "Salle 1"}],
                "sessions": [
                    {"id": "s1", "room": "r", "title": {"en": "Opening", "fr": "Ouverture"}},
                    {"id": "s2", "room": "r", "title": ""},
                    {"id": "s3", "room": "r"}]}"#,
        )
        .unwrap();
        let names: Vec<String> = uses(&feed, Kind::Room, "r")
            .iter()
            .map(|place| place.name().to_owned())
            .collect();
        assert_eq!(names, ["Ouverture", "s2", "s3"]);
    }

    #[test]
    fn every_place_that_names_a_speaker_is_found() {
        let feed = sample();
        let found = uses(&feed, Kind::Speaker, "alexandre");
        assert!(found.len() >= 2, "{found:?}");
        // Each path leads to the id, and says which session it is in.
        let text = format::write(&feed);
        let loaded = load(&text).feed.unwrap();
        for place in &found {
            let session = place
                .entry
                .as_deref()
                .and_then(|id| loaded.session(id))
                .unwrap();
            assert!(
                session
                    .speakers
                    .iter()
                    .chain(&session.moderators)
                    .any(|s| s == "alexandre"),
                "{place:?}"
            );
        }
        assert!(uses(&feed, Kind::Speaker, "nobody").is_empty());
        assert_eq!(
            uses(&feed, Kind::Room, "cr11").len(),
            loaded
                .sessions
                .iter()
                .filter(|s| s.room.as_deref() == Some("cr11"))
                .count()
        );
    }

    #[test]
    fn renaming_an_id_renames_every_reference_and_nothing_else() {
        let mut feed = sample();
        let before = uses(&feed, Kind::Speaker, "alexandre");
        let renamed = rename(&mut feed, Kind::Speaker, "alexandre", "odhran").unwrap();
        assert_eq!(renamed, before.len());
        assert!(uses(&feed, Kind::Speaker, "alexandre").is_empty());
        let after = uses(&feed, Kind::Speaker, "odhran");
        assert_eq!(
            after.iter().map(|u| &u.path).collect::<Vec<_>>(),
            before.iter().map(|u| &u.path).collect::<Vec<_>>()
        );
        // The renamed feed reads with no new problem: no reference was left dangling.
        let original = load(include_str!("../../public/event.json"))
            .diagnostics
            .len();
        let loaded = load(&format::write(&feed));
        assert_eq!(
            loaded.diagnostics.len(),
            original,
            "{:?}",
            loaded.diagnostics
        );
        assert!(loaded.feed.unwrap().speaker("odhran").is_some());
        // Only the id and its references changed: the texts are as they were.
        let (old_text, new_text) = (
            include_str!("../../public/event.json"),
            format::write(&feed),
        );
        let changed = old_text
            .lines()
            .zip(new_text.lines())
            .filter(|(a, b)| a != b)
            .count();
        assert_eq!(changed, renamed + 1);
    }

    #[test]
    fn a_taken_or_unknown_id_is_not_renamed() {
        let mut feed = sample();
        let text = format::write(&feed);
        assert_eq!(
            rename(&mut feed, Kind::Speaker, "alexandre", "predpol"),
            None
        );
        assert_eq!(rename(&mut feed, Kind::Speaker, "nobody", "someone"), None);
        assert_eq!(format::write(&feed), text);
    }

    #[test]
    fn a_room_and_a_session_rename_where_they_are_named() {
        let mut feed = sample();
        let sessions_in_room = uses(&feed, Kind::Room, "cr11").len();
        assert_eq!(
            rename(&mut feed, Kind::Room, "cr11", "room-11"),
            Some(sessions_in_room)
        );
        let loaded = load(&format::write(&feed)).feed.unwrap();
        assert!(loaded.room("room-11").is_some() && loaded.room("cr11").is_none());
        let named = uses(&feed, Kind::Session, "opening").len();
        assert_eq!(
            rename(&mut feed, Kind::Session, "opening", "welcome"),
            Some(named)
        );
    }
}
