//! What "Start a new event" opens: an empty event whose one language is the organiser's
//! own (the editor's), ready for more. Its errors (no title, no dates) are the first
//! things the checks point at.

use crate::feed::json::{self, Node};

/// An empty event in language `lang` (a tag: `fr`).
pub fn new_event(lang: &str) -> Node {
    let text = r#"{
  "$schema": "event.schema.json",
  "event": {
    "title": "",
    "start": "",
    "end": "",
    "timezone": "UTC",
    "languages": [LANG]
  },
  "rooms": [],
  "tracks": [],
  "speakers": [],
  "sessions": [],
  "documents": [],
  "updates": []
}"#
    .replace("LANG", &format!("\"{}\"", tag(lang)));
    json::parse(&text).expect("the new event is JSON")
}

/// `lang` as a tag can be written: letters, digits and hyphens (the editor's own tags).
fn tag(lang: &str) -> String {
    lang.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::coverage::languages;

    #[test]
    fn a_new_event_is_in_the_organisers_language() {
        assert_eq!(languages(&new_event("fr")), ["fr"]);
        assert_eq!(languages(&new_event("ar")), ["ar"]);
        let event = new_event("en");
        assert_eq!(
            event
                .get("event")
                .and_then(|e| e.get("title"))
                .and_then(Node::as_str),
            Some("")
        );
    }
}
