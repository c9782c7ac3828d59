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
/// The key and value that choose the list over the grid on wide screens.
pub const VIEW: &str = "view";
pub const LIST: &str = "list";

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

    /// The agenda's address with this filter, keeping the list when `list` is chosen:
    /// `/agenda?kind=panel&view=list`.
    pub fn address(&self, list: bool) -> String {
        let mut address = format!("/agenda{}", self.to_query());
        if list {
            address.push(if address.contains('?') { '&' } else { '?' });
            address.push_str(VIEW);
            address.push('=');
            address.push_str(LIST);
        }
        address
    }

    /// The same view as a page of the published site (`/agenda/day/2019-04-02?kind=panel`):
    /// the day in the path, so that a reader without JavaScript, whose static host ignores
    /// the query, gets that day's page (publishing writes one per day; the app reads
    /// both forms).
    pub fn page_address(&self, list: bool) -> String {
        let Some(day) = self.day else {
            return self.address(list);
        };
        let rest = Filter {
            day: None,
            ..self.clone()
        };
        rest.address(list)
            .replacen("/agenda", &format!("/agenda/day/{day}"), 1)
    }

    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.pairs().is_empty()
    }

    /// Whether something narrows the sessions within a day (all but the day: a search,
    /// a track, a room, a kind). The grid then closes up around what is left.
    pub fn narrows(&self) -> bool {
        self.track.is_some()
            || self.room.is_some()
            || self.kind.is_some()
            || !self.query.trim().is_empty()
    }

    /// How many of the filters behind the phones' "Filters" button are on (track, room
    /// and kind; the search and the day are in view).
    pub fn chosen(&self) -> usize {
        usize::from(self.track.is_some())
            + usize::from(self.room.is_some())
            + usize::from(self.kind.is_some())
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

/// What a filter looks at in one session, with its search text folded once.
struct Entry {
    day: Date,
    track: Option<String>,
    room: Option<String>,
    kind: SessionKind,
    folded: String,
}

/// Sessions' search texts, folded once per feed; then [`Matcher::visible`] answers a
/// filter for every session in the time a keystroke allows. Owns what it needs, so a
/// page can keep it beside the feed.
pub struct Matcher {
    entries: Vec<Entry>,
}

impl Matcher {
    /// A matcher over `sessions` of `feed`, in the order given.
    pub fn new<'a>(feed: &Feed, sessions: impl IntoIterator<Item = &'a Session>) -> Self {
        Matcher {
            entries: sessions
                .into_iter()
                .map(|s| Entry {
                    day: s.start.local_date(),
                    track: s.track.clone(),
                    room: s.room.clone(),
                    kind: s.kind,
                    folded: search::haystack(feed, s),
                })
                .collect(),
        }
    }

    /// For each session, in order, whether it passes `filter`.
    pub fn visible(&self, filter: &Filter) -> Vec<bool> {
        self.shown(filter).visible
    }

    /// For each session, in order, whether it passes `filter`; and for each day, how
    /// many pass it but for its day (what each day's tab says), in one pass.
    pub fn shown(&self, filter: &Filter) -> Filtered {
        let words = search::words(&filter.query);
        let mut by_day: Vec<(Date, usize)> = Vec::new();
        let visible = self
            .entries
            .iter()
            .map(|e| {
                let passes = (filter.track.is_none() || e.track == filter.track)
                    && (filter.room.is_none() || e.room == filter.room)
                    && filter.kind.is_none_or(|kind| e.kind == kind)
                    && search::matches(&e.folded, &words);
                match by_day.iter_mut().find(|(day, _)| *day == e.day) {
                    Some((_, count)) => *count += usize::from(passes),
                    None => by_day.push((e.day, usize::from(passes))),
                }
                passes && filter.day.is_none_or(|day| e.day == day)
            })
            .collect();
        Filtered { visible, by_day }
    }
}

/// What a filter leaves of the agenda (see [`Matcher::shown`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filtered {
    /// For each session, in order, whether it is shown.
    pub visible: Vec<bool>,
    /// Each day's sessions that pass every part of the filter but the day.
    pub by_day: Vec<(Date, usize)>,
}

impl Filtered {
    /// How many sessions are shown.
    pub fn count(&self) -> usize {
        self.visible.iter().filter(|&&v| v).count()
    }

    /// How many sessions of `day` pass the filter but for its day.
    pub fn on(&self, day: Date) -> usize {
        self.by_day
            .iter()
            .find(|(d, _)| *d == day)
            .map_or(0, |(_, n)| *n)
    }
}
