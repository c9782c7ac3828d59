//! What the editor's forms hold: for each part of the feed, its fields and the input
//! each takes. One table, so that every field of the format has a place in the editor
//! (a test holds it to `feed::fields`) and the forms stay one generic component.

use super::refs::Kind;

/// The input a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// An entry's id: renaming it renames every reference.
    Id,
    /// One line of text; `true`: one string or a text per language.
    Line(bool),
    /// Paragraphs of text; `true`: one string or a text per language.
    Paragraphs(bool),
    /// A day, `2026-06-02`.
    Date,
    /// A moment, written with the UTC offset of the event's time zone then.
    Moment,
    /// An IANA time zone.
    Zone,
    /// A web address (or a path on the portal's site).
    Url,
    Email,
    /// A whole number of 0 or more.
    Count,
    /// A colour, `#1a6fb0`.
    Colour,
    Yes,
    /// One of these words.
    Choice(&'static [&'static str]),
    /// The id of an entry of this kind, picked from those that exist.
    Pick(Kind),
    /// Ids of entries of this kind, picked from those that exist.
    PickMany(Kind),
    /// Language tags (the event's languages).
    Languages,
    /// A language tag.
    Language,
    /// An object with these fields.
    Group(&'static [Spec]),
    /// A list of objects with these fields.
    List(&'static [Spec]),
}

/// One field of a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// Its name in the feed.
    pub name: &'static str,
    pub input: Input,
}

const fn spec(name: &'static str, input: Input) -> Spec {
    Spec { name, input }
}

const LINK: &[Spec] = &[spec("title", Input::Line(true)), spec("url", Input::Url)];

/// The feed's own fields, besides its lists.
pub const FEED: &[Spec] = &[
    spec("updated", Input::Moment),
    spec("refresh", Input::Count),
    spec("$schema", Input::Url),
];

pub const EVENT: &[Spec] = &[
    spec("title", Input::Line(true)),
    spec("subtitle", Input::Line(true)),
    spec("id", Input::Line(false)),
    spec("start", Input::Date),
    spec("end", Input::Date),
    spec("timezone", Input::Zone),
    spec("languages", Input::Languages),
    spec("description", Input::Paragraphs(true)),
    spec(
        "venue",
        Input::Group(&[
            spec("name", Input::Line(true)),
            spec("room", Input::Line(true)),
            spec("address", Input::Line(true)),
            spec("city", Input::Line(true)),
            spec("map", Input::Url),
        ]),
    ),
    spec(
        "contact",
        Input::Group(&[spec("email", Input::Email), spec("url", Input::Url)]),
    ),
    spec(
        "organisers",
        Input::List(&[spec("name", Input::Line(true)), spec("url", Input::Url)]),
    ),
    spec("links", Input::List(LINK)),
];

pub const ROOM: &[Spec] = &[
    spec("id", Input::Id),
    spec("name", Input::Line(true)),
    spec("description", Input::Paragraphs(true)),
];

pub const TRACK: &[Spec] = &[
    spec("id", Input::Id),
    spec("name", Input::Line(true)),
    spec("color", Input::Colour),
];

pub const SPEAKER: &[Spec] = &[
    spec("id", Input::Id),
    spec("name", Input::Line(false)),
    spec("role", Input::Line(true)),
    spec("organisation", Input::Line(true)),
    spec("photo", Input::Url),
    spec("bio", Input::Paragraphs(true)),
    spec("links", Input::List(LINK)),
];

pub const SESSION_KINDS: &[&str] = &["talk", "keynote", "panel", "workshop", "break", "other"];
pub const SESSION_STATUSES: &[&str] = &["confirmed", "cancelled"];
pub const DOCUMENT_KINDS: &[&str] = &["report", "agenda", "slides", "other"];

pub const SESSION: &[Spec] = &[
    spec("id", Input::Id),
    spec("title", Input::Line(true)),
    spec("kind", Input::Choice(SESSION_KINDS)),
    spec("status", Input::Choice(SESSION_STATUSES)),
    spec("start", Input::Moment),
    spec("end", Input::Moment),
    spec("room", Input::Pick(Kind::Room)),
    spec("track", Input::Pick(Kind::Track)),
    spec("speakers", Input::PickMany(Kind::Speaker)),
    spec("moderators", Input::PickMany(Kind::Speaker)),
    spec("abstract", Input::Paragraphs(true)),
    spec("documents", Input::PickMany(Kind::Document)),
    spec("livestream", Input::Url),
    spec("recording", Input::Url),
];

pub const DOCUMENT: &[Spec] = &[
    spec("id", Input::Id),
    spec("title", Input::Line(true)),
    spec("kind", Input::Choice(DOCUMENT_KINDS)),
    spec("url", Input::Url),
    spec("media_type", Input::Line(false)),
    spec("bytes", Input::Count),
    spec("language", Input::Language),
    spec("published", Input::Date),
    spec("summary", Input::Paragraphs(true)),
];

pub const UPDATE: &[Spec] = &[
    spec("id", Input::Id),
    spec("published", Input::Moment),
    spec("title", Input::Line(true)),
    spec("body", Input::Paragraphs(true)),
    spec("important", Input::Yes),
    spec("sessions", Input::PickMany(Kind::Session)),
];

/// A list of the feed the editor has a section for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The list's name in the feed.
    pub list: &'static str,
    pub fields: &'static [Spec],
    /// The field an entry is listed by.
    pub label: &'static str,
    /// The base of a new entry's id.
    pub new_id: &'static str,
    /// The fields a new entry starts with besides its id, as JSON (a session's kind is
    /// required, and most are talks).
    pub starts_with: &'static str,
}

/// The feed's lists, in the order the editor shows them.
pub const SECTIONS: &[Section] = &[
    Section {
        list: "sessions",
        fields: SESSION,
        label: "title",
        new_id: "session",
        starts_with: r#"{"kind": "talk"}"#,
    },
    Section {
        list: "speakers",
        fields: SPEAKER,
        label: "name",
        new_id: "speaker",
        starts_with: "{}",
    },
    Section {
        list: "rooms",
        fields: ROOM,
        label: "name",
        new_id: "room",
        starts_with: "{}",
    },
    Section {
        list: "tracks",
        fields: TRACK,
        label: "name",
        new_id: "track",
        starts_with: "{}",
    },
    Section {
        list: "documents",
        fields: DOCUMENT,
        label: "title",
        new_id: "document",
        starts_with: r#"{"kind": "other"}"#,
    },
    Section {
        list: "updates",
        fields: UPDATE,
        label: "title",
        new_id: "update",
        starts_with: r#"{"important": false}"#,
    },
];

/// The words a choice offers: its `words`, and the draft's `current` one as it is when
/// it is none of them (a word from another tool, a typo): shown, never read as another.
pub fn choices(words: &[&str], current: &str) -> Vec<String> {
    let mut out: Vec<String> = words.iter().map(|word| (*word).to_owned()).collect();
    if !current.is_empty() && !words.contains(&current) {
        out.push(current.to_owned());
    }
    out
}

/// The section of `list`.
pub fn section(list: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|section| section.list == list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_choice_word_is_offered_as_it_is() {
        assert_eq!(
            choices(SESSION_STATUSES, "confirmed"),
            ["confirmed", "cancelled"]
        );
        assert_eq!(choices(SESSION_STATUSES, ""), ["confirmed", "cancelled"]);
        assert_eq!(
            choices(SESSION_STATUSES, "postponed"),
            ["confirmed", "cancelled", "postponed"]
        );
    }
    use crate::feed::fields;

    fn names(specs: &[Spec]) -> Vec<&'static str> {
        let mut names: Vec<_> = specs.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names
    }

    fn group(specs: &[Spec], name: &str) -> &'static [Spec] {
        match specs.iter().find(|s| s.name == name).map(|s| s.input) {
            Some(Input::Group(inner) | Input::List(inner)) => inner,
            other => panic!("{name} is {other:?}"),
        }
    }

    #[test]
    fn every_field_of_the_format_has_a_place_in_the_editor() {
        let sorted = |list: &[&'static str]| {
            let mut list = list.to_vec();
            list.sort_unstable();
            list
        };
        let lists = [
            "event",
            "rooms",
            "tracks",
            "speakers",
            "sessions",
            "documents",
            "updates",
        ];
        let mut feed = names(FEED);
        feed.extend(lists);
        feed.sort_unstable();
        assert_eq!(feed, sorted(fields::FEED));
        assert_eq!(names(EVENT), sorted(fields::EVENT));
        assert_eq!(names(group(EVENT, "venue")), sorted(fields::VENUE));
        assert_eq!(names(group(EVENT, "contact")), sorted(fields::CONTACT));
        assert_eq!(names(group(EVENT, "organisers")), sorted(fields::ORGANISER));
        assert_eq!(names(group(EVENT, "links")), sorted(fields::LINK));
        assert_eq!(names(group(SPEAKER, "links")), sorted(fields::LINK));
        assert_eq!(names(ROOM), sorted(fields::ROOM));
        assert_eq!(names(TRACK), sorted(fields::TRACK));
        assert_eq!(names(SPEAKER), sorted(fields::SPEAKER));
        assert_eq!(names(SESSION), sorted(fields::SESSION));
        assert_eq!(names(DOCUMENT), sorted(fields::DOCUMENT));
        assert_eq!(names(UPDATE), sorted(fields::UPDATE));
    }

    #[test]
    fn new_entries_start_with_fields_of_their_own_list() {
        for section in SECTIONS {
            let start = crate::feed::json::parse(section.starts_with).unwrap();
            let crate::feed::json::Value::Object(fields) = start.value else {
                panic!("{}: not an object", section.list);
            };
            for field in fields {
                assert!(
                    section.fields.iter().any(|s| s.name == field.name),
                    "{}",
                    field.name
                );
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_choices_are_the_words_the_format_takes() {
        let schema = crate::feed::schema::json();
        for word in SESSION_KINDS
            .iter()
            .chain(SESSION_STATUSES)
            .chain(DOCUMENT_KINDS)
        {
            assert!(
                schema.contains(&format!("\"{word}\"")),
                "{word} is not in the schema"
            );
        }
    }
}
