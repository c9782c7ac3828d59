//! What a visitor narrows the agenda to, and how that lives in the address.
//!
//! `/agenda?day=2019-04-02&track=ethics&room=cr11&kind=panel&q=robot`: each part is
//! optional, so a filtered view is a link that can be shared, and the browser's history
//! holds each step. Unknown or malformed parts are ignored, never an error.

use super::search;
use crate::feed::{Date, Feed, Session, SessionKind};

/// The agenda's filters and search term.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// One day of the programme (the event's local date).
    pub day: Option<Date>,
    pub track: Option<String>,
    pub room: Option<String>,
    pub kind: Option<SessionKind>,
    /// The search as typed.
    pub query: String,
}

/// Query-string keys.
const DAY: &str = "day";
const TRACK: &str = "track";
const ROOM: &str = "room";
const KIND: &str = "kind";
const QUERY: &str = "q";

impl Filter {
    /// The filter in decoded query pairs (as the router gives them). The last of a
    /// repeated key wins; empty values are no filter.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = Filter::default();
        for (key, value) in pairs {
            let some = || (!value.is_empty()).then(|| value.to_owned());
            match key {
                DAY => filter.day = Date::parse(value).ok(),
                TRACK => filter.track = some(),
                ROOM => filter.room = some(),
                KIND => filter.kind = SessionKind::ALL.into_iter().find(|k| k.as_str() == value),
                QUERY => filter.query = value.to_owned(),
                _ => {}
            }
        }
        filter
    }

    /// The query pairs that give this filter back, in a fixed order.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(day) = self.day {
            pairs.push((DAY, day.to_string()));
        }
        if let Some(track) = &self.track {
            pairs.push((TRACK, track.clone()));
        }
        if let Some(room) = &self.room {
            pairs.push((ROOM, room.clone()));
        }
        if let Some(kind) = self.kind {
            pairs.push((KIND, kind.as_str().to_owned()));
        }
        if !self.query.trim().is_empty() {
            pairs.push((QUERY, self.query.clone()));
        }
        pairs
    }

    /// `?day=…&q=…` (percent-encoded), or `""` for no filter.
    pub fn to_query(&self) -> String {
        let pairs = self.pairs();
        let mut out = String::new();
        for (i, (key, value)) in pairs.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            encode(value, &mut out);
        }
        out
    }

    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.pairs().is_empty()
    }

    /// Whether `session` passes every filter but the search (which needs its haystack:
    /// see [`Matcher`]).
    fn admits(&self, session: &Session) -> bool {
        self.day.is_none_or(|day| session.start.local_date() == day)
            && self
                .track
                .as_ref()
                .is_none_or(|t| session.track.as_ref() == Some(t))
            && self
                .room
                .as_ref()
                .is_none_or(|r| session.room.as_ref() == Some(r))
            && self.kind.is_none_or(|k| session.kind == k)
    }
}

/// Percent-encodes a query value: everything but `A-Z a-z 0-9 - . _ ~`.
pub(crate) fn encode(value: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[(byte >> 4) as usize] as char);
            out.push(HEX[(byte & 15) as usize] as char);
        }
    }
}

/// Sessions' search texts, folded once per feed; then [`Matcher::visible`] answers a
/// filter for every session in the time a keystroke allows.
pub struct Matcher<'a> {
    sessions: Vec<(&'a Session, String)>,
}

impl<'a> Matcher<'a> {
    /// A matcher over `sessions` of `feed`, in the order given.
    pub fn new(feed: &'a Feed, sessions: impl IntoIterator<Item = &'a Session>) -> Self {
        Matcher {
            sessions: sessions
                .into_iter()
                .map(|s| (s, search::haystack(feed, s)))
                .collect(),
        }
    }

    /// For each session, in order, whether it passes `filter`.
    pub fn visible(&self, filter: &Filter) -> Vec<bool> {
        let words = search::words(&filter.query);
        self.sessions
            .iter()
            .map(|(session, folded)| filter.admits(session) && search::matches(folded, &words))
            .collect()
    }
}
