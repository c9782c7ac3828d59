//! A problem the checks found, as an organiser reads it: where it is (the entry by its
//! title or name, the field by its label) and what is wrong (a sentence in the editor's
//! language, quoting the values it is about), never a JSON path or an id in backticks.
//! `feedcheck` keeps the path and the line, for the terminal.

use super::document::{self, Step};
use super::form::{self, Input, Spec};
use super::kept::pick_title;
use super::words::{Words, fill};
use crate::feed::json::{Node, Value};
use crate::feed::{Code, Diagnostic};

/// A problem in the organiser's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: "Session “Mapping the deep sea”, End".
    pub place: String,
    /// What is wrong.
    pub says: String,
    /// What to do about it.
    pub help: &'static str,
}

/// `path` (`$.sessions[2].title.fr`) as steps.
pub fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let Some((index, tail)) = after.split_once(']') else {
                break;
            };
            match index.parse() {
                Ok(index) => out.push(Step::Index(index)),
                Err(_) => break,
            }
            rest = tail;
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            out.push(Step::Name(after[..end].to_owned()));
            rest = &after[end..];
        } else {
            break;
        }
    }
    out
}

fn name(step: &Step) -> Option<&str> {
    match step {
        Step::Field(name) => Some(name),
        Step::Name(name) => Some(name),
        Step::Index(_) => None,
    }
}

/// The title or name an organiser knows an entry by, in the event's first language.
fn entry_title(root: &Node, list: &str, index: usize) -> String {
    let lang = super::coverage::languages(root)
        .into_iter()
        .next()
        .unwrap_or_default();
    form::section(list)
        .and_then(|section| {
            let entry = root.get(list)?.as_array()?.get(index)?;
            Some(pick_title(entry.get(section.label)?, &lang).0)
        })
        .unwrap_or_default()
}

/// An entry as the organiser knows it: "Session “Opening”", "Room 2 (no title yet)".
pub fn entry_name(root: &Node, list: &str, index: usize, w: &Words) -> String {
    let kind = kind(list, w);
    let title = entry_title(root, list, index);
    if title.is_empty() {
        fill(
            w.problem_entry_untitled,
            &[("kind", kind), ("n", &(index + 1).to_string())],
        )
    } else {
        fill(w.problem_entry, &[("kind", kind), ("title", &title)])
    }
}

/// The entries of `list` as a picker offers them: each id with the title or name the
/// organiser knows the entry by ("Room 2 (no title yet)" before it has one), numbered
/// when two read the same. Ids stay the values, never the words.
pub fn choices(root: &Node, list: &str, w: &Words) -> Vec<(String, String)> {
    let entries = root.get(list).and_then(Node::as_array).unwrap_or_default();
    let labels: Vec<(String, String)> = entries
        .iter()
        .enumerate()
        .filter_map(|(index, entry)| {
            let id = entry.get("id")?.as_str()?.to_owned();
            let title = entry_title(root, list, index);
            let label = if title.is_empty() {
                entry_name(root, list, index, w)
            } else {
                title
            };
            Some((id, label))
        })
        .collect();
    labels
        .iter()
        .map(|(id, label)| {
            let same: Vec<&String> = labels
                .iter()
                .filter(|(_, other)| other == label)
                .map(|(other, _)| other)
                .collect();
            match same.iter().position(|other| *other == id) {
                Some(n) if same.len() > 1 => (id.clone(), format!("{label} ({})", n + 1)),
                _ => (id.clone(), label.clone()),
            }
        })
        .collect()
}

fn kind<'a>(list: &str, w: &'a Words) -> &'a str {
    match list {
        "sessions" => w.kind_sessions,
        "speakers" => w.kind_speakers,
        "rooms" => w.kind_rooms,
        "tracks" => w.kind_tracks,
        "documents" => w.kind_documents,
        "updates" => w.kind_updates,
        _ => w.problem_file,
    }
}

/// What the walk down a path found: the labels of its fields, the input of the last,
/// and the language when it ends in one text of a text per language.
struct Field {
    labels: Vec<String>,
    input: Option<Input>,
    language: Option<String>,
}

/// The fields `rest` goes through, from an object of `specs`, labelled in `w`.
fn fields(
    mut specs: &'static [Spec],
    rest: &[Step],
    w: &Words,
    language: &dyn Fn(&str) -> String,
) -> Field {
    let mut found = Field {
        labels: Vec::new(),
        input: None,
        language: None,
    };
    let mut texts = false;
    for step in rest {
        match step {
            Step::Index(i) => {
                // An entry of a list of objects (links, organisers) is numbered; an item
                // of a list of ids or tags is what the sentence quotes.
                if matches!(found.input, Some(Input::List(_)))
                    && let Some(last) = found.labels.last_mut()
                {
                    last.push_str(&format!(" {}", i + 1));
                }
            }
            step => {
                let name = name(step).unwrap_or_default();
                if texts {
                    found.language = Some(name.to_owned());
                    if let Some(last) = found.labels.last_mut() {
                        last.push_str(&format!(" ({})", language(name)));
                    }
                    continue;
                }
                match specs.iter().find(|spec| spec.name == name) {
                    Some(spec) => {
                        let label = specs
                            .iter()
                            .find(|s| s.name == name)
                            .map(|s| w.field(s.name))
                            .unwrap_or_default();
                        found.labels.push(label.to_owned());
                        found.input = Some(spec.input);
                        texts = matches!(spec.input, Input::Line(true) | Input::Paragraphs(true));
                        if let Input::Group(inner) | Input::List(inner) = spec.input {
                            specs = inner;
                        }
                    }
                    None => {
                        found.labels.push(format!("“{name}”"));
                        found.input = None;
                    }
                }
            }
        }
    }
    found
}

/// The value at `path` as a short text: a string as it is, a number as written.
fn value_text(root: Option<&Node>, path: &[Step]) -> String {
    let text = match root
        .and_then(|root| document::get(root, path))
        .map(|n| &n.value)
    {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(n)) => n.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    };
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A moment as the editor shows it: `2026-06-02 09:00`.
fn shown_time(text: &str) -> String {
    super::moment::wall_clock(text)
        .map(|t| t.replacen('T', " ", 1))
        .unwrap_or_else(|| text.to_owned())
}

/// The list and index of the entry at `path`, when it is an entry of a list.
fn entry_at(path: &[Step]) -> Option<(&str, usize)> {
    match path {
        [list, Step::Index(index), ..] => Some((name(list)?, *index)),
        _ => None,
    }
}

/// Whether some list of the draft has an entry `id` (one left out for its own errors).
fn has_entry(root: &Node, id: &str) -> Option<(&'static str, usize)> {
    form::SECTIONS.iter().find_map(|section| {
        let index = root
            .get(section.list)?
            .as_array()?
            .iter()
            .position(|entry| entry.get("id").and_then(Node::as_str) == Some(id))?;
        Some((section.list, index))
    })
}

/// Where `path` is, as the organiser knows it: "Session “Opening”, Title (français)";
/// with what the walk down its fields found.
fn where_is(
    path: &[Step],
    doc: &Node,
    w: &Words,
    language: &dyn Fn(&str) -> String,
) -> (String, Option<Field>) {
    let (entry, field) = match path {
        [] => (w.problem_file.to_owned(), None),
        [list, Step::Index(index), rest @ ..]
            if form::section(name(list).unwrap_or("")).is_some() =>
        {
            let list = name(list).unwrap_or_default();
            let specs = form::section(list).map_or(&[][..], |s| s.fields);
            (
                entry_name(doc, list, *index, w),
                Some(fields(specs, rest, w, language)),
            )
        }
        [first, rest @ ..] if name(first) == Some("event") => (
            w.section_event.to_owned(),
            Some(fields(form::EVENT, rest, w, language)),
        ),
        steps => (
            w.section_feed.to_owned(),
            Some(fields(form::FEED, steps, w, language)),
        ),
    };
    let place = match &field {
        Some(field) if !field.labels.is_empty() => fill(
            w.problem_at,
            &[("entry", &entry), ("field", &field.labels.join(" › "))],
        ),
        _ => entry,
    };
    (place, field)
}

/// Where `path` (`$.sessions[2].title.fr`) is in the draft `root`, as the organiser knows
/// it: "Session “Opening”, Title (français)".
pub fn place(path: &str, root: &Node, w: &Words, language: &dyn Fn(&str) -> String) -> String {
    where_is(&steps(path), root, w, language).0
}

/// `diagnostic` as the organiser reads it, from the draft `root` (none when the file
/// could not be read), in `w`'s language; `language` names a language tag.
pub fn describe(
    diagnostic: &Diagnostic,
    root: Option<&Node>,
    w: &Words,
    language: &dyn Fn(&str) -> String,
) -> Problem {
    let path = steps(&diagnostic.path);
    let empty = Node {
        value: Value::Object(Vec::new()),
        position: Default::default(),
    };
    let doc = root.unwrap_or(&empty);
    let other = diagnostic
        .other
        .as_deref()
        .map(steps)
        .and_then(|other| entry_at(&other).map(|(list, i)| (list.to_owned(), i)));
    let (place, field) = where_is(&path, doc, w, language);
    let input = field.as_ref().and_then(|f| f.input);
    let value = match field.as_ref().and_then(|f| f.language.clone()) {
        // A bad language tag is the name of the text, not the text.
        Some(tag) if diagnostic.code == Code::Value => tag,
        _ => value_text(root, &path),
    };
    let parent = &path[..path.len().saturating_sub(1)];
    let sibling = |name: &'static str| {
        let mut at = parent.to_vec();
        at.push(Step::Field(name));
        value_text(root, &at)
    };
    let other_name = |with_kind: bool| match &other {
        Some((list, i)) if with_kind => entry_name(doc, list, *i, w),
        Some((list, i)) => entry_title(doc, list, *i),
        None => String::new(),
    };
    let one = |template: &str| fill(template, &[("value", &value)]);
    let (says, help) = match diagnostic.code {
        Code::Syntax => {
            let (line, column) = diagnostic
                .position
                .map(|p| (p.line.to_string(), p.column.to_string()))
                .unwrap_or_default();
            (
                fill(w.problem_syntax, &[("line", &line), ("column", &column)]),
                w.problem_syntax_help,
            )
        }
        Code::Type => (w.problem_type.to_owned(), w.problem_type_help),
        Code::Missing => (w.problem_missing.to_owned(), w.problem_missing_help),
        Code::Empty => (w.problem_empty.to_owned(), w.problem_empty_help),
        Code::Value => {
            let last = path.last().and_then(name).unwrap_or_default();
            let template = match input {
                _ if field.as_ref().is_some_and(|f| f.language.is_some()) => {
                    w.problem_value_language
                }
                Some(Input::Id) => w.problem_value_id,
                Some(Input::Language | Input::Languages) => w.problem_value_language,
                Some(Input::Email) => w.problem_value_email,
                Some(Input::Colour) => w.problem_value_colour,
                Some(Input::Choice(_)) => w.problem_value_choice,
                _ if last == "media_type" => w.problem_value_media,
                _ => w.problem_value,
            };
            (one(template), w.problem_value_help)
        }
        Code::UnknownField => {
            let last = path.last().and_then(name).unwrap_or_default();
            (
                fill(w.problem_unknown_field, &[("name", last)]),
                w.problem_unknown_field_help,
            )
        }
        Code::DuplicateField => (
            w.problem_duplicate_field.to_owned(),
            w.problem_duplicate_field_help,
        ),
        Code::DuplicateId => (
            fill(w.problem_duplicate_id, &[("other", &other_name(true))]),
            w.problem_duplicate_id_help,
        ),
        Code::UnknownReference => {
            let says = match has_entry(doc, &value) {
                Some((list, i)) => fill(
                    w.problem_left_out,
                    &[("other", &entry_name(doc, list, i, w))],
                ),
                None => one(w.problem_unknown_reference),
            };
            (says, w.problem_unknown_reference_help)
        }
        Code::BadTime => (one(w.problem_bad_time), w.problem_bad_time_help),
        Code::MissingOffset => (one(w.problem_missing_offset), w.problem_missing_offset_help),
        Code::EndBeforeStart => (
            fill(
                w.problem_end_before_start,
                &[
                    ("start", &shown_time(&sibling("start"))),
                    ("end", &shown_time(&sibling("end"))),
                ],
            ),
            w.problem_end_before_start_help,
        ),
        Code::OutsideEvent => {
            let date = |name| value_text(root, &[Step::Field("event"), Step::Field(name)]);
            (
                fill(
                    w.problem_outside_event,
                    &[
                        ("value", &shown_time(&value)),
                        ("first", &date("start")),
                        ("last", &date("end")),
                    ],
                ),
                w.problem_outside_event_help,
            )
        }
        Code::UnknownTimeZone => (
            one(w.problem_unknown_time_zone),
            w.problem_unknown_time_zone_help,
        ),
        Code::RefreshRange => (one(w.problem_refresh_range), w.problem_refresh_range_help),
        Code::UnsafeUrl => (one(w.problem_unsafe_url), w.problem_unsafe_url_help),
        Code::EscapingUrl => (one(w.problem_escaping_url), w.problem_escaping_url_help),
        Code::BadUrl => (one(w.problem_bad_url), w.problem_bad_url_help),
        Code::RoomClash => {
            let room = has_entry_in(doc, "rooms", &value)
                .map(|i| entry_title(doc, "rooms", i))
                .filter(|title| !title.is_empty())
                .unwrap_or(value.clone());
            (
                fill(
                    w.problem_room_clash,
                    &[("room", &room), ("other", &other_name(false))],
                ),
                w.problem_room_clash_help,
            )
        }
        Code::SpeakerClash => {
            let person = has_entry_in(doc, "speakers", &value)
                .map(|i| entry_title(doc, "speakers", i))
                .filter(|name| !name.is_empty())
                .unwrap_or(value.clone());
            (
                fill(
                    w.problem_speaker_clash,
                    &[("person", &person), ("other", &other_name(false))],
                ),
                w.problem_speaker_clash_help,
            )
        }
        Code::Unreferenced => {
            let says = match entry_at(&path) {
                Some(("documents", _)) => w.problem_unreferenced_document,
                _ => w.problem_unreferenced_speaker,
            };
            (says.to_owned(), w.problem_unreferenced_help)
        }
        Code::NoSpeakers => (w.problem_no_speakers.to_owned(), w.problem_no_speakers_help),
        Code::NoBio => (w.problem_no_bio.to_owned(), w.problem_no_bio_help),
        Code::Overnight => (w.problem_overnight.to_owned(), w.problem_overnight_help),
        Code::OffsetChange => (
            w.problem_offset_change.to_owned(),
            w.problem_offset_change_help,
        ),
        Code::MissingFile => (one(w.problem_missing_file), w.problem_missing_file_help),
        Code::LargePhoto => (w.problem_large_photo.to_owned(), w.problem_large_photo_help),
        Code::SizeMismatch => (
            w.problem_size_mismatch.to_owned(),
            w.problem_size_mismatch_help,
        ),
    };
    Problem { place, says, help }
}

/// The index of entry `id` of `list`.
fn has_entry_in(root: &Node, list: &str, id: &str) -> Option<usize> {
    root.get(list)?
        .as_array()?
        .iter()
        .position(|entry| entry.get("id").and_then(Node::as_str) == Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::words::words;
    use crate::feed::{self, json};
    use crate::i18n::Language;

    fn language(tag: &str) -> String {
        match tag {
            "en" => "English".into(),
            "fr" => "français".into(),
            tag => tag.into(),
        }
    }

    /// Every problem of `text` (reading and checks), in the organiser's words.
    fn problems(text: &str, lang: Language) -> Vec<Problem> {
        let loaded = feed::load(text);
        let mut all = loaded.diagnostics;
        if let Some(feed) = &loaded.feed {
            all.extend(feed::lint(feed));
        }
        let root = json::parse(text).ok();
        all.iter()
            .map(|d| describe(d, root.as_ref(), words(lang), &language))
            .collect()
    }

    const DRAFT: &str = r#"{
      "updated": "2026-05-01T09:00:00+02:00",
      "event": {"id": "ocean", "title": {"en": "Ocean Day", "fr": "Journée de l’océan"},
        "start": "2026-06-08", "end": "2026-06-08", "timezone": "Europe/Paris",
        "languages": ["fr", "en"]},
      "rooms": [{"id": "salle-1", "name": {"fr": "Salle des Assemblées", "en": "Assembly Hall"}}],
      "speakers": [{"id": "ines", "name": "Inès Moreau", "bio": "Océanographe."}],
      "sessions": [
        {"id": "ouverture", "title": {"fr": "Ouverture", "en": "Opening"}, "kind": "talk",
         "start": "2026-06-08T10:00:00+02:00", "end": "2026-06-08T11:00:00+02:00",
         "room": "salle-1", "speakers": ["ines"]},
        {"id": "carte", "title": {"fr": "Cartographier les abysses", "en": "Mapping the deep sea"},
         "kind": "talk", "start": "2026-06-08T10:30:00+02:00", "end": "2026-06-08T10:15:00+02:00",
         "room": "salle-1", "speakers": ["ines"]},
        {"id": "pause", "title": "", "kind": "coffee",
         "start": "2026-06-08T12:00:00+02:00", "end": "2026-06-08T12:30:00+02:00"}
      ]
    }"#;

    #[test]
    fn problems_name_the_entry_by_its_title_and_the_field_by_its_label() {
        let found = problems(DRAFT, Language::French);
        let lines: Vec<String> = found
            .iter()
            .map(|p| format!("{} : {}", p.place, p.says))
            .collect();
        let has = |line: &str| {
            assert!(
                lines.iter().any(|l| l == line),
                "{line:?} is not among {lines:#?}"
            )
        };
        has(
            "Séance « Cartographier les abysses », Fin : La fin (2026-06-08 10:15) vient avant le début (2026-06-08 10:30).",
        );
        has("Séance 3 (encore sans titre), Titre : Ce champ est vide.");
        has("Séance 3 (encore sans titre), Type : « coffee » ne fait pas partie des choix.");
    }

    #[test]
    fn a_clash_shows_on_both_sessions_naming_the_other_and_the_room() {
        let found = problems(DRAFT, Language::English);
        let mut clash: Vec<String> = found
            .iter()
            .filter(|p| p.help == words(Language::English).problem_room_clash_help)
            .map(|p| format!("{}: {}", p.place, p.says))
            .collect();
        clash.sort();
        assert_eq!(
            clash,
            [
                "Session “Cartographier les abysses”, Room: In Salle des Assemblées at the same time as “Ouverture”.",
                "Session “Ouverture”, Room: In Salle des Assemblées at the same time as “Cartographier les abysses”.",
            ]
        );
        let speaker: Vec<&str> = found
            .iter()
            .filter(|p| p.help == words(Language::English).problem_speaker_clash_help)
            .map(|p| p.says.as_str())
            .collect();
        assert_eq!(
            speaker,
            [
                "Inès Moreau is also in “Ouverture” at the same time.",
                "Inès Moreau is also in “Cartographier les abysses” at the same time.",
            ]
        );
    }

    #[test]
    fn a_text_in_one_language_is_named_with_it() {
        let draft = DRAFT.replace(r#""fr": "Ouverture""#, r#""fr": "  ""#);
        let found = problems(&draft, Language::English);
        assert!(
            found
                .iter()
                .any(|p| p.place == "Session “Opening”, Title (français)"
                    && p.says == "This field is empty."),
            "{found:#?}"
        );
    }

    #[test]
    fn a_duplicate_id_names_the_entry_that_has_it_first() {
        let draft = DRAFT.replace(r#""id": "carte""#, r#""id": "ouverture""#);
        let found = problems(&draft, Language::English);
        assert!(
            found.iter().any(|p| p.place == "Session “Cartographier les abysses”, Id"
                && p.says
                    == "Session “Ouverture” already has this id, so this entry is left out of the portal."),
            "{found:#?}"
        );
    }

    /// Every fixture of mistakes, in each of the six languages: no path, no backtick, no
    /// placeholder left unfilled, and each says where and what.
    #[test]
    fn no_problem_shows_a_path_a_backtick_or_a_placeholder_in_any_language() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut texts = vec![DRAFT.to_owned()];
        for folder in ["bad", "mistakes"] {
            for entry in std::fs::read_dir(format!("{root}/{folder}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "json") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let mut seen = 0;
        for text in &texts {
            for lang in Language::ALL {
                for p in problems(text, lang) {
                    seen += 1;
                    for shown in [&p.place, &p.says, p.help] {
                        assert!(
                            !shown.contains("$.") && !shown.contains('`'),
                            "{lang:?}: {p:?}"
                        );
                        assert!(
                            !shown.contains('{') || shown.contains("{\""),
                            "{lang:?}: {p:?}"
                        );
                    }
                    assert!(!p.place.is_empty() && !p.says.is_empty(), "{lang:?}: {p:?}");
                }
            }
        }
        assert!(seen > 100, "only {seen} problems read");
    }

    #[test]
    fn pickers_offer_titles_not_ids_numbered_when_two_read_the_same() {
        let draft = DRAFT.replace(
            r#"{"id": "salle-1", "name": {"fr": "Salle des Assemblées", "en": "Assembly Hall"}}"#,
            r#"{"id": "salle-1", "name": "Salle A"}, {"id": "salle-2", "name": "Salle A"}, {"id": "r3"}"#,
        );
        let root = json::parse(&draft).unwrap();
        assert_eq!(
            choices(&root, "rooms", words(Language::English)),
            [
                ("salle-1".to_owned(), "Salle A (1)".to_owned()),
                ("salle-2".to_owned(), "Salle A (2)".to_owned()),
                ("r3".to_owned(), "Room 3 (no title yet)".to_owned()),
            ]
        );
        assert_eq!(
            choices(&root, "sessions", words(Language::English))[1],
            ("carte".to_owned(), "Cartographier les abysses".to_owned())
        );
    }

    #[test]
    fn paths_read_back_as_steps() {
        assert_eq!(
            steps("$.sessions[2].title.fr"),
            [
                Step::Field("sessions"),
                Step::Index(2),
                Step::Field("title"),
                Step::Name("fr".into())
            ]
        );
        assert_eq!(steps("$"), []);
    }
}
