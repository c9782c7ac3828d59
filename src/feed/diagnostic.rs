//! Problems found in a feed, each with the JSON path where it is.

use std::fmt;

use super::order::sorted_positions;
use super::position::{Position, Source};

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
    // Warnings of the organisers' checker (`feed::lint` and `feedcheck`), not of reading.
    // Only organisers' tools produce them, so the visitors' build (without `sentences`)
    // leaves them out, names included:
    #[cfg(feature = "sentences")]
    /// Two sessions in one room at once.
    RoomClash,
    #[cfg(feature = "sentences")]
    /// A speaker in two sessions at once.
    SpeakerClash,
    #[cfg(feature = "sentences")]
    /// A speaker or document that nothing refers to.
    Unreferenced,
    #[cfg(feature = "sentences")]
    /// A session, other than a break, without speakers.
    NoSpeakers,
    #[cfg(feature = "sentences")]
    /// A speaker without a bio.
    NoBio,
    #[cfg(feature = "sentences")]
    /// A session that ends on a later day than it starts, in the event's local time.
    Overnight,
    #[cfg(feature = "sentences")]
    /// A session whose start and end carry different UTC offsets.
    OffsetChange,
    #[cfg(feature = "sentences")]
    /// A file that the feed names on the site but that does not exist.
    MissingFile,
    #[cfg(feature = "sentences")]
    /// A speaker photo over 200 KB.
    LargePhoto,
    #[cfg(feature = "sentences")]
    /// A document whose `bytes` differs from its file.
    SizeMismatch,
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
            #[cfg(feature = "sentences")]
            Code::RoomClash => "room-clash",
            #[cfg(feature = "sentences")]
            Code::SpeakerClash => "speaker-clash",
            #[cfg(feature = "sentences")]
            Code::Unreferenced => "unreferenced",
            #[cfg(feature = "sentences")]
            Code::NoSpeakers => "no-speakers",
            #[cfg(feature = "sentences")]
            Code::NoBio => "no-bio",
            #[cfg(feature = "sentences")]
            Code::Overnight => "overnight",
            #[cfg(feature = "sentences")]
            Code::OffsetChange => "offset-change",
            #[cfg(feature = "sentences")]
            Code::MissingFile => "missing-file",
            #[cfg(feature = "sentences")]
            Code::LargePhoto => "large-photo",
            #[cfg(feature = "sentences")]
            Code::SizeMismatch => "size-mismatch",
        }
    }

    /// How to fix it, in one sentence (the `help:` line of `feedcheck`).
    pub fn help(self) -> &'static str {
        match self {
            Code::Syntax => {
                "JSON needs double quotes around names and texts, a comma between entries and none after the last"
            }
            Code::Type => "give the value the type docs/FEED.md lists for this field",
            Code::Missing => "add the field; docs/FEED.md lists the required ones",
            Code::Empty => "write something, or leave the optional field out",
            Code::Value => "use one of the values docs/FEED.md lists for this field",
            Code::UnknownField => {
                "check the spelling against docs/FEED.md; unknown fields are ignored"
            }
            Code::DuplicateField => "keep one of the two; the last one is the one used",
            Code::DuplicateId => "give each entry of a list its own id",
            Code::UnknownReference => "use the `id` of an entry that exists, or add the entry",
            Code::BadTime => "write dates as 2019-04-02 and times as 2019-04-02T15:00:00-04:00",
            Code::MissingOffset => {
                "add the UTC offset the time is in, such as -04:00 for New York in April"
            }
            Code::EndBeforeStart => "swap start and end, or correct the one that is wrong",
            Code::OutsideEvent => "correct the date, or widen the event's start and end",
            Code::UnknownTimeZone => {
                "use an IANA time-zone name such as America/New_York or Europe/Zurich"
            }
            Code::RefreshRange => "use a number of seconds from 5 to 3600; 60 suits most events",
            Code::UnsafeUrl => "use an https:, http: or mailto: address",
            Code::EscapingUrl => {
                "put the file under public/ and write its path from there, such as documents/report.pdf"
            }
            Code::BadUrl => {
                "write the address in full, such as https://www.un.org/, and percent-encode spaces"
            }
            #[cfg(feature = "sentences")]
            Code::RoomClash => "move one of the sessions to another room or time",
            #[cfg(feature = "sentences")]
            Code::SpeakerClash => "check the times, or the speakers listed",
            #[cfg(feature = "sentences")]
            Code::Unreferenced => "list it in a session, or remove it if it is not needed",
            #[cfg(feature = "sentences")]
            Code::NoSpeakers => "list the speakers, or make the session a break if it is one",
            #[cfg(feature = "sentences")]
            Code::NoBio => "add a `bio` of two or three sentences",
            #[cfg(feature = "sentences")]
            Code::Overnight => {
                "check the date of its end; a session that really runs past midnight may stay"
            }
            #[cfg(feature = "sentences")]
            Code::OffsetChange => {
                "give each time the offset in force then; unless summer time starts or ends during the session, one offset is wrong"
            }
            #[cfg(feature = "sentences")]
            Code::MissingFile => "add the file under public/, or correct the path",
            #[cfg(feature = "sentences")]
            Code::LargePhoto => "resize the photo to about 400 by 400 pixels",
            #[cfg(feature = "sentences")]
            Code::SizeMismatch => "set `bytes` to the file's size",
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
    /// The path of the other entry the problem is about, when there is one: the session
    /// a session clashes with, the entry that had the id first. The editor names it by
    /// its title.
    pub other: Option<String>,
}

impl Diagnostic {
    /// A warning about an entry of the feed, pointing at where the entry starts.
    pub fn warning(code: Code, source: Source, path: String, message: String) -> Self {
        Self {
            severity: Severity::Warning,
            code,
            path,
            position: Some(source.position),
            message,
            other: None,
        }
    }

    /// The same problem, about `other` too (the path of an entry).
    pub fn with_other(self, other: String) -> Self {
        Self {
            other: Some(other),
            ..self
        }
    }
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
        write!(f, "{severity}: {}: ", self.path)?;
        if !self.message.is_empty() {
            write!(f, "{} ", self.message)?;
        }
        write!(f, "({})", self.code.as_str())
    }
}

/// `diagnostics` in the order of the file (by position; those without one first, and
/// equal ones as they came), through the feed's one small sort.
pub fn in_file_order(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let order = sorted_positions(diagnostics.len(), &|a, b| {
        diagnostics[a].position.cmp(&diagnostics[b].position)
    });
    let mut slots: Vec<Option<Diagnostic>> = diagnostics.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}
