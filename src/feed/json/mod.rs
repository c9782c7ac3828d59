//! A small JSON parser that remembers where every value is.
//!
//! Why not `serde_json`: organisers need "line 12, column 5" for every problem, not only
//! for syntax errors, and the portal's size budget has no room for serde_json's
//! float-parsing tables (numbers in the feed are whole numbers). This parser keeps each
//! value's position, keeps object fields in file order, reports the first syntax error
//! with a message written for people, and never recurses deeper than [`MAX_DEPTH`], so no
//! input can exhaust the stack. It is tested against serde_json.

use std::fmt;

pub mod write;

pub use super::position::Position;
use super::sentence::sentence;

/// How deeply arrays and objects may nest. The feed needs 5; this leaves room.
pub const MAX_DEPTH: usize = 64;

/// A JSON value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub position: Position,
}

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, as written (it has been checked to be valid JSON).
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Fields in file order; a repeated name keeps every occurrence (see [`Node::get`]).
    Object(Vec<Field>),
}

/// One `"name": value` of an object.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    /// Where the name starts.
    pub position: Position,
    pub value: Node,
}

/// The first syntax error in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub position: Position,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.message.is_empty() {
            write!(f, "{} ", self.message)?;
        }
        write!(
            f,
            "(line {}, column {})",
            self.position.line, self.position.column
        )
    }
}

impl Node {
    /// The value of field `name` when this is an object; the last one if repeated, as
    /// browsers' `JSON.parse` does.
    pub fn get(&self, name: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(fields) => fields
                .iter()
                .rev()
                .find(|f| f.name == name)
                .map(|f| &f.value),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The number as a whole number of 0 or more, if it is one (`3`, `3.0` and `3e0` are).
    pub fn as_u64(&self) -> Option<u64> {
        let Value::Number(text) = &self.value else {
            return None;
        };
        let (mantissa, exponent) = match text.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse::<i32>().ok()?),
            None => (text.as_str(), 0),
        };
        if mantissa.starts_with('-') {
            return (mantissa.trim_start_matches(['-', '0', '.']).is_empty()).then_some(0);
        }
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let fraction = fraction.trim_end_matches('0');
        let digits = format!("{whole}{fraction}");
        let scale = exponent - fraction.len() as i32;
        if scale < 0 {
            // Only whole if the digits dropped are zeros.
            let keep = digits.len() as i32 + scale;
            if keep < 0 || !digits[keep.max(0) as usize..].bytes().all(|b| b == b'0') {
                return None;
            }
            return digits[..keep as usize]
                .parse::<u64>()
                .ok()
                .or(Some(0).filter(|_| keep == 0));
        }
        if scale > 19 {
            return digits.bytes().all(|b| b == b'0').then_some(0);
        }
        digits
            .parse::<u64>()
            .ok()?
            .checked_mul(10u64.checked_pow(scale as u32)?)
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }
}

/// Parses a whole JSON text.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        column: 1,
    };
    parser.skip_space();
    if parser.at == parser.bytes.len() {
        return Err(parser.error("the file is empty; a feed is a JSON object starting with {"));
    }
    let node = parser.value(0)?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error(
            "unexpected text after the end of the JSON value; is a `,` or a `{` missing, or an extra `}`?",
        ));
    }
    Ok(node)
}

struct Parser<'t> {
    bytes: &'t [u8],
    at: usize,
    line: u32,
    column: u32,
}

/// Describes the byte found, for messages.
fn found(byte: Option<u8>) -> String {
    match byte {
        None => "the end of the file".into(),
        Some(b) if b.is_ascii_graphic() => sentence!("`{}`", b as char),
        Some(b' ') => "a space".into(),
        Some(_) => "an unexpected character".into(),
    }
}

impl Parser<'_> {
    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    /// The error here. Without `sentences` (the visitors' bundle) the message is left out,
    /// and with it its text: the visitors' console names the position and the code.
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            message: if cfg!(feature = "sentences") {
                message.into()
            } else {
                String::new()
            },
            position: self.position(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Moves past one byte, keeping line and column (columns count characters).
    fn bump(&mut self) {
        if let Some(&b) = self.bytes.get(self.at) {
            self.at += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    fn expect_word(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(value)
        } else {
            Err(self.error(sentence!(
                "unexpected {}; text values need double quotes, like \"this\"",
                found(self.peek())
            )))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let position = self.position();
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.expect_word("true", Value::Bool(true))?,
            Some(b'f') => self.expect_word("false", Value::Bool(false))?,
            Some(b'n') => self.expect_word("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'\'') => {
                return Err(self.error("JSON text needs double quotes (\"), not single quotes"));
            }
            other => {
                return Err(self.error(sentence!("expected a value, found {}", found(other))));
            }
        };
        Ok(Node { value, position })
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("the JSON nests too deeply"));
        }
        self.bump(); // {
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_space();
            let position = self.position();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => {
                    return Err(self
                        .error("a comma before `}` has nothing after it; remove the last comma"));
                }
                other => {
                    return Err(self.error(sentence!(
                        "expected a field name in double quotes, found {}",
                        found(other)
                    )));
                }
            }
            let name = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error(sentence!(
                    "expected `:` after the field name \"{name}\", found {}",
                    found(self.peek())
                )));
            }
            self.bump();
            self.skip_space();
            let value = self.value(depth + 1)?;
            fields.push(Field {
                name,
                position,
                value,
            });
            self.skip_space();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::Object(fields));
                }
                Some(b'"') => {
                    return Err(self.error("expected `,` between two fields; is a comma missing?"));
                }
                other => {
                    return Err(self.error(sentence!(
                        "expected `,` or `}}` after a field, found {}",
                        found(other)
                    )));
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("the JSON nests too deeply"));
        }
        self.bump(); // [
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            if self.peek() == Some(b']') {
                return Err(
                    self.error("a comma before `]` has nothing after it; remove the last comma")
                );
            }
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                other => {
                    return Err(self.error(sentence!(
                        "expected `,` or `]` after a list item, found {}",
                        found(other)
                    )));
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("`\\u` must be followed by four hexadecimal digits"))?;
            code = code * 16 + digit;
            self.bump();
        }
        Ok(code)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.bump(); // "
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.bump();
            }
            // The input is a &str and we stopped at ASCII bytes: this is whole characters.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.bump();
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.bump();
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                if !self.bytes[self.at..].starts_with(b"\\u") {
                                    return Err(
                                        self.error("an unpaired surrogate in a `\\u` escape")
                                    );
                                }
                                self.bump();
                                self.bump();
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(
                                        self.error("an unpaired surrogate in a `\\u` escape")
                                    );
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            out.push(char::from_u32(code).ok_or_else(|| {
                                self.error("an unpaired surrogate in a `\\u` escape")
                            })?);
                            continue;
                        }
                        _ => {
                            return Err(self.error(
                                "unknown escape; write a backslash as \\\\ and a quote as \\\"",
                            ));
                        }
                    };
                    self.bump();
                    out.push(escaped);
                }
                Some(b'\n') => {
                    return Err(self.error(
                        "a line break inside text; end the text with \" or write a line break as \\n",
                    ));
                }
                Some(_) => {
                    return Err(self.error("a control character inside text; write a tab as \\t"));
                }
                None => {
                    return Err(self.error("the file ends inside a text; is a closing \" missing?"));
                }
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let leading_zero = self.peek() == Some(b'0');
        let whole = self.digits();
        if whole == 0 {
            return Err(self.error("a number needs digits after `-`"));
        }
        if leading_zero && whole > 1 {
            return Err(self.error("numbers may not start with 0; write 7, not 07"));
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if self.digits() == 0 {
                return Err(self.error("a number needs digits after its `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if self.digits() == 0 {
                return Err(self.error("a number needs digits after its exponent"));
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default();
        Ok(Value::Number(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_at(text: &str) -> (u32, u32, String) {
        let e = parse(text).unwrap_err();
        (e.position.line, e.position.column, e.message)
    }

    #[test]
    fn keeps_positions_and_order() {
        let node =
            parse("{\n  \"b\": [1, true, null],\n  \"a\": \"é\\u00e9\\ud83d\\ude00\"\n}").unwrap();
        let Value::Object(fields) = &node.value else {
            panic!()
        };
        assert_eq!(fields[0].name, "b");
        assert_eq!(fields[0].position, Position { line: 2, column: 3 });
        assert_eq!(fields[1].value.position, Position { line: 3, column: 8 });
        assert_eq!(node.get("a").unwrap().as_str(), Some("éé😀"));
        assert_eq!(node.get("b").unwrap().as_array().unwrap().len(), 3);
    }

    #[test]
    fn points_at_the_mistake() {
        assert_eq!(error_at("{\"a\": 1 \"b\": 2}").0, 1);
        assert_eq!(error_at("{\"a\": 1 \"b\": 2}").1, 9);
        let (line, column, _) = error_at("{\"a\": 1,\n}");
        assert_eq!((line, column), (2, 1));
    }

    #[test]
    #[cfg(feature = "sentences")]
    fn says_what_is_wrong() {
        assert!(
            error_at("{\"a\": 1,\n}")
                .2
                .contains("remove the last comma")
        );
        assert!(error_at("{'a': 1}").2.contains("double quotes"));
        assert!(error_at("{\"a\": tru}").2.contains("double quotes"));
        assert!(error_at("{\"a\": 01}").2.contains("not 07"));
        assert!(error_at("{\"a\": \"x").2.contains("ends inside a text"));
        assert!(error_at("").2.contains("empty"));
        assert!(error_at("{} {}").2.contains("after the end"));
        assert_eq!(error_at(&"[".repeat(100)).2, "the JSON nests too deeply");
    }

    #[test]
    fn reads_whole_numbers() {
        let n = |t: &str| parse(t).unwrap().as_u64();
        assert_eq!(n("990"), Some(990));
        assert_eq!(n("0"), Some(0));
        assert_eq!(n("3.0"), Some(3));
        assert_eq!(n("1e3"), Some(1000));
        assert_eq!(n("2.5e1"), Some(25));
        assert_eq!(n("1200e-2"), Some(12));
        assert_eq!(n("-0"), Some(0));
        assert_eq!(n("2.5"), None);
        assert_eq!(n("-1"), None);
        assert_eq!(n("1e-2"), None);
        assert_eq!(n("18446744073709551615"), Some(u64::MAX));
        assert_eq!(n("18446744073709551616"), None);
        assert_eq!(n("\"7\""), None);
    }
}
