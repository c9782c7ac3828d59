//! The draft as the browser keeps it between visits: the feed, the file it is a draft
//! of, when it last changed and whether it was saved since, whether it began as a new
//! event, and its undo history. Written as JSON (the portal's own writer) after every
//! check; read back on the next visit, where [`Kept::offered`] decides whether to offer
//! it ("changes not saved") or to say nothing.

use super::document::{Edit, Path, Step, node, string};
use super::history::History;
use super::refs::Kind;
use crate::feed::format;
use crate::feed::json::{self, Field, Node, Position, Value};

/// A draft kept by the browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// The file it is a draft of (`event.json`).
    pub file: String,
    pub feed: Node,
    /// When it last changed (ms since the epoch), if it is known.
    pub changed: Option<f64>,
    /// It has not changed since it was opened (a file as it is on disk, an empty new
    /// event): nothing to offer back. (Drafts kept before the editor said when they
    /// changed are not known to be unchanged.)
    pub unchanged: bool,
    /// When it was last saved or downloaded (ms), if it was after its last change.
    pub saved: Option<f64>,
    /// It began as a new event ("Start a new event"): nothing published is its
    /// earlier version.
    pub new_event: bool,
    pub history: History,
}

impl Kept {
    /// The record as kept.
    pub fn write(&self) -> String {
        record(
            &self.file,
            &format::write(&self.feed),
            (self.changed, self.saved),
            self.new_event,
            &self.history,
        )
    }

    /// A kept record read back; `None` when it is not one. An undo history that does
    /// not read is left out (the draft is what matters).
    pub fn read(text: &str) -> Option<Kept> {
        let root = json::parse(text).ok()?;
        let time = |name| root.get(name).and_then(Node::as_u64).map(|at| at as f64);
        let list = |name| -> Option<Vec<Edit>> {
            root.get(name)?.as_array()?.iter().map(edit_of).collect()
        };
        let history = match (list("done"), list("undone")) {
            (Some(done), Some(undone)) => History::from_edits(done, undone),
            _ => History::default(),
        };
        Some(Kept {
            file: root.get("file")?.as_str()?.to_owned(),
            feed: root
                .get("feed")
                .filter(|feed| matches!(feed.value, Value::Object(_)))?
                .clone(),
            changed: time("changed"),
            unchanged: matches!(root.get("changed").map(|n| &n.value), Some(Value::Null)),
            saved: time("saved"),
            new_event: matches!(
                root.get("new_event").map(|n| &n.value),
                Some(Value::Bool(true))
            ),
            history,
        })
    }

    /// Whether the next visit offers it back: it holds changes not saved, that the
    /// published feed (`published`, as written by the portal's tools, if it was read)
    /// does not hold already.
    pub fn offered(&self, published: Option<&str>) -> bool {
        let saved = self.saved.is_some();
        let published_already = published == Some(format::write(&self.feed).as_str());
        !saved && !self.unchanged && !published_already
    }

    /// The event's title in the draft, in `lang` where it has one, else its first; ""
    /// when it has none yet.
    pub fn title(&self, lang: &str) -> String {
        self.feed
            .get("event")
            .and_then(|event| event.get("title"))
            .map(|title| pick_title(title, lang).0)
            .unwrap_or_default()
    }
}

/// A title as a draft holds it (one text, or one per language), read however far it is
/// written: in `lang` where it has one, else its first; with its language when it says.
/// "" when there is none yet.
pub fn pick_title(title: &Node, lang: &str) -> (String, Option<String>) {
    match &title.value {
        Value::String(text) => (text.trim().to_owned(), None),
        Value::Object(texts) => texts
            .iter()
            .filter(|text| text.value.as_str().is_some_and(|t| !t.trim().is_empty()))
            .find(|text| text.name.split('-').next() == Some(lang))
            .or_else(|| {
                texts
                    .iter()
                    .find(|text| text.value.as_str().is_some_and(|t| !t.trim().is_empty()))
            })
            .map(|text| {
                let shown = text.value.as_str().unwrap_or_default().trim().to_owned();
                (shown, Some(text.name.clone()))
            })
            .unwrap_or_default(),
        _ => Default::default(),
    }
}

/// The record of a draft of `file` whose feed is written `feed` (the text the checks
/// read: not written twice), `times` when it last changed and was saved.
pub fn record(
    file: &str,
    feed: &str,
    times: (Option<f64>, Option<f64>),
    new_event: bool,
    history: &History,
) -> String {
    let mut fields = vec![
        ("file", string(file)),
        ("new_event", node(Value::Bool(new_event))),
        ("done", edits(history.done())),
        ("undone", edits(history.undone())),
    ];
    fields.push((
        "changed",
        times.0.map_or(node(Value::Null), |at| number(at as u64)),
    ));
    if let Some(at) = times.1 {
        fields.push(("saved", number(at as u64)));
    }
    let mut out = format::write(&object(fields));
    // The feed, last: `{ …, "feed": <feed> }`.
    out.truncate(out.trim_end().len() - 1);
    out.push_str(",\n  \"feed\": ");
    out.push_str(feed.trim_end());
    out.push_str("\n}\n");
    out
}

fn object(fields: Vec<(&str, Node)>) -> Node {
    node(Value::Object(
        fields
            .into_iter()
            .map(|(name, value)| Field {
                name: name.to_owned(),
                position: Position::default(),
                value,
            })
            .collect(),
    ))
}

fn number(n: u64) -> Node {
    node(Value::Number(n.to_string()))
}

/// A path as a list: names and indices (`["sessions", 3, "title"]`).
fn path(path: &[Step]) -> Node {
    node(Value::Array(
        path.iter()
            .map(|step| match step {
                Step::Index(index) => number(*index as u64),
                Step::Field(name) => string(name),
                Step::Name(name) => string(name),
            })
            .collect(),
    ))
}

fn path_of(list: &Node) -> Option<Path> {
    list.as_array()?
        .iter()
        .map(|step| match &step.value {
            Value::String(name) => Some(Step::Name(name.clone())),
            _ => Some(Step::Index(usize::try_from(step.as_u64()?).ok()?)),
        })
        .collect()
}

fn edits(edits: &[Edit]) -> Node {
    node(Value::Array(edits.iter().map(edit).collect()))
}

fn edit(edit: &Edit) -> Node {
    let index = |n: usize| number(n as u64);
    match edit {
        Edit::Set {
            path: at,
            before,
            after,
        } => {
            let mut fields = vec![("set", path(at))];
            fields.extend(before.clone().map(|before| ("before", before)));
            fields.extend(after.clone().map(|after| ("after", after)));
            object(fields)
        }
        Edit::Insert {
            list,
            index: at,
            node,
        }
        | Edit::Remove {
            list,
            index: at,
            node,
        } => {
            let name = if matches!(edit, Edit::Insert { .. }) {
                "insert"
            } else {
                "remove"
            };
            object(vec![
                (name, path(list)),
                ("index", index(*at)),
                ("node", node.clone()),
            ])
        }
        Edit::Move { list, from, to } => object(vec![
            ("move", path(list)),
            ("from", index(*from)),
            ("to", index(*to)),
        ]),
        Edit::Rename { kind, old, new } => object(vec![
            ("rename", string(kind.list())),
            ("old", string(old)),
            ("new", string(new)),
        ]),
    }
}

fn edit_of(record: &Node) -> Option<Edit> {
    let index = |name| usize::try_from(record.get(name)?.as_u64()?).ok();
    let text = |name| Some(record.get(name)?.as_str()?.to_owned());
    if let Some(at) = record.get("set") {
        return Some(Edit::Set {
            path: path_of(at)?,
            before: record.get("before").cloned(),
            after: record.get("after").cloned(),
        });
    }
    for name in ["insert", "remove"] {
        if let Some(list) = record.get(name) {
            let (list, index, node) =
                (path_of(list)?, index("index")?, record.get("node")?.clone());
            return Some(if name == "insert" {
                Edit::Insert { list, index, node }
            } else {
                Edit::Remove { list, index, node }
            });
        }
    }
    if let Some(list) = record.get("move") {
        return Some(Edit::Move {
            list: path_of(list)?,
            from: index("from")?,
            to: index("to")?,
        });
    }
    let list = record.get("rename")?.as_str()?;
    Some(Edit::Rename {
        kind: Kind::ALL.into_iter().find(|kind| kind.list() == list)?,
        old: text("old")?,
        new: text("new")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::document::{string, text_at};
    use crate::feed::json::parse;

    const FEED: &str = r#"{"event": {"title": {"fr": "Journée", "en": "Day"}}, "rooms": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "sessions": [{"id": "s", "room": "a", "title": "Opening"}]}"#;

    /// A history of every kind of edit, made on [`FEED`]; the last one undone.
    fn edited() -> (Node, History) {
        let mut root = parse(FEED).unwrap();
        let mut history = History::default();
        let title = vec![
            Step::Field("sessions"),
            Step::Index(0),
            Step::Field("title"),
        ];
        let room = parse(r#"{"id": "c", "name": "C"}"#).unwrap();
        let edits = [
            Edit::set(&root, title.clone(), Some(string("Welcome"))),
            Edit::insert(&root, vec![Step::Field("rooms")], 2, room),
            Edit::Move {
                list: vec![Step::Field("rooms")],
                from: 0,
                to: 1,
            },
            Edit::Rename {
                kind: Kind::Room,
                old: "a".into(),
                new: "main".into(),
            },
            Edit::Remove {
                list: vec![Step::Field("rooms")],
                index: 2,
                node: parse(r#"{"id": "c", "name": "C"}"#).unwrap(),
            },
            Edit::set(
                &root,
                vec![
                    Step::Field("event"),
                    Step::Field("title"),
                    Step::Name("en".into()),
                ],
                None,
            ),
        ];
        for edit in edits {
            let edit = match edit {
                // Made on the document as it is by then.
                Edit::Set { path, after, .. } => Edit::set(&root, path, after),
                edit => edit,
            };
            assert!(history.make(&mut root, edit));
            history.seal();
        }
        assert!(history.undo(&mut root));
        (root, history)
    }

    #[test]
    fn undo_and_redo_go_on_after_the_draft_is_read_back() {
        let (root, history) = edited();
        let kept = Kept {
            file: "event.json".into(),
            feed: root,
            changed: Some(1_765_000_000_000.0),
            unchanged: false,
            saved: None,
            new_event: true,
            history,
        };
        let again = Kept::read(&kept.write()).expect("reads back");
        assert_eq!(again.file, "event.json");
        assert_eq!(again.changed, kept.changed);
        assert_eq!(again.saved, None);
        assert!(again.new_event);
        assert_eq!(format::write(&again.feed), format::write(&kept.feed));
        // Every step undone from the read-back history gives the feed it started from;
        // redone, the draft again.
        let (mut root, mut history) = (again.feed, again.history);
        assert!(history.redo(&mut root), "the step undone before is redone");
        assert!(!history.can_redo());
        while history.undo(&mut root) {}
        assert_eq!(format::write(&root), format::canonical(FEED).unwrap());
        while history.redo(&mut root) {}
        let (mut expected, mut made) = edited();
        assert!(made.redo(&mut expected));
        assert_eq!(format::write(&root), format::write(&expected));
        assert_eq!(
            text_at(
                &root,
                &[
                    Step::Field("sessions"),
                    Step::Index(0),
                    Step::Field("title")
                ]
            ),
            "Welcome"
        );
    }

    #[test]
    fn a_draft_saved_since_its_last_change_or_already_published_is_not_offered() {
        let (root, history) = edited();
        let mut kept = Kept {
            file: "event.json".into(),
            feed: root,
            changed: Some(1.0),
            unchanged: false,
            saved: None,
            new_event: false,
            history,
        };
        assert!(
            kept.offered(None),
            "changes not saved, the published feed unread"
        );
        assert!(kept.offered(Some(&format::canonical(FEED).unwrap())));
        assert!(
            !kept.offered(Some(&format::write(&kept.feed))),
            "published already"
        );
        kept.saved = Some(2.0);
        assert!(!Kept::read(&kept.write()).unwrap().offered(None), "saved");
        kept.saved = None;
        kept.changed = None;
        let opened = Kept::read(&kept.write()).unwrap();
        assert!(
            opened.unchanged && !opened.offered(None),
            "not changed since opened"
        );
    }

    #[test]
    fn the_offer_names_the_event_in_the_reader_s_language() {
        let kept = Kept {
            file: "event.json".into(),
            feed: parse(FEED).unwrap(),
            changed: None,
            unchanged: false,
            saved: None,
            new_event: false,
            history: History::default(),
        };
        assert_eq!(kept.title("en"), "Day");
        assert_eq!(kept.title("fr"), "Journée");
        assert_eq!(kept.title("ar"), "Journée", "else the first");
        let untitled = Kept {
            feed: parse(r#"{"event": {"title": ""}}"#).unwrap(),
            ..kept
        };
        assert_eq!(untitled.title("en"), "");
    }

    #[test]
    fn a_record_that_is_not_one_is_refused_and_a_broken_history_is_left_out() {
        assert_eq!(Kept::read("[]"), None);
        assert_eq!(Kept::read(r#"{"file": "event.json", "feed": []}"#), None);
        let kept = Kept::read(
            r#"{"file": "event.json", "feed": {}, "done": [{"jump": 1}], "undone": []}"#,
        )
        .unwrap();
        assert!(!kept.history.can_undo());
        // Records kept before this one had neither times nor a history.
        let old = Kept::read(r#"{"file": "event.json", "feed": {"event": {}}}"#).unwrap();
        assert_eq!((old.changed, old.saved, old.new_event), (None, None, false));
        assert!(old.offered(None), "its changes may not be saved");
    }
}
