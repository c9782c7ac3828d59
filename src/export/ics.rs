//! iCalendar (RFC 5545) for calendar apps: the whole event, or any list of sessions.
//!
//! Times are written in UTC (`…Z`), which every calendar reads without a `VTIMEZONE`.
//! Each session's `UID` is stable (its id at the event's id), so importing a newer file
//! updates the entries instead of adding copies. Text is escaped and lines are folded
//! at 75 octets, as the RFC requires.

use crate::feed::{DateTime, Feed, Session, SessionStatus, Text};

/// `20190402T190000Z`.
fn utc(time: DateTime) -> String {
    let utc = DateTime {
        unix: time.unix,
        offset_minutes: 0,
    }
    .to_string();
    // "2019-04-02T19:00:00Z" without its separators.
    utc.chars().filter(|c| !matches!(c, '-' | ':')).collect()
}

/// Escapes TEXT values (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line exceeds 75 octets (3.1), never
/// splitting a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn text(feed: &Feed, text: &Text) -> String {
    let language = feed.event.languages.first().map_or("en", String::as_str);
    text.pick(&[language]).text.to_owned()
}

/// A calendar of `sessions`. `now` is the `DTSTAMP`; `base`, when given, is the portal's
/// address, for each session's `URL`.
pub fn calendar<'a>(
    feed: &Feed,
    sessions: impl IntoIterator<Item = &'a Session>,
    now: DateTime,
    base: Option<&str>,
) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Event Portal//Event Portal//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape(&text(feed, &feed.event.title))),
    );
    for session in sessions {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}@{}", session.id, feed.event.id));
        line(&mut out, &format!("DTSTAMP:{}", utc(now)));
        line(&mut out, &format!("DTSTART:{}", utc(session.start)));
        line(&mut out, &format!("DTEND:{}", utc(session.end)));
        line(
            &mut out,
            &format!("SUMMARY:{}", escape(&text(feed, &session.title))),
        );
        let venue = feed.event.venue.as_ref().map(|v| text(feed, &v.name));
        let room = session.room.as_deref().and_then(|id| feed.room(id));
        let location = match (room.map(|r| text(feed, &r.name)), venue) {
            (Some(room), Some(venue)) => Some(format!("{room}, {venue}")),
            (room, venue) => room.or(venue),
        };
        if let Some(location) = location {
            line(&mut out, &format!("LOCATION:{}", escape(&location)));
        }
        let speakers: Vec<String> = session
            .speakers
            .iter()
            .filter_map(|id| feed.speaker(id))
            .map(|s| text(feed, &s.name))
            .collect();
        let mut description = Vec::new();
        if !speakers.is_empty() {
            description.push(speakers.join(", "));
        }
        if let Some(summary) = &session.abstract_text {
            description.push(text(feed, summary));
        }
        if !description.is_empty() {
            line(
                &mut out,
                &format!("DESCRIPTION:{}", escape(&description.join("\n\n"))),
            );
        }
        if let Some(base) = base {
            line(
                &mut out,
                &format!("URL:{}/agenda/{}", base.trim_end_matches('/'), session.id),
            );
        }
        let status = match session.status {
            SessionStatus::Confirmed => "CONFIRMED",
            SessionStatus::Cancelled => "CANCELLED",
        };
        line(&mut out, &format!("STATUS:{status}"));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_long_lines_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        line(&mut out, &long);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(
            utc(DateTime::parse("2019-04-02T15:00:00-04:00").unwrap()),
            "20190402T190000Z"
        );
    }
}
