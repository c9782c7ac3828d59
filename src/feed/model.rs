//! The event feed as Rust types: what `public/event.json` says, already checked.
//!
//! Values of these types come only from [`crate::feed::load`], which reads the JSON,
//! reports every problem with its path, drops what cannot be used (an unsafe link, a
//! reference to an unknown speaker, a duplicate id) and builds the indexes below. So a
//! view can trust what it is given. `docs/FEED.md` documents every field.

use super::order::sorted_positions;
use super::position::Source;
use super::text::Text;
use super::time::{Date, DateTime};

/// The whole feed.
#[derive(Clone, Debug, PartialEq)]
pub struct Feed {
    /// When the organiser last changed the feed.
    pub updated: DateTime,
    /// Seconds between update checks (5..=3600).
    pub refresh: u32,
    pub event: Event,
    pub rooms: Vec<Room>,
    pub tracks: Vec<Track>,
    pub speakers: Vec<Speaker>,
    /// Sessions in the order of the file; see [`Feed::sessions_by_time`].
    pub sessions: Vec<Session>,
    pub documents: Vec<Document>,
    /// Announcements in the order of the file; see [`Feed::updates_newest_first`].
    pub updates: Vec<Update>,
    pub(crate) index: Index,
}

/// The event itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: Text,
    pub subtitle: Option<Text>,
    pub description: Option<Text>,
    /// First and last day, in the event's time zone.
    pub start: Date,
    pub end: Date,
    /// IANA zone name such as `America/New_York`.
    pub timezone: String,
    pub venue: Option<Venue>,
    pub organisers: Vec<Organiser>,
    pub contact: Contact,
    /// Languages of the content, most important first (BCP 47 tags).
    pub languages: Vec<String>,
    pub links: Vec<Link>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Venue {
    pub name: Text,
    pub room: Option<Text>,
    pub address: Option<Text>,
    pub city: Text,
    /// A link to a map (https, http or a site path).
    pub map: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Organiser {
    pub name: Text,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Contact {
    pub email: Option<String>,
    pub url: Option<String>,
}

/// A titled link; its URL has passed [`crate::feed::url::check`].
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Link {
    pub title: Text,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Room {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Track {
    pub id: String,
    pub name: Text,
    /// A CSS colour as `#rgb` or `#rrggbb`.
    pub color: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Speaker {
    pub source: Source,
    pub id: String,
    pub name: Text,
    pub role: Option<Text>,
    pub organisation: Option<Text>,
    pub bio: Option<Text>,
    /// A photo URL (https, http or a site path).
    pub photo: Option<String>,
    pub links: Vec<Link>,
}

/// What sort of session a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionKind {
    Keynote,
    Talk,
    Panel,
    Workshop,
    Break,
    Other,
}

/// Whether a session takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SessionStatus {
    #[default]
    Confirmed,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub source: Source,
    pub id: String,
    pub title: Text,
    pub kind: SessionKind,
    pub start: DateTime,
    pub end: DateTime,
    /// Room id; always one of [`Feed::rooms`].
    pub room: Option<String>,
    /// Track id; always one of [`Feed::tracks`].
    pub track: Option<String>,
    /// Speaker ids, in the order given; each is one of [`Feed::speakers`].
    pub speakers: Vec<String>,
    pub moderators: Vec<String>,
    /// The feed's `abstract` (a Rust keyword, hence the name).
    pub abstract_text: Option<Text>,
    /// Document ids; each is one of [`Feed::documents`].
    pub documents: Vec<String>,
    pub livestream: Option<String>,
    pub recording: Option<String>,
    pub status: SessionStatus,
}

/// What sort of document a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    Report,
    Agenda,
    Slides,
    Other,
}

#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Document {
    pub source: Source,
    pub id: String,
    pub title: Text,
    pub kind: DocumentKind,
    /// Where to download it (https, http or a site path).
    pub url: String,
    /// Such as `application/pdf`.
    pub media_type: String,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// The document's language (BCP 47).
    pub language: String,
    pub published: Option<Date>,
    pub summary: Option<Text>,
}

/// An announcement from the organisers.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Update {
    pub id: String,
    pub published: DateTime,
    pub title: Text,
    pub body: Text,
    pub important: bool,
    /// Ids of the sessions it concerns.
    pub sessions: Vec<String>,
}

/// Ids and what they map to, sorted by id for binary search. (Smaller in the wasm than
/// a `HashMap`, and as fast for the few thousand entries a feed has.)
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct Lookup<V>(pub(crate) Vec<(String, V)>);

impl<V> Lookup<V> {
    pub(crate) fn get(&self, id: &str) -> Option<&V> {
        let found = self.0.binary_search_by(|(key, _)| key.as_str().cmp(id));
        found.ok().map(|i| &self.0[i].1)
    }
}

/// Lookups built once when a feed is loaded, so views never scan the whole feed.
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct Index {
    pub(crate) sessions: Lookup<usize>,
    pub(crate) speakers: Lookup<usize>,
    pub(crate) rooms: Lookup<usize>,
    pub(crate) tracks: Lookup<usize>,
    pub(crate) documents: Lookup<usize>,
    /// Session positions by start, then end, then file order.
    pub(crate) by_time: Vec<usize>,
    /// Per speaker position, the positions of the sessions they speak at or moderate,
    /// by time.
    pub(crate) sessions_of_speaker: Vec<Vec<usize>>,
    /// Update positions, newest first.
    pub(crate) updates_newest_first: Vec<usize>,
}

/// Positions `0..len` ordered by `key` (ties by position).
fn order_by(len: usize, key: &dyn Fn(usize) -> (i64, i64)) -> Vec<usize> {
    sorted_positions(len, &|a, b| key(a).cmp(&key(b)))
}

impl Index {
    /// The index of `feed`, given the ids of its rooms, tracks, speakers, sessions and
    /// documents (which reading the feed has already sorted).
    pub(crate) fn build(feed: &Feed, ids: [Lookup<usize>; 5]) -> Self {
        let [rooms, tracks, speakers, sessions, documents] = ids;
        let by_time = order_by(feed.sessions.len(), &|i| {
            (feed.sessions[i].start.unix, feed.sessions[i].end.unix)
        });
        let mut sessions_of_speaker = vec![Vec::new(); feed.speakers.len()];
        for &i in &by_time {
            let session = &feed.sessions[i];
            for id in session.speakers.iter().chain(&session.moderators) {
                if let Some(&speaker) = speakers.get(id) {
                    let list: &mut Vec<usize> = &mut sessions_of_speaker[speaker];
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        let updates = &feed.updates;
        let updates_newest_first = order_by(updates.len(), &|i| (-updates[i].published.unix, 0));
        Self {
            sessions,
            speakers,
            rooms,
            tracks,
            documents,
            by_time,
            sessions_of_speaker,
            updates_newest_first,
        }
    }
}

impl Feed {
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.index.sessions.get(id).map(|&i| &self.sessions[i])
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.index.speakers.get(id).map(|&i| &self.speakers[i])
    }

    pub fn room(&self, id: &str) -> Option<&Room> {
        self.index.rooms.get(id).map(|&i| &self.rooms[i])
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.index.tracks.get(id).map(|&i| &self.tracks[i])
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.index.documents.get(id).map(|&i| &self.documents[i])
    }

    /// Every session, earliest first (ties: earlier end, then file order).
    pub fn sessions_by_time(&self) -> impl Iterator<Item = &Session> {
        self.index.by_time.iter().map(|&i| &self.sessions[i])
    }

    /// The sessions a speaker speaks at or moderates, earliest first.
    pub fn sessions_of_speaker(&self, speaker_id: &str) -> impl Iterator<Item = &Session> {
        self.index
            .speakers
            .get(speaker_id)
            .map(|&speaker| self.index.sessions_of_speaker[speaker].as_slice())
            .unwrap_or_default()
            .iter()
            .map(|&i| &self.sessions[i])
    }

    /// Announcements, newest first.
    pub fn updates_newest_first(&self) -> impl Iterator<Item = &Update> {
        self.index
            .updates_newest_first
            .iter()
            .map(|&i| &self.updates[i])
    }

    /// Languages to pick feed text in: the reader's, then the event's.
    pub fn content_languages<'a>(&'a self, reader: &'a str) -> Vec<&'a str> {
        std::iter::once(reader)
            .chain(self.event.languages.iter().map(String::as_str))
            .collect()
    }
}

impl SessionKind {
    pub const ALL: [SessionKind; 6] = [
        Self::Keynote,
        Self::Talk,
        Self::Panel,
        Self::Workshop,
        Self::Break,
        Self::Other,
    ];

    /// The word the feed uses for it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keynote => "keynote",
            Self::Talk => "talk",
            Self::Panel => "panel",
            Self::Workshop => "workshop",
            Self::Break => "break",
            Self::Other => "other",
        }
    }
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [Self::Report, Self::Agenda, Self::Slides, Self::Other];

    /// The word the feed uses for it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Report => "report",
            Self::Agenda => "agenda",
            Self::Slides => "slides",
            Self::Other => "other",
        }
    }
}
