//! The JSON Schema of `event.json`, generated from the Rust types below with schemars.
//!
//! These types describe the file's shape, which is what editors need (completion, types,
//! allowed words); the reader (`feed::read`) checks the rest: references, times, links.
//! `public/event.schema.json` is this schema, committed: the sample feed's `"$schema"`
//! points at it, so VS Code and other editors check the feed as the organiser types. A
//! test fails when the committed file, or the reader's field lists, drift from here;
//! `cargo run --bin feedcheck -- schema > public/event.schema.json` rewrites it.

use std::collections::BTreeMap;

use schemars::{JsonSchema, schema_for};

/// Plain text, or one text per language (`{"en": "…", "fr": "…"}`). Never HTML;
/// paragraphs are separated by a blank line.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Text {
    Plain(#[schemars(length(min = 1))] String),
    Localised(BTreeMap<String, String>),
}

/// A date and time with its UTC offset, such as 2019-04-02T15:00:00-04:00.
#[derive(JsonSchema)]
#[schemars(extend("format" = "date-time"))]
#[allow(dead_code)]
struct DateTime(String);

/// A calendar date, such as 2019-04-02.
#[derive(JsonSchema)]
#[schemars(extend("format" = "date"))]
#[allow(dead_code)]
struct Date(String);

/// An https:, http: or mailto: address, or a path inside the site such as
/// documents/report.pdf.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Link(
    #[schemars(regex(
        pattern = r"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[^/\\:]+(/|$)|[^/\\:]*$)"
    ))]
    String,
);

/// An id: letters, digits, - and _ (ids appear in addresses such as /agenda/ID).
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Id(#[schemars(regex(pattern = r"^[^\s/?#%]+$"))] String);

/// The event feed: everything the portal shows.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "Event Portal feed")]
#[allow(dead_code)]
struct Feed {
    /// The JSON Schema for editors: "event.schema.json".
    #[serde(rename = "$schema")]
    schema: Option<String>,
    /// When the feed last changed (for the organisers; optional).
    updated: Option<DateTime>,
    /// Seconds between update checks by open portals (default 60).
    #[schemars(range(min = 5, max = 3600))]
    refresh: Option<u32>,
    event: Event,
    rooms: Option<Vec<Room>>,
    tracks: Option<Vec<Track>>,
    /// Speakers and moderators.
    speakers: Option<Vec<Speaker>>,
    /// The programme.
    sessions: Option<Vec<Session>>,
    /// Reports and other files to download.
    documents: Option<Vec<Document>>,
    /// Announcements, shown newest first.
    updates: Option<Vec<Update>>,
}

/// The event itself.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Event {
    id: Id,
    title: Text,
    subtitle: Option<Text>,
    /// What the event is about, shown on the home page and in link previews.
    description: Option<Text>,
    /// First day, in the event's time zone.
    start: Date,
    /// Last day, in the event's time zone.
    end: Date,
    /// IANA time zone, such as America/New_York.
    timezone: String,
    /// Where it takes place; leave it out for an event online or a venue to come.
    venue: Option<Venue>,
    organisers: Option<Vec<Organiser>>,
    contact: Option<Contact>,
    /// Languages of the content (BCP 47), most important first.
    #[schemars(length(min = 1))]
    languages: Vec<String>,
    links: Option<Vec<TitledLink>>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Venue {
    name: Text,
    room: Option<Text>,
    address: Option<Text>,
    city: Text,
    /// A link to a map.
    map: Option<Link>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Organiser {
    name: Text,
    url: Option<Link>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Contact {
    #[schemars(email)]
    email: Option<String>,
    url: Option<Link>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct TitledLink {
    title: Text,
    url: Link,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Room {
    id: Id,
    name: Text,
    description: Option<Text>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Track {
    id: Id,
    name: Text,
    /// #rgb or #rrggbb.
    #[schemars(regex(pattern = r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"))]
    color: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Speaker {
    id: Id,
    name: Text,
    role: Option<Text>,
    organisation: Option<Text>,
    bio: Option<Text>,
    /// A square image, ideally under 200 KB.
    photo: Option<Link>,
    links: Option<Vec<TitledLink>>,
}

#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum SessionKind {
    Keynote,
    Talk,
    Panel,
    Workshop,
    Break,
    Other,
}

#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum SessionStatus {
    Confirmed,
    Cancelled,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Session {
    id: Id,
    title: Text,
    kind: SessionKind,
    start: DateTime,
    end: DateTime,
    /// The id of one of `rooms`.
    room: Option<Id>,
    /// The id of one of `tracks`.
    track: Option<Id>,
    /// Ids of `speakers`, in the order to show.
    speakers: Option<Vec<Id>>,
    /// Ids of `speakers`.
    moderators: Option<Vec<Id>>,
    #[serde(rename = "abstract")]
    abstract_text: Option<Text>,
    /// Ids of `documents`.
    documents: Option<Vec<Id>>,
    livestream: Option<Link>,
    recording: Option<Link>,
    /// Cancelled sessions stay in the agenda, struck through (default confirmed).
    status: Option<SessionStatus>,
}

#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum DocumentKind {
    Report,
    Agenda,
    Slides,
    Other,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Document {
    id: Id,
    title: Text,
    kind: DocumentKind,
    /// Where to download it.
    url: Link,
    /// Such as application/pdf.
    media_type: String,
    /// The file's size.
    bytes: u64,
    /// The document's language (BCP 47).
    language: String,
    published: Option<Date>,
    summary: Option<Text>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Update {
    id: Id,
    published: DateTime,
    title: Text,
    body: Text,
    /// Important updates stand out.
    important: Option<bool>,
    /// Ids of the sessions it concerns.
    sessions: Option<Vec<Id>>,
}

/// The schema, as the pretty-printed JSON committed in `public/event.schema.json`.
pub fn json() -> String {
    let schema = schema_for!(Feed);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::fields;

    fn schema() -> serde_json::Value {
        serde_json::from_str(&json()).unwrap()
    }

    /// The property names of the object a definition (or the root) describes.
    fn properties(schema: &serde_json::Value, definition: Option<&str>) -> Vec<String> {
        let object = match definition {
            Some(name) => &schema["$defs"][name],
            None => schema,
        };
        let mut names: Vec<String> = object["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{definition:?} has properties"))
            .keys()
            .cloned()
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_schema_lists_exactly_the_fields_the_reader_knows() {
        let schema = schema();
        for (definition, known) in [
            (None, fields::FEED),
            (Some("Event"), fields::EVENT),
            (Some("Venue"), fields::VENUE),
            (Some("Organiser"), fields::ORGANISER),
            (Some("Contact"), fields::CONTACT),
            (Some("TitledLink"), fields::LINK),
            (Some("Room"), fields::ROOM),
            (Some("Track"), fields::TRACK),
            (Some("Speaker"), fields::SPEAKER),
            (Some("Session"), fields::SESSION),
            (Some("Document"), fields::DOCUMENT),
            (Some("Update"), fields::UPDATE),
        ] {
            let mut known: Vec<String> = known.iter().map(|s| s.to_string()).collect();
            known.sort();
            assert_eq!(properties(&schema, definition), known, "{definition:?}");
        }
    }

    #[test]
    fn the_committed_schema_is_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/event.schema.json");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == json(),
            "public/event.schema.json is out of date: run\n  cargo run --bin feedcheck -- schema > public/event.schema.json"
        );
    }
}
