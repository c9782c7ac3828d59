//! The programme as a schedule: the draft's sessions day by day, each in its room's
//! column at its time on the event's wall clock (as the feed writes it), and the rule
//! for moving one: to another time, another room, or both, as one step to undo.

use super::document::{self, Edit, Step};
use super::kept::pick_title;
use super::moment;
use crate::feed::DateTime;
use crate::feed::json::{Node, Value};

/// How far one step of the keyboard moves a session, in minutes.
pub const STEP: i64 = 15;

/// A session as the schedule places it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Placed {
    /// Its place in the draft's list of sessions.
    pub index: usize,
    pub title: String,
    /// Minutes from the day's midnight, on the event's wall clock.
    pub start: i64,
    pub end: i64,
    /// Its room's id, when it has one.
    pub room: Option<String>,
    /// How many sessions before it in the day, in its room, it overlaps: a clash is
    /// drawn beside, not hidden under, the session it clashes with.
    pub lane: usize,
}

/// One day of the programme: its date and its sessions by start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    /// `2027-06-08`.
    pub date: String,
    pub sessions: Vec<Placed>,
}

/// A moment's wall clock: its date and minutes from that midnight.
fn wall(moment: &str) -> Option<(String, i64)> {
    let clock = moment::wall_clock(moment)?;
    let (date, time) = clock.split_once('T')?;
    let hours: i64 = time.get(..2)?.parse().ok()?;
    let minutes: i64 = time.get(3..5)?.parse().ok()?;
    Some((date.to_owned(), hours * 60 + minutes))
}

/// `10:05` for 605 minutes.
pub fn clock(minutes: i64) -> String {
    let minutes = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn text<'a>(session: &'a Node, field: &str) -> &'a str {
    session
        .get(field)
        .and_then(Node::as_str)
        .unwrap_or_default()
}

/// The draft's sessions day by day (those with a readable start), each day's by start,
/// then by room. An end that is not after the start is shown a step long.
pub fn days(root: &Node) -> Vec<Day> {
    let lang = super::coverage::languages(root)
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut days: Vec<Day> = Vec::new();
    let sessions = root
        .get("sessions")
        .and_then(Node::as_array)
        .unwrap_or_default();
    for (index, session) in sessions.iter().enumerate() {
        let Some((date, start)) = wall(text(session, "start")) else {
            continue;
        };
        let end = match wall(text(session, "end")) {
            Some((end_date, end)) if end_date == date && end > start => end,
            // Past midnight: to the end of the day.
            Some((end_date, _)) if end_date > date => 24 * 60,
            _ => start + STEP,
        };
        let placed = Placed {
            index,
            title: session
                .get("title")
                .map(|title| pick_title(title, &lang).0)
                .unwrap_or_default(),
            start,
            end,
            room: session
                .get("room")
                .and_then(Node::as_str)
                .map(str::to_owned),
            lane: 0,
        };
        match days.iter_mut().find(|day| day.date == date) {
            Some(day) => day.sessions.push(placed),
            None => days.push(Day {
                date,
                sessions: vec![placed],
            }),
        }
    }
    days.sort_by(|a, b| a.date.cmp(&b.date));
    for day in &mut days {
        day.sessions
            .sort_by(|a, b| (a.start, &a.room, a.index).cmp(&(b.start, &b.room, b.index)));
        for at in 0..day.sessions.len() {
            let (before, rest) = day.sessions.split_at_mut(at);
            let this = &mut rest[0];
            this.lane = before
                .iter()
                .filter(|other| {
                    other.room == this.room && other.start < this.end && this.start < other.end
                })
                .count();
        }
    }
    days
}

/// `moment` `minutes` later (earlier when negative), in the offset it is written in.
fn shifted(moment: &str, minutes: i64) -> Option<String> {
    let time = DateTime::parse(moment).ok()?;
    Some(moment::at(
        (time.unix + minutes * 60) as f64 * 1000.0,
        time.offset_minutes,
    ))
}

/// The edit that moves session `index` by `minutes` and, when `room` is given, into
/// that room (`Some(None)`: out of any): its start and end move together, so it keeps
/// its length. One edit of the whole session, so one step to undo. `None` when the
/// session has no readable start and end, or nothing would change.
pub fn moved(root: &Node, index: usize, minutes: i64, room: Option<Option<&str>>) -> Option<Edit> {
    let path = vec![Step::Field("sessions"), Step::Index(index)];
    let session = document::get(root, &path)?;
    let Value::Object(fields) = &session.value else {
        return None;
    };
    let start = shifted(text(session, "start"), minutes)?;
    let end = shifted(text(session, "end"), minutes)?;
    let old_room = session.get("room").and_then(Node::as_str);
    let same_room = room.is_none_or(|room| room == old_room);
    if minutes == 0 && same_room {
        return None;
    }
    let mut after = fields.clone();
    let mut set = |name: &str, value: Option<&str>| {
        let at = after.iter().position(|field| field.name == name);
        match (at, value) {
            (Some(at), Some(value)) => after[at].value = document::string(value),
            (Some(at), None) => {
                after.remove(at);
            }
            (None, Some(value)) => after.push(crate::feed::json::Field {
                name: name.to_owned(),
                value: document::string(value),
                position: Default::default(),
            }),
            (None, None) => {}
        }
    };
    set("start", Some(&start));
    set("end", Some(&end));
    if let Some(room) = room {
        set("room", room);
    }
    let after = document::node(Value::Object(after));
    Some(Edit::set(root, path, Some(after)))
}

/// The edit that moves session `index` to start at `minute` of `date` (on the wall
/// clock) in `room`, keeping its length: where a session is dropped.
pub fn moved_to(
    root: &Node,
    index: usize,
    date: &str,
    minute: i64,
    room: Option<&str>,
) -> Option<Edit> {
    let session = document::get(root, &[Step::Field("sessions"), Step::Index(index)])?;
    let (from_date, from) = wall(text(session, "start"))?;
    let days = |date: &str| {
        crate::feed::Date::parse(date)
            .ok()
            .map(|d| d.days_since_epoch())
    };
    let minutes = (days(date)? - days(&from_date)?) * 24 * 60 + minute - from;
    moved(root, index, minutes, Some(room))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::json::parse;

    fn draft() -> Node {
        parse(
            r#"{"event": {"languages": ["fr", "en"]},
                "rooms": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                "sessions": [
                  {"id": "late", "title": {"fr": "Clôture", "en": "Closing"}, "room": "a",
                   "start": "2027-06-09T16:00:00+02:00", "end": "2027-06-09T17:00:00+02:00"},
                  {"id": "open", "title": "Ouverture", "room": "a",
                   "start": "2027-06-08T10:00:00+02:00", "end": "2027-06-08T11:00:00+02:00"},
                  {"id": "map", "title": "Cartographier", "room": "b",
                   "start": "2027-06-08T10:00:00+02:00", "end": "2027-06-08T09:45:00+02:00"},
                  {"id": "new", "title": "Sans heure"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn sessions_are_placed_day_by_day_by_their_wall_clock() {
        let days = days(&draft());
        let dates: Vec<&str> = days.iter().map(|day| day.date.as_str()).collect();
        assert_eq!(dates, ["2027-06-08", "2027-06-09"]);
        let first: Vec<(&str, i64, i64, Option<&str>)> = days[0]
            .sessions
            .iter()
            .map(|s| (s.title.as_str(), s.start, s.end, s.room.as_deref()))
            .collect();
        // The end before its start is shown a step long; by start, then room.
        assert_eq!(
            first,
            [
                ("Ouverture", 600, 660, Some("a")),
                ("Cartographier", 600, 615, Some("b"))
            ]
        );
        assert_eq!(days[1].sessions[0].title, "Clôture");
        assert!(days.iter().flat_map(|d| &d.sessions).all(|s| s.lane == 0));
        // Two at once in one room: the later one beside the first.
        let doc = parse(
            r#"{"sessions": [
                 {"title": "A", "room": "a", "start": "2027-06-08T10:00:00+02:00", "end": "2027-06-08T11:00:00+02:00"},
                 {"title": "B", "room": "a", "start": "2027-06-08T10:30:00+02:00", "end": "2027-06-08T11:30:00+02:00"},
                 {"title": "C", "room": "b", "start": "2027-06-08T10:30:00+02:00", "end": "2027-06-08T11:30:00+02:00"},
                 {"title": "D", "room": "a", "start": "2027-06-08T11:00:00+02:00", "end": "2027-06-08T11:15:00+02:00"}]}"#,
        )
        .unwrap();
        let lanes: Vec<(String, usize)> = super::days(&doc)[0]
            .sessions
            .iter()
            .map(|s| (s.title.clone(), s.lane))
            .collect();
        assert_eq!(
            lanes,
            [
                ("A".into(), 0),
                ("B".into(), 1),
                ("C".into(), 0),
                ("D".into(), 1)
            ]
        );
        assert_eq!(clock(605), "10:05");
    }

    fn after(doc: &Node, edit: Edit) -> Node {
        let mut doc = doc.clone();
        assert!(edit.apply(&mut doc));
        doc
    }

    fn at(doc: &Node, index: usize, field: &'static str) -> String {
        document::text_at(
            doc,
            &[
                Step::Field("sessions"),
                Step::Index(index),
                Step::Field(field),
            ],
        )
    }

    #[test]
    fn a_session_moves_whole_and_undoes_in_one_step() {
        let doc = draft();
        let edit = moved(&doc, 1, STEP, None).unwrap();
        let later = after(&doc, edit.clone());
        assert_eq!(at(&later, 1, "start"), "2027-06-08T10:15:00+02:00");
        assert_eq!(at(&later, 1, "end"), "2027-06-08T11:15:00+02:00");
        assert_eq!(at(&later, 1, "room"), "a");
        // Its other fields, and the other sessions, as they were.
        assert_eq!(at(&later, 1, "title"), "Ouverture");
        assert_eq!(at(&later, 2, "start"), at(&doc, 2, "start"));
        assert_eq!(after(&later, edit.inverse()), doc);
    }

    #[test]
    fn a_session_moves_to_another_room_and_out_of_any() {
        let doc = draft();
        let moved_in = after(&doc, moved(&doc, 1, 0, Some(Some("b"))).unwrap());
        assert_eq!(at(&moved_in, 1, "room"), "b");
        let out = after(&doc, moved(&doc, 1, 0, Some(None)).unwrap());
        assert_eq!(at(&out, 1, "room"), "");
        // Nothing to change, or no times to move: no edit.
        assert_eq!(moved(&doc, 1, 0, Some(Some("a"))), None);
        assert_eq!(moved(&doc, 3, STEP, None), None);
    }

    #[test]
    fn a_session_dropped_at_a_time_keeps_its_length() {
        let doc = draft();
        let edit = moved_to(&doc, 1, "2027-06-09", 14 * 60 + 30, Some("b")).unwrap();
        let dropped = after(&doc, edit);
        assert_eq!(at(&dropped, 1, "start"), "2027-06-09T14:30:00+02:00");
        assert_eq!(at(&dropped, 1, "end"), "2027-06-09T15:30:00+02:00");
        assert_eq!(at(&dropped, 1, "room"), "b");
    }
}
