//! What an organiser probably got wrong in a feed that reads fine: clashes, loose ends,
//! missing bios. Warnings only; `feedcheck check` and the preview list them with the
//! reading errors, all in the order of the file.

use super::diagnostic::{Code, Diagnostic};
use super::model::{Feed, Session, SessionKind, SessionStatus};
use super::time::DateTime;

/// A UTC offset as feeds write it: `+02:00`, `-04:00`.
fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Two sessions that overlap in time (touching ends do not).
fn overlap(a: &Session, b: &Session) -> bool {
    a.start < b.end && b.start < a.end
}

/// Every warning about a feed that has been read, by kind. Callers add them to the
/// reading's diagnostics and sort the whole with [`super::in_file_order`].
pub fn lint(feed: &Feed) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let live: Vec<&Session> = feed
        .sessions_by_time()
        .filter(|s| s.status == SessionStatus::Confirmed)
        .collect();
    for (i, earlier) in live.iter().enumerate() {
        for later in live[i + 1..].iter().take_while(|s| s.start < earlier.end) {
            if !overlap(earlier, later) {
                continue;
            }
            if let (Some(room), Some(other)) = (&later.room, &earlier.room)
                && room == other
            {
                // On both sessions: either may be the one to move.
                for (this, that) in [(later, earlier), (earlier, later)] {
                    out.push(
                        Diagnostic::warning(
                            Code::RoomClash,
                            this.source,
                            format!("$.sessions[{}].room", this.source.index),
                            format!(
                                "`{}` is in room `{room}` at the same time as `{}`",
                                this.id, that.id
                            ),
                        )
                        .with_other(format!("$.sessions[{}]", that.source.index)),
                    );
                }
            }
            // Where a session lists a person: `speakers[0]`, `moderators[1]`.
            let places = |s: &Session| -> Vec<(String, String)> {
                let listed = |field: &str, ids: &[String]| -> Vec<(String, String)> {
                    ids.iter()
                        .enumerate()
                        .map(|(i, id)| (id.clone(), format!("{field}[{i}]")))
                        .collect()
                };
                let mut all = listed("speakers", &s.speakers);
                all.extend(listed("moderators", &s.moderators));
                all
            };
            let (theirs, ours) = (places(earlier), places(later));
            for (person, here) in &ours {
                let Some((_, there)) = theirs.iter().find(|(id, _)| id == person) else {
                    continue;
                };
                for (this, that, at) in [(later, earlier, here), (earlier, later, there)] {
                    out.push(
                        Diagnostic::warning(
                            Code::SpeakerClash,
                            this.source,
                            format!("$.sessions[{}].{at}", this.source.index),
                            format!(
                                "`{person}` is in `{}` and `{}` at the same time",
                                earlier.id, later.id
                            ),
                        )
                        .with_other(format!("$.sessions[{}]", that.source.index)),
                    );
                }
            }
        }
    }
    for session in &feed.sessions {
        let end = format!("$.sessions[{}].end", session.source.index);
        // The day a time falls on where it was written (its own offset); an end at
        // midnight belongs to the day before.
        let day = |t: &DateTime, back: i64| {
            (t.unix + i64::from(t.offset_minutes) * 60 - back).div_euclid(86_400)
        };
        if day(&session.end, 1) > day(&session.start, 0) {
            out.push(Diagnostic::warning(
                Code::Overnight,
                session.source,
                end.clone(),
                format!(
                    "the session `{}` ends on a later day than it starts",
                    session.id
                ),
            ));
        }
        if session.start.offset_minutes != session.end.offset_minutes {
            out.push(Diagnostic::warning(
                Code::OffsetChange,
                session.source,
                end,
                format!(
                    "the session `{}` starts at UTC{} and ends at UTC{}",
                    session.id,
                    offset(session.start.offset_minutes),
                    offset(session.end.offset_minutes)
                ),
            ));
        }
        if session.speakers.is_empty() && session.kind != SessionKind::Break {
            out.push(Diagnostic::warning(
                Code::NoSpeakers,
                session.source,
                format!("$.sessions[{}].speakers", session.source.index),
                format!("the session `{}` has no speakers", session.id),
            ));
        }
    }
    for speaker in &feed.speakers {
        if feed.sessions_of_speaker(&speaker.id).next().is_none() {
            out.push(Diagnostic::warning(
                Code::Unreferenced,
                speaker.source,
                format!("$.speakers[{}]", speaker.source.index),
                format!("no session lists the speaker `{}`", speaker.id),
            ));
        }
        if speaker.bio.is_none() {
            out.push(Diagnostic::warning(
                Code::NoBio,
                speaker.source,
                format!("$.speakers[{}].bio", speaker.source.index),
                format!("the speaker `{}` has no bio", speaker.id),
            ));
        }
    }
    for document in &feed.documents {
        if !feed
            .sessions
            .iter()
            .any(|s| s.documents.contains(&document.id))
        {
            out.push(Diagnostic::warning(
                Code::Unreferenced,
                document.source,
                format!("$.documents[{}]", document.source.index),
                format!(
                    "no session lists the document `{}` (it is still on the documents page)",
                    document.id
                ),
            ));
        }
    }
    out
}
