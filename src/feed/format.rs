//! The feed written the same way every time, so that a one-field change is a one-line
//! diff: as `JSON.stringify(feed, null, 2)` and most editors' "format document" write
//! JSON (two-space indent, one entry a line), with each object's fields in the format's
//! order ([`super::fields`]), those it does not know after them as they came; numbers as
//! written; a newline at the end. Nothing is added, dropped or reordered inside a list.
//! `feedcheck fmt` writes it, and the organisers' editor saves with it.

use super::fields;
use super::json::write::{PLAIN, string};
use super::json::{self, Node, SyntaxError, Value};

/// What an object is, for the order of its fields.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Feed,
    Event,
    Venue,
    Organiser,
    Contact,
    Link,
    Room,
    Track,
    Speaker,
    Session,
    Document,
    Update,
    /// Texts by language, and whatever the format does not know: as they came.
    AsItCame,
}

impl Shape {
    fn fields(self) -> &'static [&'static str] {
        match self {
            Shape::Feed => fields::FEED,
            Shape::Event => fields::EVENT,
            Shape::Venue => fields::VENUE,
            Shape::Organiser => fields::ORGANISER,
            Shape::Contact => fields::CONTACT,
            Shape::Link => fields::LINK,
            Shape::Room => fields::ROOM,
            Shape::Track => fields::TRACK,
            Shape::Speaker => fields::SPEAKER,
            Shape::Session => fields::SESSION,
            Shape::Document => fields::DOCUMENT,
            Shape::Update => fields::UPDATE,
            Shape::AsItCame => &[],
        }
    }

    /// The shape of field `name`'s value (of its entries, for a list).
    fn of(self, name: &str) -> Shape {
        match (self, name) {
            (Shape::Feed, "event") => Shape::Event,
            (Shape::Feed, "rooms") => Shape::Room,
            (Shape::Feed, "tracks") => Shape::Track,
            (Shape::Feed, "speakers") => Shape::Speaker,
            (Shape::Feed, "sessions") => Shape::Session,
            (Shape::Feed, "documents") => Shape::Document,
            (Shape::Feed, "updates") => Shape::Update,
            (Shape::Event, "venue") => Shape::Venue,
            (Shape::Event, "organisers") => Shape::Organiser,
            (Shape::Event, "contact") => Shape::Contact,
            (Shape::Event | Shape::Speaker, "links") => Shape::Link,
            _ => Shape::AsItCame,
        }
    }
}

/// `text` (a feed) in the one way the portal's tools write it; the syntax error when it
/// is not JSON.
pub fn canonical(text: &str) -> Result<String, SyntaxError> {
    let root = json::parse(text)?;
    Ok(write(&root))
}

/// A parsed feed in the one way the portal's tools write it.
pub fn write(root: &Node) -> String {
    let mut out = String::new();
    value(root, Shape::Feed, 0, &mut out);
    out.push('\n');
    out
}

fn indent(depth: usize, out: &mut String) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn value(node: &Node, shape: Shape, depth: usize, out: &mut String) {
    match &node.value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => string::<PLAIN>(s, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                indent(depth + 1, out);
                value(item, shape, depth + 1, out);
            }
            out.push('\n');
            indent(depth, out);
            out.push(']');
        }
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Object(members) => {
            let order = shape.fields();
            let rank = |name: &str| order.iter().position(|f| *f == name).unwrap_or(order.len());
            let mut sorted: Vec<_> = members.iter().collect();
            // Stable: unknown fields, and a field given twice, keep the order they came in.
            sorted.sort_by_key(|member| rank(&member.name));
            out.push_str("{\n");
            for (i, member) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                indent(depth + 1, out);
                string::<PLAIN>(&member.name, out);
                out.push_str(": ");
                value(&member.value, shape.of(&member.name), depth + 1, out);
            }
            out.push('\n');
            indent(depth, out);
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_take_the_format_s_order_and_unknown_ones_follow_as_they_came() {
        let text = r#"{"sessions":[{"title":"B","zeta":1,"id":"b","alpha":[]}],"event":{"title":{"fr":"T","en":"T"},"id":"e"},"x":{}}"#;
        assert_eq!(
            canonical(text).unwrap(),
            r#"{
  "event": {
    "id": "e",
    "title": {
      "fr": "T",
      "en": "T"
    }
  },
  "sessions": [
    {
      "id": "b",
      "title": "B",
      "zeta": 1,
      "alpha": []
    }
  ],
  "x": {}
}
"#
        );
    }

    #[test]
    fn lists_take_a_line_an_entry_and_strings_keep_their_text() {
        let text = "{\"event\":{\"languages\":[\"en\",\"fr\"]},\"n\":[1.50,-2e3,true,null],\"s\":\"a\\u0022\\n\\u00e9\\u2028</\"}";
        let out = canonical(text).unwrap();
        assert!(
            out.contains("\"languages\": [\n      \"en\",\n      \"fr\"\n    ]"),
            "{out}"
        );
        assert!(
            out.contains("\"n\": [\n    1.50,\n    -2e3,\n    true,\n    null\n  ]"),
            "{out}"
        );
        assert!(out.contains("\"s\": \"a\\\"\\né\u{2028}</\""), "{out}");
        // It reads back as the same document (serde_json: native only).
        #[cfg(not(target_arch = "wasm32"))]
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&out).unwrap(),
            serde_json::from_str::<serde_json::Value>(text).unwrap()
        );
    }

    #[test]
    fn writing_twice_changes_nothing_and_the_sample_is_written_this_way() {
        let sample = include_str!("../../public/event.json");
        let once = canonical(sample).unwrap();
        assert_eq!(canonical(&once).unwrap(), once);
        assert!(
            once == sample,
            "public/event.json is not in the canonical form: run `feedcheck fmt public/event.json`"
        );
    }

    #[test]
    fn a_syntax_error_is_said_not_written() {
        assert!(canonical("{\"event\": ").is_err());
    }
}
