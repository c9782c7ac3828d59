//! Writing JSON: the one string escaper, and [`Json`], a value built by code (the
//! exports, `feedcheck check --format json`). No serde at run time, so the same code
//! serves the portal (the JSON-LD in the page's head) and the command-line tools.
//! [`crate::feed::format`] writes a parsed feed with the same escaper. A leaf: it
//! depends on nothing else of the crate.

use std::fmt::Write;

/// A JSON value to write. Objects keep their fields in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(i64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    /// A string value.
    pub fn str(text: impl Into<String>) -> Self {
        Json::String(text.into())
    }

    /// The value as compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Json::String(s) => string::<SCRIPT>(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (name, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    string::<SCRIPT>(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// How much a string is escaped: a const parameter, so each build carries only the
/// escaper it uses (the visitors' wasm writes JSON-LD alone).
pub type Escape = bool;
/// What JSON requires and no more, as `JSON.stringify` writes it: the files an
/// organiser edits (`feedcheck fmt`, the editor's save).
pub const PLAIN: Escape = false;
/// Also `<`, U+2028 and U+2029, so the text can stand inside an HTML `<script>` element
/// without ending it (the JSON-LD in the page's head), and in old JavaScript.
pub const SCRIPT: Escape = true;

/// `text` as a JSON string, escaped per RFC 8259 (and [`SCRIPT`] or [`PLAIN`]), onto
/// `out`.
pub fn string<const ESCAPE: Escape>(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' if ESCAPE == SCRIPT => out.push_str("\\u003c"),
            // As JSON.stringify writes them; the script form writes them below.
            '\u{8}' if ESCAPE == PLAIN => out.push_str("\\b"),
            '\u{c}' if ESCAPE == PLAIN => out.push_str("\\f"),
            c if (c as u32) < 0x20
                || (ESCAPE == SCRIPT && (c == '\u{2028}' || c == '\u{2029}')) =>
            {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_json_and_html_need() {
        let value = Json::Object(vec![
            (
                "a",
                Json::str("quote \" backslash \\ newline \n tab \t </script> \u{1}"),
            ),
            (
                "b",
                Json::Array(vec![Json::Number(-3), Json::Bool(true), Json::Null]),
            ),
        ]);
        assert_eq!(
            value.to_text(),
            r#"{"a":"quote \" backslash \\ newline \n tab \t \u003c/script> \u0001","b":[-3,true,null]}"#
        );
    }

    #[test]
    fn plain_escapes_as_json_stringify_does() {
        let mut out = String::new();
        string::<PLAIN>("a\u{8}\u{c}\u{1f}</script>\u{2028}é", &mut out);
        assert_eq!(out, "\"a\\b\\f\\u001f</script>\u{2028}é\"");
    }
}
