//! The feed in the formats other tools speak. DOM-free; used by `feedcheck export`.
//!
//! - [`json_ld`]: the event as schema.org `Event` JSON-LD, sessions as `subEvent`, for
//!   search engines and calendars that read structured data.
//! - [`json_feed`]: the updates as a JSON Feed 1.1 document, for feed readers.
//! - [`ics::calendar`]: sessions as iCalendar, for calendar apps.

pub mod ics;

use crate::feed::json::write::Json;
use crate::feed::{Feed, SessionStatus, Text};

/// Text in the event's first language (falling back as [`Text::pick`] does).
fn text(feed: &Feed, text: &Text) -> String {
    let language = feed.event.languages.first().map_or("en", String::as_str);
    text.pick(&[language]).text.to_owned()
}

/// `base` (the portal's public address) joined with a path inside it.
fn link(base: Option<&str>, path: &str) -> Option<Json> {
    base.map(|base| Json::str(format!("{}/{path}", base.trim_end_matches('/'))))
}

/// Object fields, leaving out the absent ones.
fn object(fields: Vec<(&'static str, Option<Json>)>) -> Json {
    Json::Object(
        fields
            .into_iter()
            .filter_map(|(name, value)| value.map(|v| (name, v)))
            .collect(),
    )
}

/// The event as schema.org JSON-LD. With `base`, the event and each session get their
/// portal address as `url`.
pub fn json_ld(feed: &Feed, base: Option<&str>) -> String {
    let event = &feed.event;
    let first = feed.sessions_by_time().next().map(|s| s.start.to_string());
    let last = feed
        .sessions_by_time()
        .map(|s| s.end)
        .max()
        .map(|t| t.to_string());
    // The venue, and the room in it when known; without a venue, the room alone.
    let place = |room: Option<String>| {
        let venue = event.venue.as_ref();
        let name = match (venue.map(|v| text(feed, &v.name)), room) {
            (Some(venue), Some(room)) => format!("{venue}, {room}"),
            (Some(name), None) | (None, Some(name)) => name,
            (None, None) => return None,
        };
        let address = venue.map(|venue| {
            object(vec![
                ("@type", Some(Json::str("PostalAddress"))),
                (
                    "streetAddress",
                    venue.address.as_ref().map(|a| Json::str(text(feed, a))),
                ),
                ("addressLocality", Some(Json::str(text(feed, &venue.city)))),
            ])
        });
        Some(object(vec![
            ("@type", Some(Json::str("Place"))),
            ("name", Some(Json::str(name))),
            ("address", address),
        ]))
    };
    let sessions = feed
        .sessions_by_time()
        .map(|session| {
            let people = |ids: &[String]| {
                ids.iter()
                    .filter_map(|id| feed.speaker(id))
                    .map(|speaker| {
                        object(vec![
                            ("@type", Some(Json::str("Person"))),
                            ("name", Some(Json::str(text(feed, &speaker.name)))),
                            (
                                "jobTitle",
                                speaker.role.as_ref().map(|r| Json::str(text(feed, r))),
                            ),
                            (
                                "affiliation",
                                speaker.organisation.as_ref().map(|o| {
                                    object(vec![
                                        ("@type", Some(Json::str("Organization"))),
                                        ("name", Some(Json::str(text(feed, o)))),
                                    ])
                                }),
                            ),
                        ])
                    })
                    .collect::<Vec<_>>()
            };
            let room = session.room.as_deref().and_then(|id| feed.room(id));
            let status = match session.status {
                SessionStatus::Confirmed => "https://schema.org/EventScheduled",
                SessionStatus::Cancelled => "https://schema.org/EventCancelled",
            };
            let performers = people(&session.speakers);
            let moderators = people(&session.moderators);
            object(vec![
                ("@type", Some(Json::str("Event"))),
                ("identifier", Some(Json::str(session.id.clone()))),
                ("name", Some(Json::str(text(feed, &session.title)))),
                ("startDate", Some(Json::str(session.start.to_string()))),
                ("endDate", Some(Json::str(session.end.to_string()))),
                ("eventStatus", Some(Json::str(status))),
                (
                    "description",
                    session
                        .abstract_text
                        .as_ref()
                        .map(|a| Json::str(text(feed, a))),
                ),
                ("location", place(room.map(|r| text(feed, &r.name)))),
                (
                    "performer",
                    (!performers.is_empty()).then_some(Json::Array(performers)),
                ),
                (
                    "organizer",
                    (!moderators.is_empty()).then_some(Json::Array(moderators)),
                ),
                ("url", link(base, &format!("agenda/{}", session.id))),
            ])
        })
        .collect();
    let organisers = event
        .organisers
        .iter()
        .map(|o| {
            object(vec![
                ("@type", Some(Json::str("Organization"))),
                ("name", Some(Json::str(text(feed, &o.name)))),
                ("url", o.url.as_ref().map(|u| Json::str(u.clone()))),
            ])
        })
        .collect();
    object(vec![
        ("@context", Some(Json::str("https://schema.org"))),
        ("@type", Some(Json::str("Event"))),
        ("identifier", Some(Json::str(event.id.clone()))),
        ("name", Some(Json::str(text(feed, &event.title)))),
        (
            "description",
            event.description.as_ref().map(|d| Json::str(text(feed, d))),
        ),
        (
            "startDate",
            Some(Json::str(first.unwrap_or_else(|| event.start.to_string()))),
        ),
        (
            "endDate",
            Some(Json::str(last.unwrap_or_else(|| event.end.to_string()))),
        ),
        (
            "eventStatus",
            Some(Json::str("https://schema.org/EventScheduled")),
        ),
        (
            "eventAttendanceMode",
            Some(Json::str("https://schema.org/OfflineEventAttendanceMode")),
        ),
        (
            "inLanguage",
            event.languages.first().map(|l| Json::str(l.clone())),
        ),
        (
            "location",
            place(
                event
                    .venue
                    .as_ref()
                    .and_then(|v| v.room.as_ref())
                    .map(|r| text(feed, r)),
            ),
        ),
        ("organizer", Some(Json::Array(organisers))),
        ("url", link(base, "")),
        ("subEvent", Some(Json::Array(sessions))),
    ])
    .to_text()
}

/// The organisers' updates as a JSON Feed 1.1 document, newest first. With `base`, the
/// feed links to the portal's home and updates pages.
pub fn json_feed(feed: &Feed, base: Option<&str>) -> String {
    let items = feed
        .updates_newest_first()
        .map(|update| {
            object(vec![
                ("id", Some(Json::str(update.id.clone()))),
                ("title", Some(Json::str(text(feed, &update.title)))),
                ("content_text", Some(Json::str(text(feed, &update.body)))),
                (
                    "date_published",
                    Some(Json::str(update.published.to_string())),
                ),
                ("url", link(base, "updates")),
                (
                    "tags",
                    update
                        .important
                        .then(|| Json::Array(vec![Json::str("important")])),
                ),
            ])
        })
        .collect();
    object(vec![
        (
            "version",
            Some(Json::str("https://jsonfeed.org/version/1.1")),
        ),
        ("title", Some(Json::str(text(feed, &feed.event.title)))),
        ("home_page_url", link(base, "")),
        (
            "language",
            feed.event.languages.first().map(|l| Json::str(l.clone())),
        ),
        ("items", Some(Json::Array(items))),
    ])
    .to_text()
}
