//! Translation coverage: for each of the event's languages, the texts that do not have
//! it yet. A plain string is the event's first language (as the portal reads it); a
//! text per language has the languages it names.

use super::document::{Path, Step};
use super::form::{self, Input, Spec};
use crate::feed::json::{Node, Value};

/// The texts missing one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub lang: String,
    /// Where each text missing it is (its field).
    pub paths: Vec<Path>,
    /// How many translatable texts the feed has.
    pub texts: usize,
}

/// The event's languages, first one first (English when it names none).
pub fn languages(root: &Node) -> Vec<String> {
    let listed: Vec<String> = root
        .get("event")
        .and_then(|event| event.get("languages"))
        .and_then(Node::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(|tag| tag.as_str().map(str::to_owned))
        .collect();
    if listed.is_empty() {
        vec!["en".to_owned()]
    } else {
        listed
    }
}

/// Whether the text at a field has `lang` (`first`: the event's first language).
pub fn has(text: &Node, lang: &str, first: &str) -> bool {
    match &text.value {
        Value::String(s) => lang == first && !s.trim().is_empty(),
        Value::Object(fields) => fields
            .iter()
            .any(|f| f.name == lang && f.value.as_str().is_some_and(|s| !s.trim().is_empty())),
        _ => false,
    }
}

/// Every translatable text in `node` with fields `specs`, at `path`: `visit(path, text)`.
fn texts(node: &Node, specs: &[Spec], path: &mut Path, visit: &mut impl FnMut(&Path, &Node)) {
    for spec in specs {
        let Some(value) = node.get(spec.name) else {
            continue;
        };
        path.push(Step::Field(spec.name));
        match spec.input {
            Input::Line(true) | Input::Paragraphs(true) => visit(path, value),
            Input::Group(inner) => texts(value, inner, path, visit),
            Input::List(inner) => {
                for (i, entry) in value.as_array().unwrap_or_default().iter().enumerate() {
                    path.push(Step::Index(i));
                    texts(entry, inner, path, visit);
                    path.pop();
                }
            }
            _ => {}
        }
        path.pop();
    }
}

/// Every translatable text of the feed, with where it is.
pub fn every_text(root: &Node, mut visit: impl FnMut(&Path, &Node)) {
    let mut path = Vec::new();
    if let Some(event) = root.get("event") {
        path.push(Step::Field("event"));
        texts(event, form::EVENT, &mut path, &mut visit);
        path.pop();
    }
    for section in form::SECTIONS {
        let entries = root
            .get(section.list)
            .and_then(Node::as_array)
            .unwrap_or_default();
        for (i, entry) in entries.iter().enumerate() {
            path.extend([Step::Field(section.list), Step::Index(i)]);
            texts(entry, section.fields, &mut path, &mut visit);
            path.truncate(0);
        }
    }
}

/// For each of the event's languages, the texts still missing it.
pub fn coverage(root: &Node) -> Vec<Missing> {
    let languages = languages(root);
    let first = languages[0].clone();
    let mut out: Vec<Missing> = languages
        .into_iter()
        .map(|lang| Missing {
            lang,
            paths: Vec::new(),
            texts: 0,
        })
        .collect();
    every_text(root, |path, text| {
        for missing in &mut out {
            missing.texts += 1;
            if !has(text, &missing.lang, &first) {
                missing.paths.push(path.clone());
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::document::path_text;
    use crate::feed::json::parse;

    #[test]
    fn each_language_lists_the_texts_it_lacks() {
        let root = parse(
            r#"{"event": {"title": {"en": "Day", "fr": "Jour"}, "languages": ["en", "fr"],
                 "venue": {"name": "Hall"}},
                "sessions": [{"id": "a", "title": "Opening", "abstract": {"fr": "Bienvenue"}, "room": "x"}],
                "speakers": [{"id": "s", "name": "Ana", "role": "Chair", "links": [{"title": "Site", "url": "https://a.org"}]}]}"#,
        )
        .unwrap();
        let coverage = coverage(&root);
        let paths = |i: usize| {
            coverage[i]
                .paths
                .iter()
                .map(|p| path_text(p))
                .collect::<Vec<_>>()
        };
        assert_eq!(coverage[0].lang, "en");
        assert_eq!(paths(0), ["$.sessions[0].abstract"]);
        assert_eq!(coverage[1].lang, "fr");
        assert_eq!(
            paths(1),
            [
                "$.event.venue.name",
                "$.sessions[0].title",
                "$.speakers[0].role",
                "$.speakers[0].links[0].title"
            ]
        );
        assert_eq!(coverage[1].texts, 6, "names and ids are not translated");
    }

    #[test]
    fn an_event_with_no_languages_is_in_english() {
        let root = parse(r#"{"event": {"title": "Day"}}"#).unwrap();
        let coverage = coverage(&root);
        assert_eq!(coverage.len(), 1);
        assert_eq!(coverage[0].lang, "en");
        assert!(coverage[0].paths.is_empty());
    }
}
