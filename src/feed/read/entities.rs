//! The feed's entries: the event and what it holds, read field by field with the
//! scalars' readers, and the references from one entry to another, which resolve only
//! to entries already read (so the feed never refers to an entry that was left out).

use super::{Path, Reader, at, fields, key, source};
use crate::feed::diagnostic::Code;
use crate::feed::json::Node;
use crate::feed::model::*;
use crate::feed::sentence::sentence;
use crate::feed::time::DateTime;

/// What a reference points at.
#[derive(Clone, Copy)]
enum Target {
    Room,
    Track,
    Speaker,
    Session,
    Document,
}

impl Reader<'_> {
    /// An id that must name an entry of another collection; unknown ones are dropped.
    fn reference(&mut self, value: &Node, path: &Path<'_>, target: Target) -> Option<String> {
        let id = self.id(value, path)?;
        let (read, what, collection) = match target {
            Target::Room => (&self.read.rooms, "room", "rooms"),
            Target::Track => (&self.read.tracks, "track", "tracks"),
            Target::Speaker => (&self.read.speakers, "speaker", "speakers"),
            Target::Session => (&self.read.sessions, "session", "sessions"),
            Target::Document => (&self.read.documents, "document", "documents"),
        };
        if read.get(&id).is_some() {
            return Some(id);
        }
        // Rare, so looked up in the parsed feed only now: is there such an entry at all?
        let declared = self
            .root
            .and_then(|root| root.get(collection)?.as_array())
            .is_some_and(|entries| {
                entries
                    .iter()
                    .any(|entry| entry.get("id").and_then(Node::as_str) == Some(id.as_str()))
            });
        let message = if declared {
            sentence!(
                "the {what} `{id}` is left out for its own errors, so it is left out here too"
            )
        } else {
            sentence!("no {what} has the id `{id}`; add it to `{collection}` or fix the spelling")
        };
        self.error(Code::UnknownReference, value.position, path, message);
        None
    }

    fn room_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Room)
    }

    fn track_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Track)
    }

    fn speaker_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Speaker)
    }

    fn session_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Session)
    }

    fn document_ref(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.reference(value, path, Target::Document)
    }

    fn link(&mut self, value: &Node, path: &Path<'_>) -> Option<Link> {
        let map = self.object(value, path, fields::LINK)?;
        let title = self.required(map, path, "title", Self::text);
        let url = self.required(map, path, "url", Self::url);
        Some(Link {
            title: title?,
            url: url?,
        })
    }

    fn venue(&mut self, value: &Node, path: &Path<'_>) -> Option<Venue> {
        let map = self.object(value, path, fields::VENUE)?;
        let name = self.required(map, path, "name", Self::text);
        let city = self.required(map, path, "city", Self::text);
        Some(Venue {
            room: self.optional(map, path, "room", Self::text),
            address: self.optional(map, path, "address", Self::text),
            map: self.optional(map, path, "map", Self::url),
            name: name?,
            city: city?,
        })
    }

    fn organiser(&mut self, value: &Node, path: &Path<'_>) -> Option<Organiser> {
        let map = self.object(value, path, fields::ORGANISER)?;
        let name = self.required(map, path, "name", Self::text);
        Some(Organiser {
            url: self.optional(map, path, "url", Self::url),
            name: name?,
        })
    }

    fn contact(&mut self, value: &Node, path: &Path<'_>) -> Option<Contact> {
        let map = self.object(value, path, fields::CONTACT)?;
        Some(Contact {
            email: self.optional(map, path, "email", Self::email),
            url: self.optional(map, path, "url", Self::url),
        })
    }

    pub(super) fn event(&mut self, value: &Node, path: &Path<'_>) -> Option<Event> {
        let map = self.object(value, path, fields::EVENT)?;
        let id = self.required(map, path, "id", Self::id);
        let title = self.required(map, path, "title", Self::text);
        let description = self.optional(map, path, "description", Self::text);
        let start = self.required(map, path, "start", Self::date);
        let end = self.required(map, path, "end", Self::date);
        let timezone = self.required(map, path, "timezone", Self::time_zone);
        let venue = self.optional(map, path, "venue", Self::venue);
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            self.error(
                Code::EndBeforeStart,
                at(map, "end"),
                &key(path, "end"),
                sentence!("the event ends ({end}) before it starts ({start})"),
            );
        }
        let languages = self.list(map, path, "languages", Self::language);
        if languages.is_empty() {
            self.error(
                Code::Missing,
                at(map, "languages"),
                &key(path, "languages"),
                "list at least one language of the content, such as [\"en\"]",
            );
        }
        Some(Event {
            subtitle: self.optional(map, path, "subtitle", Self::text),
            organisers: self.list(map, path, "organisers", Self::organiser),
            contact: self
                .optional(map, path, "contact", Self::contact)
                .unwrap_or_default(),
            links: self.list(map, path, "links", Self::link),
            id: id?,
            title: title?,
            description,
            start: start?,
            end: end?,
            timezone: timezone?,
            venue,
            languages,
        })
    }

    pub(super) fn room(&mut self, value: &Node, path: &Path<'_>) -> Option<Room> {
        let map = self.object(value, path, fields::ROOM)?;
        let id = self.required(map, path, "id", Self::id);
        let name = self.required(map, path, "name", Self::text);
        Some(Room {
            description: self.optional(map, path, "description", Self::text),
            id: id?,
            name: name?,
        })
    }

    pub(super) fn track(&mut self, value: &Node, path: &Path<'_>) -> Option<Track> {
        let map = self.object(value, path, fields::TRACK)?;
        let id = self.required(map, path, "id", Self::id);
        let name = self.required(map, path, "name", Self::text);
        Some(Track {
            color: self.optional(map, path, "color", Self::color),
            id: id?,
            name: name?,
        })
    }

    pub(super) fn speaker(&mut self, value: &Node, path: &Path<'_>) -> Option<Speaker> {
        let map = self.object(value, path, fields::SPEAKER)?;
        let id = self.required(map, path, "id", Self::id);
        let name = self.required(map, path, "name", Self::text);
        Some(Speaker {
            source: source(value, path),
            role: self.optional(map, path, "role", Self::text),
            organisation: self.optional(map, path, "organisation", Self::text),
            bio: self.optional(map, path, "bio", Self::text),
            photo: self.optional(map, path, "photo", Self::url),
            links: self.list(map, path, "links", Self::link),
            id: id?,
            name: name?,
        })
    }

    pub(super) fn session(&mut self, value: &Node, path: &Path<'_>) -> Option<Session> {
        const KINDS: &[&str] = &["keynote", "talk", "panel", "workshop", "break", "other"];
        let map = self.object(value, path, fields::SESSION)?;
        let id = self.required(map, path, "id", Self::id);
        let title = self.required(map, path, "title", Self::text);
        let kind = self.required(map, path, "kind", |r, v, p| r.one_of(v, p, KINDS));
        let start = self.required(map, path, "start", Self::date_time);
        let end = self.required(map, path, "end", Self::date_time);
        let status = self.optional(map, path, "status", |r, v, p| {
            r.one_of(v, p, &["confirmed", "cancelled"])
        });
        if let (Some(start), Some(end)) = (start, end) {
            self.check_session_times(map, path, start, end);
        }
        Some(Session {
            source: source(value, path),
            room: self.optional(map, path, "room", Self::room_ref),
            track: self.optional(map, path, "track", Self::track_ref),
            speakers: self.list(map, path, "speakers", Self::speaker_ref),
            moderators: self.list(map, path, "moderators", Self::speaker_ref),
            abstract_text: self.optional(map, path, "abstract", Self::text),
            documents: self.list(map, path, "documents", Self::document_ref),
            livestream: self.optional(map, path, "livestream", Self::url),
            recording: self.optional(map, path, "recording", Self::url),
            status: match status {
                Some(1) => SessionStatus::Cancelled,
                _ => SessionStatus::Confirmed,
            },
            id: id?,
            title: title?,
            kind: SessionKind::ALL[kind?],
            start: start?,
            end: end?,
        })
    }

    pub(super) fn document(&mut self, value: &Node, path: &Path<'_>) -> Option<Document> {
        const KINDS: &[&str] = &["report", "agenda", "slides", "other"];
        let map = self.object(value, path, fields::DOCUMENT)?;
        let id = self.required(map, path, "id", Self::id);
        let title = self.required(map, path, "title", Self::text);
        let kind = self.required(map, path, "kind", |r, v, p| r.one_of(v, p, KINDS));
        let url = self.required(map, path, "url", Self::url);
        let media_type = self.required(map, path, "media_type", Self::media_type);
        let bytes = self.required(map, path, "bytes", Self::whole_number);
        let language = self.required(map, path, "language", Self::language);
        Some(Document {
            source: source(value, path),
            published: self.optional(map, path, "published", Self::date_or_date_time),
            summary: self.optional(map, path, "summary", Self::text),
            id: id?,
            title: title?,
            kind: DocumentKind::ALL[kind?],
            url: url?,
            media_type: media_type?,
            bytes: bytes?,
            language: language?,
        })
    }

    /// A session ends after it starts, and takes place during the event.
    ///
    /// Without a time-zone database the check is made on the dates as written (organisers
    /// write local times with the local offset) and on the widest window any zone allows:
    /// from the first day's midnight at UTC+14 to the last day's end at UTC-12.
    fn check_session_times(
        &mut self,
        session: &Node,
        path: &Path<'_>,
        start: DateTime,
        end: DateTime,
    ) {
        if end < start {
            self.error(
                Code::EndBeforeStart,
                at(session, "end"),
                &key(path, "end"),
                sentence!("the session ends ({end}) before it starts ({start})"),
            );
        }
        let Some((first, last)) = self.event_dates else {
            return;
        };
        let earliest = first.days_since_epoch() * 86_400 - 14 * 3600;
        let latest = last.next().days_since_epoch() * 86_400 + 12 * 3600;
        for (field, time) in [("start", start), ("end", end)] {
            // An end at midnight belongs to the day before.
            let date = if field == "end" && time.unix > start.unix {
                DateTime {
                    unix: time.unix - 1,
                    ..time
                }
                .local_date()
            } else {
                time.local_date()
            };
            if date < first || date > last || time.unix < earliest || time.unix > latest {
                self.error(
                    Code::OutsideEvent,
                    at(session, field),
                    &key(path, field),
                    sentence!("{time} is outside the event's dates, {first} to {last}"),
                );
            }
        }
    }

    pub(super) fn update(&mut self, value: &Node, path: &Path<'_>) -> Option<Update> {
        let map = self.object(value, path, fields::UPDATE)?;
        let id = self.required(map, path, "id", Self::id);
        let published = self.required(map, path, "published", Self::date_time);
        let title = self.required(map, path, "title", Self::text);
        let body = self.required(map, path, "body", Self::text);
        Some(Update {
            important: self
                .optional(map, path, "important", Self::boolean)
                .unwrap_or(false),
            sessions: self.list(map, path, "sessions", Self::session_ref),
            id: id?,
            published: published?,
            title: title?,
            body: body?,
        })
    }
}
