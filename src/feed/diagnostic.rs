//! Problems found in a feed, each with the JSON path where it is.

use std::fmt;

use super::json::Position;

/// Whether a problem stops the entry it is in from being used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The value was dropped or the feed could not be used.
    Error,
    /// The feed works, but something is probably a mistake.
    Warning,
}

/// A stable name for each kind of problem, for tools and tests (`unknown-reference`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// Not JSON at all.
    Syntax,
    /// A value of the wrong JSON type.
    Type,
    /// A required field is absent.
    Missing,
    /// A string that must say something is empty.
    Empty,
    /// A value outside the allowed set or range.
    Value,
    /// A field the format does not know (a warning: it may be a typo).
    UnknownField,
    /// The same field twice in one object (a warning: the last one is used).
    DuplicateField,
    DuplicateId,
    UnknownReference,
    /// A date or time that is not RFC 3339.
    BadTime,
    /// A date-time without its UTC offset.
    MissingOffset,
    EndBeforeStart,
    /// A session or update outside the event's dates.
    OutsideEvent,
    UnknownTimeZone,
    /// `refresh` outside 5..=3600 seconds.
    RefreshRange,
    /// A URL scheme other than https, http and mailto.
    UnsafeUrl,
    /// A relative URL that leaves the site.
    EscapingUrl,
    /// A URL that is malformed in another way.
    BadUrl,
}

impl Code {
    /// The kebab-case name used in fixtures and machine-readable output.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "syntax",
            Code::Type => "type",
            Code::Missing => "missing",
            Code::Empty => "empty",
            Code::Value => "value",
            Code::UnknownField => "unknown-field",
            Code::DuplicateField => "duplicate-field",
            Code::DuplicateId => "duplicate-id",
            Code::UnknownReference => "unknown-reference",
            Code::BadTime => "bad-time",
            Code::MissingOffset => "missing-offset",
            Code::EndBeforeStart => "end-before-start",
            Code::OutsideEvent => "outside-event",
            Code::UnknownTimeZone => "unknown-time-zone",
            Code::RefreshRange => "refresh-range",
            Code::UnsafeUrl => "unsafe-url",
            Code::EscapingUrl => "escaping-url",
            Code::BadUrl => "bad-url",
        }
    }
}

/// One problem: where it is (`$.sessions[2].speakers[0]`), what kind, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    /// JSONPath of the offending value, starting at `$`.
    pub path: String,
    /// Line and column of the offending value in the file, when known.
    pub position: Option<Position>,
    /// A sentence for the organiser, in English.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    /// `12:5: error: $.sessions[2].end: ends before it starts (end-before-start)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(
            f,
            "{severity}: {}: {} ({})",
            self.path,
            self.message,
            self.code.as_str()
        )
    }
}
