//! Ids made from titles. A new entry's id is an address (`/agenda/<id>`), so it is made
//! from what the organiser types as its title or name ("Mapping the deep sea" becomes
//! `mapping-the-deep-sea`), and follows it while it is still the editor's own: not
//! typed by hand, and not published (a published id is a link someone may have shared).

use super::document::{Edit, Path, Step};
use super::form::Section;
use super::kept::pick_title;
use super::refs::Kind;
use crate::feed::json::Node;

/// The id a title makes: lower case ASCII letters and digits, words joined by hyphens,
/// accents dropped; "" when nothing is left (a title in a script with no Latin letters:
/// the entry keeps the id it has).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = unaccented(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    // Long titles make long addresses: cut at a word, within 60 characters.
    if out.len() <= 60 {
        return out.to_owned();
    }
    let cut = out[..60].rfind('-').unwrap_or(60);
    out[..cut].to_owned()
}

/// `c` without its accent, for the Latin letters of the languages organisers write in.
fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// Whether `id` is `base`, or `base` with a number after it (`session-2`).
fn is_made_from(id: &str, base: &str) -> bool {
    !base.is_empty()
        && id.strip_prefix(base).is_some_and(|rest| {
            rest.is_empty()
                || rest
                    .strip_prefix('-')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The entry a change of its title or name at `path` was made in, when `path` is one:
/// its list's section, its index, and the language of the text changed (`None`: the
/// title is one text).
pub fn titled_entry(path: &[Step]) -> Option<(&'static Section, usize, Option<&str>)> {
    let name = |step: &Step| match step {
        Step::Field(name) => Some(name.to_string()),
        Step::Name(name) => Some(name.clone()),
        Step::Index(_) => None,
    };
    let [list, Step::Index(index), label, rest @ ..] = path else {
        return None;
    };
    let section = super::form::section(&name(list)?)?;
    if name(label)? != section.label {
        return None;
    }
    match rest {
        [] => Some((section, *index, None)),
        [Step::Name(lang)] => Some((section, *index, Some(lang.as_str()))),
        _ => None,
    }
}

/// After the title or name of entry `index` of `section`'s list changed from `before` (in
/// `lang`, the event's first language): the edit that makes its id from the new one,
/// when its id is still the editor's own (the list's base for new entries, or made from
/// the title it had) and not among the `published` ids, and the new title makes an id.
/// References to the entry follow (a rename).
pub fn follow_title(
    doc: &Node,
    section: &Section,
    index: usize,
    before: &str,
    lang: &str,
    published: &[String],
) -> Option<Edit> {
    let entry = doc.get(section.list)?.as_array()?.get(index)?;
    let id = entry.get("id")?.as_str()?;
    let made = is_made_from(id, section.new_id) || is_made_from(id, &slug(before));
    if !made || published.iter().any(|known| known == id) {
        return None;
    }
    let wanted = slug(&pick_title(entry.get(section.label)?, lang).0);
    if wanted.is_empty() || is_made_from(id, &wanted) {
        return None;
    }
    let taken = |candidate: &str| {
        doc.get(section.list)
            .and_then(Node::as_array)
            .unwrap_or_default()
            .iter()
            .any(|other| other.get("id").and_then(Node::as_str) == Some(candidate))
    };
    let new = std::iter::once(wanted.clone())
        .chain((2..).map(|n| format!("{wanted}-{n}")))
        .find(|candidate| !taken(candidate))?;
    Some(
        match Kind::ALL
            .into_iter()
            .find(|kind| kind.list() == section.list)
        {
            Some(kind) => Edit::Rename {
                kind,
                old: id.to_owned(),
                new,
            },
            // Nothing names an announcement by id: its id is set.
            None => {
                let path: Path = vec![
                    Step::Field(section.list),
                    Step::Index(index),
                    Step::Field("id"),
                ];
                Edit::set(doc, path, Some(super::document::string(&new)))
            }
        },
    )
}

/// After the event's title at `path` changed from `before` (in `lang`, the event's first
/// language): the edit that makes the event's id from the new one, when the id is still
/// the editor's own (none yet, or made from the title it had) and not `published` (the
/// id of the event this portal publishes).
pub fn follow_event_title(
    doc: &Node,
    path: &[Step],
    before: &str,
    lang: &str,
    published: Option<&str>,
) -> Option<Edit> {
    let is = |step: &Step, name: &str| {
        matches!(step, Step::Field(n) if *n == name) || matches!(step, Step::Name(n) if n == name)
    };
    match path {
        [event, title] | [event, title, Step::Name(_)]
            if is(event, "event") && is(title, "title") => {}
        _ => return None,
    }
    let event = doc.get("event")?;
    let id = event.get("id").and_then(Node::as_str).unwrap_or_default();
    let made = id.is_empty() || id == slug(before);
    if !made || published == Some(id) {
        return None;
    }
    let wanted = slug(&pick_title(event.get("title")?, lang).0);
    if wanted.is_empty() || wanted == id {
        return None;
    }
    let at: Path = vec![Step::Field("event"), Step::Field("id")];
    Some(Edit::set(doc, at, Some(super::document::string(&wanted))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::form::section;
    use crate::feed::json::parse;

    #[test]
    fn a_title_makes_a_readable_address() {
        assert_eq!(slug("Mapping the deep sea"), "mapping-the-deep-sea");
        assert_eq!(
            slug("  Journée d'ouverture : l'océan ! "),
            "journee-d-ouverture-l-ocean"
        );
        assert_eq!(slug("Ocean Day 2027"), "ocean-day-2027");
        assert_eq!(
            slug("الجلسة الافتتاحية"),
            "",
            "no Latin letters: no id from it"
        );
        let long = slug(&"word ".repeat(30));
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    }

    fn draft() -> Node {
        parse(
            r#"{"event": {"languages": ["en"]},
                "rooms": [{"id": "room", "name": "Auditorium"}, {"id": "auditorium-2", "name": "x"}],
                "sessions": [
                    {"id": "session", "room": "room", "title": "Opening"},
                    {"id": "keynote", "title": "A keynote, renamed by hand"},
                    {"id": "published", "title": "Published"}],
                "updates": [{"id": "update", "title": "Doors open"}]}"#,
        )
        .unwrap()
    }

    fn follow(doc: &Node, list: &str, index: usize, before: &str) -> Option<Edit> {
        follow_title(
            doc,
            section(list).unwrap(),
            index,
            before,
            "en",
            &["published".into()],
        )
    }

    #[test]
    fn a_new_entry_s_id_follows_its_title_and_what_names_it_follows_too() {
        let mut doc = draft();
        let edit = follow(&doc, "rooms", 0, "").expect("made from the name");
        assert!(edit.apply(&mut doc));
        let rooms = doc.get("rooms").unwrap().as_array().unwrap();
        assert_eq!(rooms[0].get("id").unwrap().as_str(), Some("auditorium"));
        let sessions = doc.get("sessions").unwrap().as_array().unwrap();
        assert_eq!(
            sessions[0].get("room").unwrap().as_str(),
            Some("auditorium")
        );
        // Made from the title it had: it follows the next one too.
        let edit = follow(&doc, "sessions", 0, "").unwrap();
        assert!(edit.apply(&mut doc));
        let path = [
            Step::Field("sessions"),
            Step::Index(0),
            Step::Field("title"),
        ];
        let before = Edit::set(
            &doc,
            path.to_vec(),
            Some(super::super::document::string("Welcome")),
        );
        assert!(before.apply(&mut doc));
        assert!(
            follow(&doc, "sessions", 0, "Opening")
                .unwrap()
                .apply(&mut doc)
        );
        let sessions = doc.get("sessions").unwrap().as_array().unwrap();
        assert_eq!(sessions[0].get("id").unwrap().as_str(), Some("welcome"));
        // An announcement is named by nothing: its id is set.
        assert!(follow(&doc, "updates", 0, "").unwrap().apply(&mut doc));
        let updates = doc.get("updates").unwrap().as_array().unwrap();
        assert_eq!(updates[0].get("id").unwrap().as_str(), Some("doors-open"));
    }

    #[test]
    fn an_id_typed_by_hand_or_published_stays() {
        let doc = draft();
        assert_eq!(
            follow(&doc, "sessions", 1, "A keynote"),
            None,
            "typed by hand"
        );
        assert_eq!(follow(&doc, "sessions", 2, "Draft"), None, "published");
    }

    #[test]
    fn a_taken_id_gets_a_number_and_only_the_title_s_field_counts() {
        let mut doc = draft();
        let both = parse(r#"{"id": "auditorium", "name": "Other"}"#).unwrap();
        let insert = Edit::insert(&doc, vec![Step::Field("rooms")], 2, both);
        assert!(insert.apply(&mut doc));
        let Some(Edit::Rename { new, .. }) = follow(&doc, "rooms", 0, "") else {
            panic!("a rename");
        };
        assert_eq!(new, "auditorium-3", "auditorium and auditorium-2 are taken");
        let title = [
            Step::Field("sessions"),
            Step::Index(0),
            Step::Field("title"),
        ];
        assert!(titled_entry(&title).is_some());
        let french = [
            Step::Field("sessions"),
            Step::Index(0),
            Step::Field("title"),
            Step::Name("fr".into()),
        ];
        assert_eq!(
            titled_entry(&french).map(|(_, _, lang)| lang),
            Some(Some("fr"))
        );
        let room = [Step::Field("sessions"), Step::Index(0), Step::Field("room")];
        assert!(titled_entry(&room).is_none());
    }

    #[test]
    fn a_new_events_id_follows_its_title_until_typed_or_published() {
        let title = vec![Step::Field("event"), Step::Field("title")];
        let made = |text: &str, before: &str, published: Option<&str>| {
            let mut doc = parse(text).unwrap();
            follow_event_title(&doc, &title, before, "en", published).map(|edit| {
                edit.apply(&mut doc);
                doc.get("event")
                    .unwrap()
                    .get("id")
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
        };
        // None yet: made from the title.
        assert_eq!(
            made(r#"{"event": {"title": "Ocean Day 2027"}}"#, "", None).as_deref(),
            Some("ocean-day-2027")
        );
        // Made from the title it had: follows.
        assert_eq!(
            made(
                r#"{"event": {"id": "ocean-day", "title": "Ocean Day 2027"}}"#,
                "Ocean Day",
                None
            )
            .as_deref(),
            Some("ocean-day-2027")
        );
        // Typed by hand, or published: stays.
        assert_eq!(
            made(
                r#"{"event": {"id": "od27", "title": "Ocean Day 2027"}}"#,
                "Ocean Day",
                None
            ),
            None
        );
        assert_eq!(
            made(
                r#"{"event": {"id": "ocean-day", "title": "Ocean Day 2027"}}"#,
                "Ocean Day",
                Some("ocean-day")
            ),
            None
        );
        // Not the event's title: nothing.
        let doc = parse(r#"{"event": {"title": "Ocean Day"}}"#).unwrap();
        let subtitle = vec![Step::Field("event"), Step::Field("subtitle")];
        assert_eq!(follow_event_title(&doc, &subtitle, "", "en", None), None);
    }
}
