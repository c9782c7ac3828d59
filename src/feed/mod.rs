//! The event feed: its model, how it is read and checked, and what can go wrong.
//!
//! Nothing here touches the DOM, so the same code runs in the portal (wasm), in the
//! organisers' tools and in native tests. Start at [`load`].

pub mod changes;
pub mod diagnostic;
pub mod format;
pub mod json;
#[cfg(feature = "sentences")]
pub mod lint;
pub mod model;
mod order;
mod position;
mod read;
#[cfg(feature = "sentences")]
pub mod report;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
mod sentence;
pub mod text;
pub mod time;
pub mod url;

pub use diagnostic::{Code, Diagnostic, Severity, in_file_order};
#[cfg(feature = "sentences")]
pub use lint::lint;
pub use model::*;
pub use position::{Position, Source};
pub use read::{DEFAULT_REFRESH, fields, is_time_zone};
use sentence::sentence;
pub use text::{Picked, Text};
pub use time::{Date, DateTime, TimeError};

/// The largest feed the portal reads, in bytes: past it, a feed is refused unread.
pub const MAX_BYTES: usize = 2_000_000;

/// The result of reading a feed: the usable feed, if any, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    /// `None` when the text is not JSON, not an object, or has no readable `event`.
    /// Otherwise the feed with every unusable value left out (and reported).
    pub feed: Option<Feed>,
    /// Every problem, in the order they were found: the feed's fields in the file's
    /// order, but the collections rooms, tracks, speakers, documents, sessions, updates
    /// (what references need first). [`in_file_order`] sorts them by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any problem is an error (warnings alone leave a feed clean).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Reads and checks a feed from its JSON text, reporting every problem at once.
/// Time zones are checked against the IANA names in `feed/time_zones.txt`.
pub fn load(json: &str) -> Loaded {
    load_with(json, is_time_zone)
}

/// [`load`], asking `is_time_zone` whether a name is a time zone. The portal passes the
/// browser's `Intl`, the same judge that formats its times.
pub fn load_with(json: &str, is_time_zone: fn(&str) -> bool) -> Loaded {
    let value = match json::parse(json) {
        Ok(value) => value,
        Err(e) => {
            return Loaded {
                feed: None,
                diagnostics: vec![Diagnostic {
                    severity: Severity::Error,
                    code: Code::Syntax,
                    path: "$".to_owned(),
                    position: Some(e.position),
                    message: sentence!("the file is not valid JSON: {}", e.message),
                    other: None,
                }],
            };
        }
    };
    let mut reader = read::Reader::new(is_time_zone);
    let feed = reader.feed(&value);
    Loaded {
        feed,
        diagnostics: reader.diagnostics,
    }
}
