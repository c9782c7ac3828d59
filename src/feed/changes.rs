//! What changed between two versions of the feed, for the visitor: new announcements,
//! and sessions that moved, were rescheduled, cancelled or restored. DOM-free.

use super::{Feed, Session};

/// How one session changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionChange {
    pub id: String,
    /// Its start or end moved.
    pub time: bool,
    /// Its room changed.
    pub room: bool,
    /// It was cancelled, or restored.
    pub status: bool,
}

/// What a newer feed brings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Ids of announcements that were not there before, newest first.
    pub new_updates: Vec<String>,
    /// Sessions whose time, room or status changed, in time order.
    pub sessions: Vec<SessionChange>,
    /// Ids of sessions that were not there before.
    pub new_sessions: Vec<String>,
}

impl Changes {
    /// Whether nothing a visitor is told about changed.
    pub fn is_empty(&self) -> bool {
        self.new_updates.is_empty() && self.sessions.is_empty() && self.new_sessions.is_empty()
    }
}

fn change(old: &Session, new: &Session) -> Option<SessionChange> {
    let time = old.start.unix != new.start.unix || old.end.unix != new.end.unix;
    let room = old.room != new.room;
    let status = old.status != new.status;
    (time || room || status).then(|| SessionChange {
        id: new.id.clone(),
        time,
        room,
        status,
    })
}

/// What `new` changes from `old`.
pub fn changes(old: &Feed, new: &Feed) -> Changes {
    let mut out = Changes::default();
    for update in new.updates_newest_first() {
        if !old.updates.iter().any(|u| u.id == update.id) {
            out.new_updates.push(update.id.clone());
        }
    }
    for session in new.sessions_by_time() {
        match old.session(&session.id) {
            Some(before) => out.sessions.extend(change(before, session)),
            None => out.new_sessions.push(session.id.clone()),
        }
    }
    out
}
