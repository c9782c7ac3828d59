//! An announcement drafted from what changed: a line for each change, in each of the
//! event's languages the portal speaks (the others in English), naming each entry by
//! its title in that language.

use super::diff::Change;
use super::document::{self, Step};
use super::words::{Words, fill, words};
use crate::feed::json::{Node, Value};
use crate::i18n::Language;

/// The sentence for a change, and the id of the entry it is about.
pub fn sentence<'a>(w: &Words, change: &'a Change) -> (&'static str, &'a str) {
    use Change::*;
    match change {
        SessionAdded(id) => (w.session_added, id),
        SessionRemoved(id) => (w.session_removed, id),
        SessionMoved(id) => (w.session_moved, id),
        SessionChangedRoom(id) => (w.session_changed_room, id),
        SessionRetitled(id) => (w.session_retitled, id),
        SessionCancelled(id) => (w.session_cancelled, id),
        SessionRestored(id) => (w.session_restored, id),
        SessionChanged(id) => (w.session_changed, id),
        SpeakerAdded(id) => (w.speaker_added, id),
        SpeakerRemoved(id) => (w.speaker_removed, id),
        SpeakerChanged(id) => (w.speaker_changed, id),
        DocumentAdded(id) => (w.document_added, id),
        DocumentRemoved(id) => (w.document_removed, id),
        DocumentChanged(id) => (w.document_changed, id),
        UpdateAdded(id) => (w.update_added, id),
        UpdateRemoved(id) => (w.update_removed, id),
        UpdateChanged(id) => (w.update_changed, id),
    }
}

/// The session a change is about, if it is about one still on the programme.
pub fn session(change: &Change) -> Option<&str> {
    use Change::*;
    match change {
        SessionAdded(id)
        | SessionMoved(id)
        | SessionChangedRoom(id)
        | SessionRetitled(id)
        | SessionCancelled(id)
        | SessionRestored(id)
        | SessionChanged(id) => Some(id),
        _ => None,
    }
}

/// The words of a language tag: the portal's own for its six, English for others.
pub fn words_for(tag: &str) -> &'static Words {
    words(Language::from_tag(tag).unwrap_or(Language::English))
}

/// A text: one string for a one-language event, else a text per language.
fn text(languages: &[String], each: impl Fn(&str) -> String) -> Node {
    if languages.len() == 1 {
        return document::string(&each(&languages[0]));
    }
    let mut texts = document::node(Value::Object(Vec::new()));
    for lang in languages {
        let edit = super::document::Edit::set(
            &texts,
            vec![Step::Name(lang.clone())],
            Some(document::string(&each(lang))),
        );
        edit.apply(&mut texts);
    }
    texts
}

/// The announcement of `changes`, with id `id`, published at `published`: titled
/// "Programme changes", a line per change, naming the sessions still on the programme.
/// `title_of(id, lang)` names an entry in a language.
pub fn draft(
    changes: &[Change],
    languages: &[String],
    id: &str,
    published: &str,
    title_of: impl Fn(&str, &str) -> String,
) -> Node {
    let title = text(languages, |lang| words_for(lang).update_title.to_owned());
    let body = text(languages, |lang| {
        let w = words_for(lang);
        changes
            .iter()
            .map(|change| {
                let (template, id) = sentence(w, change);
                fill(template, &[("title", &title_of(id, lang))])
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let mut sessions: Vec<Node> = Vec::new();
    for id in changes.iter().filter_map(session) {
        if !sessions.iter().any(|s| s.as_str() == Some(id)) {
            sessions.push(document::string(id));
        }
    }
    let mut fields = vec![
        ("id", document::string(id)),
        ("published", document::string(published)),
        ("title", title),
        ("body", body),
        ("important", document::node(Value::Bool(false))),
    ];
    if !sessions.is_empty() {
        fields.push(("sessions", document::node(Value::Array(sessions))));
    }
    let mut update = document::node(Value::Object(Vec::new()));
    for (name, value) in fields {
        super::document::Edit::set(&update, vec![Step::Field(name)], Some(value))
            .apply(&mut update);
    }
    update
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::format;

    #[test]
    fn each_change_is_a_line_in_each_language() {
        let changes = [
            Change::SessionMoved("opening".into()),
            Change::SessionCancelled("panel".into()),
            Change::SpeakerAdded("ana".into()),
            Change::SessionRemoved("gone".into()),
        ];
        let languages = vec!["en".to_owned(), "fr".to_owned()];
        let update = draft(
            &changes,
            &languages,
            "programme-changes",
            "2019-04-02T12:00:00-04:00",
            |id, lang| format!("{id}/{lang}"),
        );
        let text = format::write(&update);
        assert!(text.contains("\"en\": \"Programme changes\""), "{text}");
        assert!(
            text.contains("\"fr\": \"Modifications du programme\""),
            "{text}"
        );
        assert!(
            text.contains("\"en\": \"New time: opening/en\\nCancelled: panel/en\\nNew speaker: ana/en\\nSession removed: gone/en\""),
            "{text}"
        );
        assert!(text.contains("Nouvel horaire : opening/fr"), "{text}");
        let sessions = update.get("sessions").and_then(Node::as_array).unwrap();
        let ids: Vec<_> = sessions.iter().filter_map(Node::as_str).collect();
        assert_eq!(
            ids,
            ["opening", "panel"],
            "the sessions still on the programme"
        );
    }

    #[test]
    fn a_one_language_event_gets_plain_strings_and_other_languages_english() {
        let update = draft(
            &[Change::SessionAdded("a".into())],
            &["de".to_owned()],
            "u",
            "2019-04-02T12:00:00Z",
            |id, _| id.into(),
        );
        assert_eq!(
            update.get("title").and_then(Node::as_str),
            Some("Programme changes")
        );
        assert_eq!(
            update.get("body").and_then(Node::as_str),
            Some("New session: a")
        );
    }
}
