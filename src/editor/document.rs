//! The draft as the editor changes it: the feed's JSON document, addressed by paths,
//! changed by [`Edit`]s that each know how to undo themselves. Working on the document,
//! not on the model, keeps every field the editor does not know as it was.

use std::fmt::Write;

use super::refs::{self, Kind};
use crate::feed::json::{Field, Node, Position, Value};

/// One step down a path: a field of an object, or an entry of a list. A field is its
/// name, however it was made: `Field("title")` and `Name("title")` are the same step (a
/// history read back from storage has only names).
#[derive(Clone, Debug)]
pub enum Step {
    Field(&'static str),
    /// A field whose name is not known in advance: a language of a text.
    Name(String),
    Index(usize),
}

impl Step {
    fn name(&self) -> Option<&str> {
        match self {
            Step::Field(name) => Some(name),
            Step::Name(name) => Some(name),
            Step::Index(_) => None,
        }
    }
}

impl PartialEq for Step {
    fn eq(&self, other: &Step) -> bool {
        match (self, other) {
            (Step::Index(a), Step::Index(b)) => a == b,
            (a, b) => a.name().is_some() && a.name() == b.name(),
        }
    }
}

impl Eq for Step {}

impl std::hash::Hash for Step {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Step::Index(index) => index.hash(state),
            step => step.name().hash(state),
        }
    }
}

/// Where a value is in the feed, from its root.
pub type Path = Vec<Step>;

/// The path as the feed's diagnostics write it: `$.sessions[3].speakers[0]`.
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::from("$");
    for step in path {
        match step {
            Step::Index(i) => {
                let _ = write!(out, "[{i}]");
            }
            step => {
                out.push('.');
                out.push_str(step.name().unwrap_or_default());
            }
        }
    }
    out
}

/// A node with no position: the editor's own values (positions come back when the
/// written text is read again for the checks).
pub fn node(value: Value) -> Node {
    Node {
        value,
        position: Position::default(),
    }
}

pub fn string(text: &str) -> Node {
    node(Value::String(text.to_owned()))
}

/// The value at `path`, if there is one.
pub fn get<'a>(root: &'a Node, path: &[Step]) -> Option<&'a Node> {
    path.iter().try_fold(root, |at, step| match step {
        Step::Index(i) => at.as_array()?.get(*i),
        step => at.get(step.name()?),
    })
}

/// The text at `path`, or "" when there is none.
pub fn text_at(root: &Node, path: &[Step]) -> String {
    get(root, path)
        .and_then(Node::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn get_mut<'a>(root: &'a mut Node, path: &[Step]) -> Option<&'a mut Node> {
    path.iter()
        .try_fold(root, |at, step| match (step, &mut at.value) {
            (Step::Index(i), Value::Array(items)) => items.get_mut(*i),
            (step, Value::Object(fields)) => {
                let name = step.name()?;
                fields
                    .iter_mut()
                    .rev()
                    .find(|field| field.name == name)
                    .map(|field| &mut field.value)
            }
            _ => None,
        })
}

/// Sets field `path` to `value`, making the objects on the way; `None` removes it.
/// The last step must name a field. Returns the value it had.
fn put(root: &mut Node, path: &[Step], value: Option<Node>) -> Option<Node> {
    let (last, parents) = path.split_last()?;
    // An entry of a list replaced whole (a session moved in the schedule).
    if matches!(last, Step::Index(_)) {
        let item = get_mut(root, path)?;
        return value.map(|value| std::mem::replace(item, value));
    }
    let name = last.name()?;
    let removing = value.is_none();
    let mut at = &mut *root;
    for step in parents {
        if !matches!(step, Step::Index(_)) && get(at, std::slice::from_ref(step)).is_none() {
            if removing {
                return None;
            }
            put(
                at,
                std::slice::from_ref(step),
                Some(node(Value::Object(Vec::new()))),
            );
        }
        at = get_mut(at, std::slice::from_ref(step))?;
    }
    let Value::Object(fields) = &mut at.value else {
        return None;
    };
    let found = fields.iter().rposition(|field| field.name == name);
    let before = match (found, value) {
        (Some(i), Some(value)) => Some(std::mem::replace(&mut fields[i].value, value)),
        (Some(i), None) => Some(fields.remove(i).value),
        (None, Some(value)) => {
            fields.push(Field {
                name: name.to_owned(),
                position: Position::default(),
                value,
            });
            None
        }
        (None, None) => None,
    };
    // An object left empty carries nothing: it goes too (clearing the venue's last
    // field leaves no `"venue": {}`).
    if removing
        && fields.is_empty()
        && matches!(parents.last(), Some(Step::Field(_) | Step::Name(_)))
    {
        put(root, parents, None);
    }
    before
}

fn list_mut<'a>(root: &'a mut Node, path: &[Step]) -> Option<&'a mut Vec<Node>> {
    if get(root, path).is_none() {
        put(root, path, Some(node(Value::Array(Vec::new()))));
    }
    match &mut get_mut(root, path)?.value {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

/// One change to the draft, with what it replaced: each can be undone.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Field `path` went from `before` to `after` (`None`: absent).
    Set {
        path: Path,
        before: Option<Node>,
        after: Option<Node>,
    },
    /// `node` went into the list at `list`, at `index`.
    Insert {
        list: Path,
        index: usize,
        node: Node,
    },
    /// `node` left the list at `list`, from `index`.
    Remove {
        list: Path,
        index: usize,
        node: Node,
    },
    /// An entry of the list at `list` moved from `from` to `to`.
    Move { list: Path, from: usize, to: usize },
    /// The `kind` entry `old` was renamed `new`, and every place that named it.
    Rename {
        kind: Kind,
        old: String,
        new: String,
    },
}

impl Edit {
    /// Sets `path` to `after` in `root`: the edit, with what it replaced.
    pub fn set(root: &Node, path: Path, after: Option<Node>) -> Edit {
        let before = get(root, &path).cloned();
        Edit::Set {
            path,
            before,
            after,
        }
    }

    /// Puts `entry` into the list at `list`, at `index`; a list not there yet is made,
    /// and goes again on undo.
    pub fn insert(root: &Node, list: Path, index: usize, entry: Node) -> Edit {
        if get(root, &list).is_some() {
            Edit::Insert {
                list,
                index,
                node: entry,
            }
        } else {
            Edit::set(root, list, Some(node(Value::Array(vec![entry]))))
        }
    }

    /// The edit that undoes this one.
    pub fn inverse(&self) -> Edit {
        match self.clone() {
            Edit::Set {
                path,
                before,
                after,
            } => Edit::Set {
                path,
                before: after,
                after: before,
            },
            Edit::Insert { list, index, node } => Edit::Remove { list, index, node },
            Edit::Remove { list, index, node } => Edit::Insert { list, index, node },
            Edit::Move { list, from, to } => Edit::Move {
                list,
                from: to,
                to: from,
            },
            Edit::Rename { kind, old, new } => Edit::Rename {
                kind,
                old: new,
                new: old,
            },
        }
    }

    /// Makes the change in `root`; false when it does not apply (nothing is changed).
    pub fn apply(&self, root: &mut Node) -> bool {
        match self {
            Edit::Set { path, after, .. } => {
                put(root, path, after.clone());
                true
            }
            Edit::Insert { list, index, node } => match list_mut(root, list) {
                Some(items) if *index <= items.len() => {
                    items.insert(*index, node.clone());
                    true
                }
                _ => false,
            },
            Edit::Remove { list, index, .. } => match list_mut(root, list) {
                Some(items) if *index < items.len() => {
                    items.remove(*index);
                    true
                }
                _ => false,
            },
            Edit::Move { list, from, to } => match list_mut(root, list) {
                Some(items) if *from < items.len() && *to < items.len() => {
                    let entry = items.remove(*from);
                    items.insert(*to, entry);
                    true
                }
                _ => false,
            },
            Edit::Rename { kind, old, new } => refs::rename(root, *kind, old, new).is_some(),
        }
    }

    /// Whether this and `next` are one run of typing in the same field, to undo at once.
    pub fn same_field(&self, next: &Edit) -> bool {
        matches!((self, next), (Edit::Set { path: a, .. }, Edit::Set { path: b, .. }) if a == b)
    }

    /// This edit followed by `next` in the same field: one edit.
    pub fn merge(&mut self, next: Edit) {
        if let (Edit::Set { after, .. }, Edit::Set { after: then, .. }) = (self, next) {
            *after = then;
        }
    }
}

/// An id not yet taken in `list` (`session`, `session-2`, ...), for new and duplicated
/// entries.
pub fn free_id(root: &Node, list: &str, base: &str) -> String {
    let taken = |id: &str| {
        root.get(list)
            .and_then(Node::as_array)
            .unwrap_or_default()
            .iter()
            .any(|entry| entry.get("id").and_then(Node::as_str) == Some(id))
    };
    let base = base.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    let base = if base.is_empty() { "entry" } else { base };
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// A copy of entry `index` of `list` with a free id: the entry to insert after it.
pub fn duplicate(root: &Node, list: &'static str, index: usize) -> Option<Node> {
    let mut copy = root.get(list)?.as_array()?.get(index)?.clone();
    let id = copy
        .get("id")
        .and_then(Node::as_str)
        .unwrap_or(list)
        .to_owned();
    let id = free_id(root, list, &id);
    put(&mut copy, &[Step::Field("id")], Some(string(&id)));
    Some(copy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::format;
    use crate::feed::json::parse;

    const FEED: &str = r#"{"event": {"title": "Day", "extra": 1}, "rooms": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "sessions": [{"id": "s", "room": "a"}]}"#;

    fn apply_and_undo(edit: Edit) -> (String, String) {
        let mut root = parse(FEED).unwrap();
        assert!(edit.apply(&mut root), "{edit:?} applies");
        let changed = format::write(&root);
        assert!(edit.inverse().apply(&mut root));
        assert_eq!(
            format::write(&root),
            format::canonical(FEED).unwrap(),
            "undone: {edit:?}"
        );
        (changed, format::write(&root))
    }

    #[test]
    fn paths_read_as_the_diagnostics_write_them() {
        let path = [
            Step::Field("sessions"),
            Step::Index(3),
            Step::Field("speakers"),
            Step::Index(0),
        ];
        assert_eq!(path_text(&path), "$.sessions[3].speakers[0]");
        let root = parse(FEED).unwrap();
        let room = [Step::Field("rooms"), Step::Index(1), Step::Field("name")];
        assert_eq!(text_at(&root, &room), "B");
        assert_eq!(text_at(&root, &[Step::Field("nothing")]), "");
    }

    #[test]
    fn every_edit_undoes_to_the_same_text_and_keeps_unknown_fields() {
        let root = parse(FEED).unwrap();
        let title = vec![Step::Field("event"), Step::Field("title")];
        let (changed, _) = apply_and_undo(Edit::set(&root, title.clone(), Some(string("Night"))));
        assert!(changed.contains("\"title\": \"Night\"") && changed.contains("\"extra\": 1"));
        let (changed, _) = apply_and_undo(Edit::set(&root, title, None));
        assert!(!changed.contains("\"title\""));
        let venue = vec![
            Step::Field("event"),
            Step::Field("venue"),
            Step::Field("city"),
        ];
        let (changed, _) = apply_and_undo(Edit::set(&root, venue, Some(string("Geneva"))));
        assert!(
            changed.contains("\"venue\": {\n      \"city\": \"Geneva\""),
            "{changed}"
        );
        let rooms = vec![Step::Field("rooms")];
        let (changed, _) = apply_and_undo(Edit::Move {
            list: rooms.clone(),
            from: 0,
            to: 1,
        });
        assert!(changed.find("\"b\"") < changed.find("\"a\""));
        let c = parse(r#"{"id": "c"}"#).unwrap();
        let (changed, _) = apply_and_undo(Edit::Insert {
            list: rooms.clone(),
            index: 2,
            node: c,
        });
        assert!(changed.contains("\"c\""));
        let a = get(&root, &[Step::Field("rooms"), Step::Index(0)])
            .unwrap()
            .clone();
        let (changed, _) = apply_and_undo(Edit::Remove {
            list: rooms,
            index: 0,
            node: a,
        });
        assert!(!changed.contains("\"A\""));
        let (changed, _) = apply_and_undo(Edit::Rename {
            kind: Kind::Room,
            old: "a".into(),
            new: "main".into(),
        });
        assert_eq!(
            changed.matches("\"main\"").count(),
            2,
            "the room and the session's room: {changed}"
        );
        // A new list is made where there was none.
        let track = parse(r#"{"id": "t"}"#).unwrap();
        let (changed, _) =
            apply_and_undo(Edit::insert(&root, vec![Step::Field("tracks")], 0, track));
        assert!(changed.contains("\"tracks\": ["));
    }

    #[test]
    fn edits_that_do_not_apply_change_nothing() {
        let mut root = parse(FEED).unwrap();
        let rooms = vec![Step::Field("rooms")];
        assert!(
            !Edit::Move {
                list: rooms.clone(),
                from: 0,
                to: 5
            }
            .apply(&mut root)
        );
        assert!(
            !Edit::Rename {
                kind: Kind::Room,
                old: "a".into(),
                new: "b".into()
            }
            .apply(&mut root)
        );
        assert_eq!(format::write(&root), format::canonical(FEED).unwrap());
    }

    #[test]
    fn typing_in_one_field_merges_into_one_edit() {
        let root = parse(FEED).unwrap();
        let title = vec![Step::Field("event"), Step::Field("title")];
        let mut first = Edit::set(&root, title.clone(), Some(string("N")));
        let next = Edit::set(&root, title.clone(), Some(string("Ni")));
        assert!(first.same_field(&next));
        first.merge(next);
        let Edit::Set { before, after, .. } = &first else {
            unreachable!()
        };
        assert_eq!(before.as_ref().and_then(Node::as_str), Some("Day"));
        assert_eq!(after.as_ref().and_then(Node::as_str), Some("Ni"));
        let other = Edit::set(&root, vec![Step::Field("refresh")], None);
        assert!(!first.same_field(&other));
    }

    #[test]
    fn duplicates_get_a_free_id() {
        let root = parse(FEED).unwrap();
        assert_eq!(free_id(&root, "rooms", "a"), "a-2");
        assert_eq!(free_id(&root, "rooms", "hall"), "hall");
        assert_eq!(free_id(&root, "speakers", ""), "entry");
        let copy = duplicate(&root, "rooms", 1).unwrap();
        assert_eq!(copy.get("id").and_then(Node::as_str), Some("b-2"));
        assert_eq!(copy.get("name").and_then(Node::as_str), Some("B"));
    }
}
