//! Reads a parsed JSON value into the feed model, collecting every problem with its path.
//!
//! This is written by hand rather than derived with serde: a derived reader stops at the
//! first problem, while an organiser needs the whole list at once, and a single bad entry
//! must cost that entry (or only its bad field), never the whole feed.
//!
//! The reader is in three parts: this frame (paths, objects, fields, lists and
//! collections with unique ids, the whole feed), [`scalars`] (strings, ids, texts,
//! times, links and the other checked values) and [`entities`] (the event, rooms,
//! tracks, speakers, sessions, documents and updates, and the references between them).
//! The fields each object may have are listed in [`fields`].

mod entities;
pub mod fields;
mod scalars;

use std::fmt;

use super::diagnostic::{Code, Diagnostic, Severity};
use super::json::{Node, Value};
use super::model::*;
use super::position::{Position, Source};
use super::sentence::sentence;
use super::time::{Date, DateTime};

pub use scalars::is_time_zone;

/// Where field `name` of an object is, or the object itself when it has no such field.
fn at(object: &Node, name: &str) -> Position {
    object
        .get(name)
        .map_or(object.position, |value| value.position)
}

/// Where a value is, as a JSONPath (`$.sessions[2].start`), built only when a problem
/// is reported: reading a feed allocates no path strings.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => f.write_str("$"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// Where an entry of a list is: its index (from its path) and its position.
fn source(value: &Node, path: &Path<'_>) -> Source {
    Source {
        index: match path {
            Path::Index(_, i) => *i,
            _ => 0,
        },
        position: value.position,
    }
}

/// `$.sessions` + `start` → `$.sessions.start`.
fn key<'a>(path: &'a Path<'a>, key: &'a str) -> Path<'a> {
    Path::Key(path, key)
}

/// `$.sessions` + 2 → `$.sessions[2]`.
fn index<'a>(path: &'a Path<'a>, i: usize) -> Path<'a> {
    Path::Index(path, i)
}

/// The JSON type of a value, for messages.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The ids of the entries read so far, collection by collection.
#[derive(Default)]
struct KnownIds {
    rooms: Lookup<usize>,
    tracks: Lookup<usize>,
    speakers: Lookup<usize>,
    sessions: Lookup<usize>,
    documents: Lookup<usize>,
}

/// The ids of a collection's entries as they are read.
#[derive(Default)]
struct Ids {
    /// Each id with the entry's position in what is read, sorted by id (a [`Lookup`]).
    by_id: Vec<(String, usize)>,
    /// Per entry read, its index in the file's list (for messages).
    input_index: Vec<usize>,
}

/// Collects diagnostics while reading.
pub(crate) struct Reader<'f> {
    /// Whether a name is a time zone: the IANA list natively, the browser's `Intl` in
    /// the portal (which is what will format the times, and keeps the list out of the wasm).
    is_time_zone: fn(&str) -> bool,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The feed as parsed, to tell a misspelt reference from one to an entry left out.
    root: Option<&'f Node>,
    /// The ids of the entries read so far: a reference resolves only to these, so that
    /// the feed never refers to an entry that was left out.
    read: KnownIds,
    /// The event's dates, once read, to place sessions in.
    event_dates: Option<(Date, Date)>,
}

impl Reader<'_> {
    pub(crate) fn new(is_time_zone: fn(&str) -> bool) -> Self {
        Self {
            is_time_zone,
            diagnostics: Vec::new(),
            root: None,
            read: KnownIds::default(),
            event_dates: None,
        }
    }
}

type ReadFn<'f, T> = fn(&mut Reader<'f>, &Node, &Path<'_>) -> Option<T>;

impl<'f> Reader<'f> {
    pub(crate) fn report(
        &mut self,
        severity: Severity,
        code: Code,
        position: Position,
        path: &Path<'_>,
        message: String,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            code,
            path: path.to_string(),
            position: Some(position),
            message,
            other: None,
        });
    }

    pub(crate) fn error(
        &mut self,
        code: Code,
        position: Position,
        path: &Path<'_>,
        message: impl Into<String>,
    ) {
        self.report(Severity::Error, code, position, path, message.into());
    }

    fn wrong_type(&mut self, found: &Node, path: &Path<'_>, expected: &str) {
        self.error(
            Code::Type,
            found.position,
            path,
            sentence!("expected {expected}, found {}", type_name(&found.value)),
        );
    }

    /// An object whose fields are all in `known`; others are warned about, not refused.
    fn object<'a>(&mut self, value: &'a Node, path: &Path<'_>, known: &[&str]) -> Option<&'a Node> {
        let Value::Object(fields) = &value.value else {
            self.wrong_type(value, path, "an object");
            return None;
        };
        for (i, field) in fields.iter().enumerate() {
            let name = &field.name;
            if !known.contains(&name.as_str()) {
                self.report(
                    Severity::Warning,
                    Code::UnknownField,
                    field.position,
                    &key(path, name),
                    sentence!(
                        "unknown field `{name}` is ignored; known fields here: {}",
                        known.join(", ")
                    ),
                );
            } else if fields[..i].iter().any(|f| f.name == *name) {
                self.report(
                    Severity::Warning,
                    Code::DuplicateField,
                    field.position,
                    &key(path, name),
                    sentence!("the field `{name}` is given twice; the last one is used"),
                );
            }
        }
        Some(value)
    }

    /// Field `name` of `map` and its path, unless it is absent or `null`; when
    /// `required`, its absence is an error. (Not generic, so that the many readers
    /// below share one copy of it.)
    fn field<'a, 'p>(
        &mut self,
        map: &'a Node,
        path: &'p Path<'p>,
        name: &'p str,
        required: bool,
    ) -> Option<(&'a Node, Path<'p>)> {
        let path = key(path, name);
        let value = map.get(name).filter(|v| !v.is_null());
        if value.is_none() && required {
            self.error(
                Code::Missing,
                map.position,
                &path,
                sentence!("the required field `{name}` is missing"),
            );
        }
        Some((value?, path))
    }

    /// A required field, read with `read`; its absence is an error.
    fn required<T>(
        &mut self,
        map: &Node,
        path: &Path<'_>,
        name: &str,
        read: ReadFn<'f, T>,
    ) -> Option<T> {
        let (value, path) = self.field(map, path, name, true)?;
        read(self, value, &path)
    }

    /// An optional field; `null` counts as absent.
    fn optional<T>(
        &mut self,
        map: &Node,
        path: &Path<'_>,
        name: &str,
        read: ReadFn<'f, T>,
    ) -> Option<T> {
        let (value, path) = self.field(map, path, name, false)?;
        read(self, value, &path)
    }

    /// The entries of a list field, and its path; `None` when it is absent (`null`
    /// counts as absent) or not a list, which is an error.
    fn items<'a, 'p>(
        &mut self,
        map: &'a Node,
        path: &'p Path<'p>,
        name: &'p str,
    ) -> Option<(&'a [Node], Path<'p>)> {
        let (value, path) = self.field(map, path, name, false)?;
        match value.as_array() {
            Some(items) => Some((items, path)),
            None => {
                self.wrong_type(value, &path, "a list");
                None
            }
        }
    }

    /// A list field; absent means empty, and unreadable entries are dropped one by one.
    fn list<T>(&mut self, map: &Node, path: &Path<'_>, name: &str, read: ReadFn<'f, T>) -> Vec<T> {
        let Some((items, path)) = self.items(map, path, name) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.extend(read(self, item, &index(&path, i)));
        }
        out
    }

    /// A top-level collection whose entries have unique ids: a repeated id is an error
    /// and the later entry is dropped, so every reference has one meaning.
    fn collection<T>(
        &mut self,
        map: &Node,
        name: &str,
        read: ReadFn<'f, T>,
        id_of: fn(&T) -> &str,
    ) -> (Vec<T>, Lookup<usize>) {
        let Some((items, path)) = self.items(map, &Path::Root, name) else {
            return Default::default();
        };
        let mut ids = Ids::default();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let item_path = index(&path, i);
            if let Some(entry) = read(self, item, &item_path)
                && self.first_use(&mut ids, id_of(&entry), item, &item_path)
            {
                out.push(entry);
            }
        }
        (out, Lookup(ids.by_id))
    }

    /// Whether entry `item` (at `item_path`) is the first with `id`, which `ids` then
    /// records; if not, that is an error.
    fn first_use(&mut self, ids: &mut Ids, id: &str, item: &Node, item_path: &Path<'_>) -> bool {
        let Path::Index(list, i) = *item_path else {
            return true;
        };
        match ids
            .by_id
            .binary_search_by(|(seen, _)| seen.as_str().cmp(id))
        {
            Ok(slot) => {
                let first = ids.input_index[ids.by_id[slot].1];
                let message = sentence!(
                    "the id `{id}` is already used by {list}[{first}]; ids must be unique"
                );
                self.error(
                    Code::DuplicateId,
                    at(item, "id"),
                    &key(item_path, "id"),
                    message,
                );
                // The entry that has the id first, for the editor to name.
                #[cfg(feature = "sentences")]
                if let Some(last) = self.diagnostics.last_mut() {
                    last.other = Some(format!("{list}[{first}]"));
                }
                false
            }
            Err(slot) => {
                ids.by_id
                    .insert(slot, (id.to_owned(), ids.input_index.len()));
                ids.input_index.push(i);
                true
            }
        }
    }

    /// The whole feed; `None` when not even the event can be read.
    pub(crate) fn feed(&mut self, value: &'f Node) -> Option<Feed> {
        let path = &Path::Root;
        let map = self.object(value, path, fields::FEED)?;
        self.root = Some(map);
        let updated = self.optional(map, path, "updated", Self::date_time);
        let refresh = self.optional(map, path, "refresh", Self::whole_number);
        let refresh = match refresh {
            Some(seconds) if (REFRESH_MIN..=REFRESH_MAX).contains(&seconds) => seconds as u32,
            Some(seconds) => {
                self.error(
                    Code::RefreshRange,
                    at(map, "refresh"),
                    &key(path, "refresh"),
                    sentence!("{seconds} seconds is outside {REFRESH_MIN} to {REFRESH_MAX}; {DEFAULT_REFRESH} is used instead"),
                );
                DEFAULT_REFRESH
            }
            None => DEFAULT_REFRESH,
        };
        let event = self.required(map, path, "event", Self::event);
        self.event_dates = event
            .as_ref()
            .filter(|e| e.start <= e.end)
            .map(|e| (e.start, e.end));
        // Read in the order references need: what sessions name, then the sessions
        // that updates name. A reference resolves only to an entry already read.
        let (rooms, ids) = self.collection(map, "rooms", Self::room, |r| &r.id);
        self.read.rooms = ids;
        let (tracks, ids) = self.collection(map, "tracks", Self::track, |t| &t.id);
        self.read.tracks = ids;
        let (speakers, ids) = self.collection(map, "speakers", Self::speaker, |s| &s.id);
        self.read.speakers = ids;
        let (documents, ids) = self.collection(map, "documents", Self::document, |d| &d.id);
        self.read.documents = ids;
        let (sessions, ids) = self.collection(map, "sessions", Self::session, |s| &s.id);
        self.read.sessions = ids;
        let (updates, _) = self.collection(map, "updates", Self::update, |u| &u.id);
        let read = std::mem::take(&mut self.read);
        let mut feed = Feed {
            rooms,
            tracks,
            speakers,
            sessions,
            documents,
            updates,
            updated: updated.unwrap_or(DateTime {
                unix: 0,
                offset_minutes: 0,
            }),
            refresh,
            event: event?,
            index: Index::default(),
        };
        feed.index = Index::build(
            &feed,
            [
                read.rooms,
                read.tracks,
                read.speakers,
                read.sessions,
                read.documents,
            ],
        );
        Some(feed)
    }
}

/// Seconds between update checks when the feed does not say (or says nonsense).
pub const DEFAULT_REFRESH: u32 = 60;
/// The fewest and the most seconds a feed may ask between update checks.
const REFRESH_MIN: u64 = 5;
const REFRESH_MAX: u64 = 3600;
