//! Agenda logic with no DOM: sessions grouped by day, what is on now or next, filters
//! and search, overlaps, and the visitor's starred sessions.

pub mod filter;
pub mod grid;
pub mod keys;
pub mod line;
pub mod search;
pub mod starred;

use crate::feed::{Date, Feed, Session, SessionKind, SessionStatus};

/// One day of the programme.
#[derive(Debug, PartialEq)]
pub struct Day<'a> {
    /// The date as the organiser wrote the sessions' times (the event's local date).
    pub date: Date,
    /// The day's sessions, earliest first.
    pub sessions: Vec<&'a Session>,
}

/// The programme by day, each day's sessions in time order.
pub fn days(feed: &Feed) -> Vec<Day<'_>> {
    let mut days: Vec<Day<'_>> = Vec::new();
    for session in feed.sessions_by_time() {
        let date = session.start.local_date();
        // Sessions come in time order, so days mostly do too; insert keeps them sorted
        // when offsets differ, without a sort (each costs wasm bytes).
        match days.iter().position(|day| day.date >= date) {
            Some(i) if days[i].date == date => days[i].sessions.push(session),
            Some(i) => days.insert(
                i,
                Day {
                    date,
                    sessions: vec![session],
                },
            ),
            None => days.push(Day {
                date,
                sessions: vec![session],
            }),
        }
    }
    days
}

/// Where the event stands at a given moment.
#[derive(Debug, PartialEq)]
pub enum Phase<'a> {
    /// Before the first session; seconds until it starts.
    Before { starts_in: i64 },
    /// Between the first session's start and the last session's end.
    During {
        /// Sessions under way, earliest first (breaks included: a visitor wants to know).
        now: Vec<&'a Session>,
        /// The next session to start, if any.
        next: Option<&'a Session>,
    },
    /// After the last session has ended.
    After,
}

/// Where the event stands at `now` (seconds since the epoch). Cancelled sessions count
/// for neither now nor next. An event without sessions is placed by its dates at UTC.
pub fn phase(feed: &Feed, now: i64) -> Phase<'_> {
    let live = || {
        feed.sessions_by_time()
            .filter(|s| s.status == SessionStatus::Confirmed)
    };
    let first = live().map(|s| s.start.unix).min();
    let last = live().map(|s| s.end.unix).max();
    let (first, last) = match (first, last) {
        (Some(first), Some(last)) => (first, last),
        _ => (
            feed.event.start.days_since_epoch() * 86_400,
            feed.event.end.next().days_since_epoch() * 86_400,
        ),
    };
    if now < first {
        return Phase::Before {
            starts_in: first - now,
        };
    }
    if now >= last {
        return Phase::After;
    }
    Phase::During {
        now: live()
            .filter(|s| s.start.unix <= now && now < s.end.unix)
            .collect(),
        next: live().find(|s| s.start.unix > now),
    }
}

/// Until when (seconds since the epoch) what a page shows of the clock at `now` stays as
/// it is: the event's phase, the sessions under way and the agenda's now line, and with
/// `relative` the home page's "starts in 3 days". `None`: never again (the event is over).
/// A page rendered at publish time is the app's view at that moment; past this instant
/// the app must show it again (src/web/first-paint.js starts it at once).
pub fn unchanged_until(feed: &Feed, now: i64, relative: bool) -> Option<i64> {
    let starts_in = match phase(feed, now) {
        Phase::After => return None,
        // Under way: the now line moves each minute.
        Phase::During { .. } => return Some(now),
        Phase::Before { starts_in } => starts_in,
    };
    let first = now + starts_in;
    // Any session can show as under way (not only the confirmed ones `phase` counts), and
    // a day's grid draws its now line from the mark before its first session.
    let earliest = feed
        .sessions
        .iter()
        .map(|s| s.start.unix)
        .fold(first, i64::min);
    let live = earliest - earliest.rem_euclid(grid::MARK);
    if !relative {
        return Some(live);
    }
    // "Starts in" counts days, else hours, else minutes (`Messages::starts_in`): it reads
    // the same until the count drops.
    let unit = match starts_in {
        s if s >= 86_400 => 86_400,
        s if s >= 3_600 => 3_600,
        _ => 60,
    };
    Some(live.min(first - starts_in / unit * unit))
}

/// What a visitor can watch of a session at a given moment.
#[derive(Debug, PartialEq, Eq)]
pub enum Watch<'a> {
    /// Its livestream, before it starts: the link to keep.
    Upcoming(&'a str),
    /// Its livestream, while it runs: "watch live".
    Live(&'a str),
    /// Its recording, once it has ended.
    Recording(&'a str),
}

/// What there is to watch of `session` at `now` (seconds since the epoch): its livestream
/// until it ends, its recording after. Nothing for a cancelled session.
pub fn watch(session: &Session, now: i64) -> Option<Watch<'_>> {
    if session.status == SessionStatus::Cancelled {
        return None;
    }
    let ended = now >= session.end.unix;
    match (session.livestream.as_deref(), session.recording.as_deref()) {
        (_, Some(url)) if ended => Some(Watch::Recording(url)),
        (Some(url), _) if !ended && now >= session.start.unix => Some(Watch::Live(url)),
        (Some(url), _) if !ended => Some(Watch::Upcoming(url)),
        _ => None,
    }
}

/// Whether a session is a pause in the programme rather than content.
pub fn is_break(session: &Session) -> bool {
    session.kind == SessionKind::Break
}

/// For each of `sessions`, whether its time overlaps another's (touching ends do not).
/// Cancelled sessions overlap nothing: they take no time.
pub fn overlaps(sessions: &[&Session]) -> Vec<bool> {
    let live = |s: &Session| s.status == SessionStatus::Confirmed;
    sessions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            live(a)
                && sessions.iter().enumerate().any(|(j, b)| {
                    i != j && live(b) && a.start.unix < b.end.unix && b.start.unix < a.end.unix
                })
        })
        .collect()
}
