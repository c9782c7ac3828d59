//! Reads a parsed JSON value into the feed model, collecting every problem with its path.
//!
//! This is written by hand rather than derived with serde: a derived reader stops at the
//! first problem, while an organiser needs the whole list at once, and a single bad entry
//! must cost that entry (or only its bad field), never the whole feed.

use std::fmt;

use super::json::{Node, Position, Value};

use super::diagnostic::{Code, Diagnostic, Severity, sentence};
use super::model::*;
use super::text::Text;
use super::time::{Date, DateTime, TimeError};
use super::url::{self, UrlProblem};

/// The IANA names the validator knows, one a line (see `scripts/gen-time-zones.sh`).
const TIME_ZONES: &str = include_str!("time_zones.txt");

/// Whether `name` is an IANA time-zone name.
pub fn is_time_zone(name: &str) -> bool {
    TIME_ZONES.lines().any(|zone| zone == name)
}

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

/// The fields each object of the feed may have (anything else is warned about). The
/// JSON Schema is checked against these lists (`feed::schema`).
pub mod fields {
    pub const FEED: &[&str] = &[
        "$schema",
        "updated",
        "refresh",
        "event",
        "rooms",
        "tracks",
        "speakers",
        "sessions",
        "documents",
        "updates",
    ];
    pub const EVENT: &[&str] = &[
        "id",
        "title",
        "subtitle",
        "description",
        "start",
        "end",
        "timezone",
        "venue",
        "organisers",
        "contact",
        "languages",
        "links",
    ];
    pub const VENUE: &[&str] = &["name", "room", "address", "city", "map"];
    pub const ORGANISER: &[&str] = &["name", "url"];
    pub const CONTACT: &[&str] = &["email", "url"];
    pub const LINK: &[&str] = &["title", "url"];
    pub const ROOM: &[&str] = &["id", "name", "description"];
    pub const TRACK: &[&str] = &["id", "name", "color"];
    pub const SPEAKER: &[&str] = &[
        "id",
        "name",
        "role",
        "organisation",
        "bio",
        "photo",
        "links",
    ];
    pub const SESSION: &[&str] = &[
        "id",
        "title",
        "kind",
        "start",
        "end",
        "room",
        "track",
        "speakers",
        "moderators",
        "abstract",
        "documents",
        "livestream",
        "recording",
        "status",
    ];
    pub const DOCUMENT: &[&str] = &[
        "id",
        "title",
        "kind",
        "url",
        "media_type",
        "bytes",
        "language",
        "published",
        "summary",
    ];
    pub const UPDATE: &[&str] = &["id", "published", "title", "body", "important", "sessions"];
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

/// What a reference points at.
#[derive(Clone, Copy)]
enum Target {
    Room,
    Track,
    Speaker,
    Session,
    Document,
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

    fn string(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        match &value.value {
            Value::String(s) if s.trim().is_empty() => {
                self.error(Code::Empty, value.position, path, "is empty");
                None
            }
            Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong_type(value, path, "a string");
                None
            }
        }
    }

    /// An id: a non-empty string without spaces or `/` (ids appear in URLs).
    fn id(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let id = self.string(value, path)?;
        if id
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '/' | '?' | '#' | '%'))
        {
            self.error(Code::Value, value.position,
                path,
                sentence!("the id `{id}` may not contain spaces, /, ?, # or %; use letters, digits, - and _"),
            );
            return None;
        }
        Some(id)
    }

    /// An id that must name an entry of another collection; unknown ones are dropped.
    fn reference(&mut self, value: &Node, path: &Path<'_>, target: Target) -> Option<String> {
        let id = self.id(value, path)?;
        let (read, what, collection) = match target {
            Target::Room => (&self.read.rooms, "room", "rooms"),
            Target::Track => (&self.read.tracks, "track", "tracks"),
            Target::Speaker => (&self.read.speakers, "speaker", "speakers"),
            Target::Session => (&self.read.sessions, "session", "sessions"),
            Target::Document => (&self.read.documents, "document", "documents"),
        };
        if read.get(&id).is_some() {
            return Some(id);
        }
        // Rare, so looked up in the parsed feed only now: is there such an entry at all?
        let declared = self
            .root
            .and_then(|root| root.get(collection)?.as_array())
            .is_some_and(|entries| {
                entries
                    .iter()
                    .any(|entry| entry.get("id").and_then(Node::as_str) == Some(id.as_str()))
            });
        let message = if declared {
            sentence!(
                "the {what} `{id}` is left out for its own errors, so it is left out here too"
            )
        } else {
            sentence!("no {what} has the id `{id}`; add it to `{collection}` or fix the spelling")
        };
        self.error(Code::UnknownReference, value.position, path, message);
        None
    }

    fn room_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Room)
    }

    fn track_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Track)
    }

    fn speaker_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Speaker)
    }

    fn session_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Session)
    }

    fn document_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Document)
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

    fn text(&mut self, value: &Node, path: &Path<'_>) -> Option<Text> {
        match &value.value {
            Value::Object(fields) => {
                let mut entries = Vec::with_capacity(fields.len());
                for field in fields {
                    let (tag, text) = (&field.name, &field.value);
                    let text_path = key(path, tag);
                    if !is_language_tag(tag) {
                        self.error(
                            Code::Value,
                            field.position,
                            &text_path,
                            sentence!("`{tag}` is not a language tag such as en, fr or zh-Hans"),
                        );
                    } else if let Some(text) = self.string(text, &text_path) {
                        entries.push((tag.clone(), text));
                    }
                }
                if entries.is_empty() {
                    self.error(
                        Code::Empty,
                        value.position,
                        path,
                        "has no text in any language",
                    );
                    return None;
                }
                Some(Text::Localised(entries))
            }
            Value::String(_) => self.string(value, path).map(Text::Plain),
            _ => {
                self.wrong_type(value, path, "a string or a map from language to string");
                None
            }
        }
    }

    fn language(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let tag = self.string(value, path)?;
        if !is_language_tag(&tag) {
            self.error(
                Code::Value,
                value.position,
                path,
                sentence!("`{tag}` is not a language tag such as en, fr or zh-Hans"),
            );
            return None;
        }
        Some(tag)
    }

    fn date(&mut self, value: &Node, path: &Path<'_>) -> Option<Date> {
        let text = self.string(value, path)?;
        match Date::parse(&text) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(
                    Code::BadTime,
                    value.position,
                    path,
                    sentence!("`{text}` {e}"),
                );
                None
            }
        }
    }

    fn date_time(&mut self, value: &Node, path: &Path<'_>) -> Option<DateTime> {
        let text = self.string(value, path)?;
        match DateTime::parse(&text) {
            Ok(time) => Some(time),
            Err(e) => {
                let code = match e {
                    TimeError::MissingOffset => Code::MissingOffset,
                    _ => Code::BadTime,
                };
                self.error(code, value.position, path, sentence!("`{text}` {e}"));
                None
            }
        }
    }

    /// A date, or a date-time of which the date is kept.
    fn date_or_date_time(&mut self, value: &Node, path: &Path<'_>) -> Option<Date> {
        match &value.value {
            Value::String(s) if s.len() > 10 => {
                self.date_time(value, path).map(DateTime::local_date)
            }
            _ => self.date(value, path),
        }
    }

    fn url(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let text = self.string(value, path)?;
        match url::check(&text) {
            Ok(_) => Some(text),
            Err(problem) => {
                let code = match problem {
                    UrlProblem::Scheme(_) => Code::UnsafeUrl,
                    UrlProblem::EscapesSite => Code::EscapingUrl,
                    _ => Code::BadUrl,
                };
                self.error(
                    code,
                    value.position,
                    path,
                    sentence!("the link `{text}` {problem}"),
                );
                None
            }
        }
    }

    fn email(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let text = self.string(value, path)?;
        let valid = text.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !text.contains(char::is_whitespace)
        });
        if !valid {
            self.error(
                Code::Value,
                value.position,
                path,
                sentence!("`{text}` is not an e-mail address"),
            );
            return None;
        }
        Some(text)
    }

    fn boolean(&mut self, value: &Node, path: &Path<'_>) -> Option<bool> {
        match &value.value {
            Value::Bool(b) => Some(*b),
            _ => {
                self.wrong_type(value, path, "true or false");
                None
            }
        }
    }

    fn whole_number(&mut self, value: &Node, path: &Path<'_>) -> Option<u64> {
        match value.as_u64() {
            Some(n) => Some(n),
            None => {
                self.wrong_type(value, path, "a whole number of 0 or more");
                None
            }
        }
    }

    /// One of `words`, returned as its position.
    fn one_of(&mut self, value: &Node, path: &Path<'_>, words: &[&str]) -> Option<usize> {
        let text = self.string(value, path)?;
        let found = words.iter().position(|w| *w == text);
        if found.is_none() {
            self.error(
                Code::Value,
                value.position,
                path,
                sentence!("`{text}` is not one of {}", words.join(", ")),
            );
        }
        found
    }

    fn link(&mut self, value: &Node, path: &Path<'_>) -> Option<Link> {
        let map = self.object(value, path, fields::LINK)?;
        let title = self.required(map, path, "title", Self::text);
        let url = self.required(map, path, "url", Self::url);
        Some(Link {
            title: title?,
            url: url?,
        })
    }

    fn venue(&mut self, value: &Node, path: &Path<'_>) -> Option<Venue> {
        let map = self.object(value, path, fields::VENUE)?;
        let name = self.required(map, path, "name", Self::text);
        let city = self.required(map, path, "city", Self::text);
        Some(Venue {
            room: self.optional(map, path, "room", Self::text),
            address: self.optional(map, path, "address", Self::text),
            map: self.optional(map, path, "map", Self::url),
            name: name?,
            city: city?,
        })
    }

    fn organiser(&mut self, value: &Node, path: &Path<'_>) -> Option<Organiser> {
        let map = self.object(value, path, fields::ORGANISER)?;
        let name = self.required(map, path, "name", Self::text);
        Some(Organiser {
            url: self.optional(map, path, "url", Self::url),
            name: name?,
        })
    }

    fn contact(&mut self, value: &Node, path: &Path<'_>) -> Option<Contact> {
        let map = self.object(value, path, fields::CONTACT)?;
        Some(Contact {
            email: self.optional(map, path, "email", Self::email),
            url: self.optional(map, path, "url", Self::url),
        })
    }

    fn event(&mut self, value: &Node, path: &Path<'_>) -> Option<Event> {
        let map = self.object(value, path, fields::EVENT)?;
        let id = self.required(map, path, "id", Self::id);
        let title = self.required(map, path, "title", Self::text);
        let description = self.required(map, path, "description", Self::text);
        let start = self.required(map, path, "start", Self::date);
        let end = self.required(map, path, "end", Self::date);
        let timezone = self.required(map, path, "timezone", Self::time_zone);
        let venue = self.required(map, path, "venue", Self::venue);
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            self.error(
                Code::EndBeforeStart,
                at(map, "end"),
                &key(path, "end"),
                sentence!("the event ends ({end}) before it starts ({start})"),
            );
        }
        let languages = self.list(map, path, "languages", Self::language);
        if languages.is_empty() {
            self.error(
                Code::Missing,
                at(map, "languages"),
                &key(path, "languages"),
                "list at least one language of the content, such as [\"en\"]",
            );
        }
        Some(Event {
            subtitle: self.optional(map, path, "subtitle", Self::text),
            organisers: self.list(map, path, "organisers", Self::organiser),
            contact: self
                .optional(map, path, "contact", Self::contact)
                .unwrap_or_default(),
            links: self.list(map, path, "links", Self::link),
            id: id?,
            title: title?,
            description: description?,
            start: start?,
            end: end?,
            timezone: timezone?,
            venue: venue?,
            languages,
        })
    }

    fn time_zone(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let name = self.string(value, path)?;
        if !(self.is_time_zone)(&name) {
            self.error(
                Code::UnknownTimeZone,
                value.position,
                path,
                sentence!(
                    "`{name}` is not an IANA time zone such as America/New_York or Europe/Zurich"
                ),
            );
            return None;
        }
        Some(name)
    }

    fn room(&mut self, value: &Node, path: &Path<'_>) -> Option<Room> {
        let map = self.object(value, path, fields::ROOM)?;
        let id = self.required(map, path, "id", Self::id);
        let name = self.required(map, path, "name", Self::text);
        Some(Room {
            description: self.optional(map, path, "description", Self::text),
            id: id?,
            name: name?,
        })
    }

    fn track(&mut self, value: &Node, path: &Path<'_>) -> Option<Track> {
        let map = self.object(value, path, fields::TRACK)?;
        let id = self.required(map, path, "id", Self::id);
        let name = self.required(map, path, "name", Self::text);
        Some(Track {
            color: self.optional(map, path, "color", Self::color),
            id: id?,
            name: name?,
        })
    }

    fn color(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let text = self.string(value, path)?;
        let hex = text.strip_prefix('#').unwrap_or("");
        if !(matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())) {
            self.error(
                Code::Value,
                value.position,
                path,
                sentence!("`{text}` is not a colour such as #1a6fb0"),
            );
            return None;
        }
        Some(text)
    }

    fn speaker(&mut self, value: &Node, path: &Path<'_>) -> Option<Speaker> {
        let map = self.object(value, path, fields::SPEAKER)?;
        let id = self.required(map, path, "id", Self::id);
        let name = self.required(map, path, "name", Self::text);
        Some(Speaker {
            source: source(value, path),
            role: self.optional(map, path, "role", Self::text),
            organisation: self.optional(map, path, "organisation", Self::text),
            bio: self.optional(map, path, "bio", Self::text),
            photo: self.optional(map, path, "photo", Self::url),
            links: self.list(map, path, "links", Self::link),
            id: id?,
            name: name?,
        })
    }

    fn session(&mut self, value: &Node, path: &Path<'_>) -> Option<Session> {
        const KINDS: &[&str] = &["keynote", "talk", "panel", "workshop", "break", "other"];
        let map = self.object(value, path, fields::SESSION)?;
        let id = self.required(map, path, "id", Self::id);
        let title = self.required(map, path, "title", Self::text);
        let kind = self.required(map, path, "kind", |r, v, p| r.one_of(v, p, KINDS));
        let start = self.required(map, path, "start", Self::date_time);
        let end = self.required(map, path, "end", Self::date_time);
        let status = self.optional(map, path, "status", |r, v, p| {
            r.one_of(v, p, &["confirmed", "cancelled"])
        });
        if let (Some(start), Some(end)) = (start, end) {
            self.check_session_times(map, path, start, end);
        }
        Some(Session {
            source: source(value, path),
            room: self.optional(map, path, "room", Self::room_ref),
            track: self.optional(map, path, "track", Self::track_ref),
            speakers: self.list(map, path, "speakers", Self::speaker_ref),
            moderators: self.list(map, path, "moderators", Self::speaker_ref),
            abstract_text: self.optional(map, path, "abstract", Self::text),
            documents: self.list(map, path, "documents", Self::document_ref),
            livestream: self.optional(map, path, "livestream", Self::url),
            recording: self.optional(map, path, "recording", Self::url),
            status: match status {
                Some(1) => SessionStatus::Cancelled,
                _ => SessionStatus::Confirmed,
            },
            id: id?,
            title: title?,
            kind: SessionKind::ALL[kind?],
            start: start?,
            end: end?,
        })
    }

    fn document(&mut self, value: &Node, path: &Path<'_>) -> Option<Document> {
        const KINDS: &[&str] = &["report", "agenda", "slides", "other"];
        let map = self.object(value, path, fields::DOCUMENT)?;
        let id = self.required(map, path, "id", Self::id);
        let title = self.required(map, path, "title", Self::text);
        let kind = self.required(map, path, "kind", |r, v, p| r.one_of(v, p, KINDS));
        let url = self.required(map, path, "url", Self::url);
        let media_type = self.required(map, path, "media_type", Self::media_type);
        let bytes = self.required(map, path, "bytes", Self::whole_number);
        let language = self.required(map, path, "language", Self::language);
        Some(Document {
            source: source(value, path),
            published: self.optional(map, path, "published", Self::date_or_date_time),
            summary: self.optional(map, path, "summary", Self::text),
            id: id?,
            title: title?,
            kind: DocumentKind::ALL[kind?],
            url: url?,
            media_type: media_type?,
            bytes: bytes?,
            language: language?,
        })
    }

    /// A session ends after it starts, and takes place during the event.
    ///
    /// Without a time-zone database the check is made on the dates as written (organisers
    /// write local times with the local offset) and on the widest window any zone allows:
    /// from the first day's midnight at UTC+14 to the last day's end at UTC-12.
    fn check_session_times(
        &mut self,
        session: &Node,
        path: &Path<'_>,
        start: DateTime,
        end: DateTime,
    ) {
        if end < start {
            self.error(
                Code::EndBeforeStart,
                at(session, "end"),
                &key(path, "end"),
                sentence!("the session ends ({end}) before it starts ({start})"),
            );
        }
        let Some((first, last)) = self.event_dates else {
            return;
        };
        let earliest = first.days_since_epoch() * 86_400 - 14 * 3600;
        let latest = last.next().days_since_epoch() * 86_400 + 12 * 3600;
        for (field, time) in [("start", start), ("end", end)] {
            // An end at midnight belongs to the day before.
            let date = if field == "end" && time.unix > start.unix {
                DateTime {
                    unix: time.unix - 1,
                    ..time
                }
                .local_date()
            } else {
                time.local_date()
            };
            if date < first || date > last || time.unix < earliest || time.unix > latest {
                self.error(
                    Code::OutsideEvent,
                    at(session, field),
                    &key(path, field),
                    sentence!("{time} is outside the event's dates, {first} to {last}"),
                );
            }
        }
    }

    fn media_type(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let text = self.string(value, path)?;
        let valid = text.split_once('/').is_some_and(|(kind, sub)| {
            !kind.is_empty() && !sub.is_empty() && !text.contains(char::is_whitespace)
        });
        if !valid {
            self.error(
                Code::Value,
                value.position,
                path,
                sentence!("`{text}` is not a media type such as application/pdf"),
            );
            return None;
        }
        Some(text)
    }

    fn update(&mut self, value: &Node, path: &Path<'_>) -> Option<Update> {
        let map = self.object(value, path, fields::UPDATE)?;
        let id = self.required(map, path, "id", Self::id);
        let published = self.required(map, path, "published", Self::date_time);
        let title = self.required(map, path, "title", Self::text);
        let body = self.required(map, path, "body", Self::text);
        Some(Update {
            important: self
                .optional(map, path, "important", Self::boolean)
                .unwrap_or(false),
            sessions: self.list(map, path, "sessions", Self::session_ref),
            id: id?,
            published: published?,
            title: title?,
            body: body?,
        })
    }

    /// The whole feed; `None` when not even the event can be read.
    pub(crate) fn feed(&mut self, value: &'f Node) -> Option<Feed> {
        let path = &Path::Root;
        let map = self.object(value, path, fields::FEED)?;
        self.root = Some(map);
        let updated = self.required(map, path, "updated", Self::date_time);
        let refresh = self.optional(map, path, "refresh", Self::whole_number);
        let refresh = match refresh {
            Some(seconds) if (5..=3600).contains(&seconds) => seconds as u32,
            Some(seconds) => {
                self.error(
                    Code::RefreshRange,
                    at(map, "refresh"),
                    &key(path, "refresh"),
                    sentence!("{seconds} seconds is outside 5 to 3600; 60 is used instead"),
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

/// A BCP 47 tag of the simple shape used on the web: `en`, `zh-Hans`, `es-419`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_time_zones() {
        assert!(is_time_zone("America/New_York"));
        assert!(is_time_zone("Europe/Geneva") || is_time_zone("Europe/Zurich"));
        assert!(is_time_zone("UTC"));
        assert!(!is_time_zone("America/Gotham"));
        assert!(!is_time_zone("america/new_york"));
    }

    #[test]
    fn knows_language_tags() {
        for tag in ["en", "ar", "zh-Hans", "es-419", "fr-CA"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "e", "english", "en_US", "en-", "1e"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
