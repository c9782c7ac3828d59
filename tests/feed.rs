//! The feed model and its validation, on the bundled sample and on fixture files.
//!
//! Each `tests/fixtures/bad/NAME.json` has a `NAME.expected` beside it listing every
//! diagnostic the validator must report, one `severity code path` a line. Good fixtures
//! must load with no error at all.

use std::fs;
use std::path::{Path, PathBuf};

use event_portal::agenda;
use event_portal::feed::{self, SessionStatus, Severity};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/fixtures").join(kind))
        .expect("fixture folder")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn summary(path: &Path) -> Vec<String> {
    let loaded = feed::load(&fs::read_to_string(path).unwrap());
    let mut lines: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            format!("{severity} {} {}", d.code.as_str(), d.path)
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn the_sample_feed_is_clean() {
    let json = fs::read_to_string(root().join("public/event.json")).unwrap();
    let loaded = feed::load(&json);
    assert!(
        loaded.diagnostics.is_empty(),
        "the sample feed must have no problem at all:\n{}",
        loaded
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let feed = loaded.feed.expect("the sample feed loads");
    assert_eq!(feed.event.timezone, "America/New_York");
    assert!((6..=10).contains(&feed.sessions.len()));
    assert_eq!(feed.documents.len(), 2);
    assert!((2..=3).contains(&feed.updates.len()));
    for named in ["Bettina Tucci Bartsiotas", "Carl Alexandre"] {
        assert!(
            feed.speakers
                .iter()
                .any(|s| s.name.pick(&["en"]).text == named),
            "{named} is a speaker"
        );
    }
    // The event ran 15:00 to 18:00 New York time on 2 April 2019.
    let times: Vec<_> = feed.sessions_by_time().map(|s| s.start).collect();
    assert_eq!(
        times.first().unwrap().to_string(),
        "2019-04-02T15:00:00-04:00"
    );
    assert_eq!(
        feed.sessions_by_time().last().unwrap().end.to_string(),
        "2019-04-02T18:00:00-04:00"
    );
}

#[test]
fn every_sample_document_exists_with_its_stated_size() {
    let json = fs::read_to_string(root().join("public/event.json")).unwrap();
    let feed = feed::load(&json).feed.unwrap();
    for document in &feed.documents {
        let file = root().join("public").join(&document.url);
        let bytes = fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(bytes.len() as u64, document.bytes, "{}", document.url);
        assert!(bytes.starts_with(b"%PDF-"), "{} is a PDF", document.url);
        assert_eq!(document.media_type, "application/pdf");
    }
}

#[test]
fn good_fixtures_load_without_errors() {
    let files = fixtures("good");
    assert!(files.len() >= 2);
    for path in files {
        let loaded = feed::load(&fs::read_to_string(&path).unwrap());
        assert!(
            !loaded.has_errors(),
            "{}: {:?}",
            path.display(),
            loaded.diagnostics
        );
        assert!(loaded.feed.is_some(), "{}", path.display());
    }
}

#[test]
fn bad_fixtures_report_exactly_the_expected_problems() {
    let files = fixtures("bad");
    assert!(files.len() >= 7);
    for path in files {
        let expected_file = path.with_extension("expected");
        let mut expected: Vec<String> = fs::read_to_string(&expected_file)
            .unwrap_or_else(|_| panic!("{} is missing", expected_file.display()))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect();
        expected.sort();
        assert_eq!(summary(&path), expected, "{}", path.display());
    }
}

#[test]
fn a_bad_entry_costs_only_that_entry() {
    let loaded =
        feed::load(&fs::read_to_string(root().join("tests/fixtures/bad/references.json")).unwrap());
    let feed = loaded.feed.expect("the feed is still usable");
    let session = feed.session("s1").expect("the session stays");
    assert_eq!(session.speakers, ["a"], "the unknown speaker is left out");
    assert!(session.moderators.is_empty());
    assert_eq!(session.documents, ["d"]);
    assert_eq!(session.room, None);
    assert_eq!(feed.updates[0].sessions, ["s1"]);

    let loaded =
        feed::load(&fs::read_to_string(root().join("tests/fixtures/bad/duplicates.json")).unwrap());
    let feed = loaded.feed.unwrap();
    assert_eq!(feed.speakers.len(), 2, "the second `a` is dropped");
    assert_eq!(
        feed.speaker("a").unwrap().name.pick(&["en"]).text,
        "First A"
    );
    assert_eq!(feed.session("s").unwrap().title.pick(&["en"]).text, "One");
}

#[test]
#[cfg(feature = "sentences")]
fn messages_say_what_to_fix() {
    let loaded =
        feed::load(&fs::read_to_string(root().join("tests/fixtures/bad/references.json")).unwrap());
    let message = &loaded.diagnostics[0];
    assert_eq!(
        message.to_string(),
        "14:15: error: $.sessions[0].room: no room has the id `yy`; add it to `rooms` or fix the spelling (unknown-reference)"
    );
    let loaded = feed::load("{\"updated\": ");
    assert!(loaded.feed.is_none());
    let syntax = &loaded.diagnostics[0];
    assert_eq!(
        syntax.position.map(|p| (p.line, p.column)),
        Some((1, 13)),
        "{syntax}"
    );
    assert!(syntax.message.contains("expected a value"), "{syntax}");
}

#[test]
fn sessions_group_by_local_day_in_time_order() {
    let loaded =
        feed::load(&fs::read_to_string(root().join("tests/fixtures/good/localised.json")).unwrap());
    let feed = loaded.feed.unwrap();
    let days = agenda::days(&feed);
    let ids: Vec<(String, Vec<&str>)> = days
        .iter()
        .map(|d| {
            (
                d.date.to_string(),
                d.sessions.iter().map(|s| s.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("2026-05-04".to_owned(), vec!["day1", "day1-late"]),
            ("2026-05-05".to_owned(), vec!["day2"]),
        ]
    );
    assert_eq!(
        feed.session("day1-late").unwrap().status,
        SessionStatus::Cancelled
    );
    assert_eq!(feed.event.title.pick(&["fr"]).text, "Deux jours à Genève");
    let speaker_sessions: Vec<&str> = feed
        .sessions_of_speaker("a")
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(speaker_sessions, ["day1", "day2"]);
}

#[test]
fn now_and_next_follow_the_clock() {
    use event_portal::agenda::Phase;
    let json = fs::read_to_string(root().join("public/event.json")).unwrap();
    let feed = feed::load(&json).feed.unwrap();
    let at = |text: &str| feed::DateTime::parse(text).unwrap().unix;

    assert_eq!(
        agenda::phase(&feed, at("2019-04-01T15:00:00-04:00")),
        Phase::Before { starts_in: 86_400 }
    );
    match agenda::phase(&feed, at("2019-04-02T15:20:00-04:00")) {
        Phase::During { now, next } => {
            assert_eq!(
                now.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
                ["singapore-report"]
            );
            assert_eq!(next.unwrap().id, "panel-policing");
        }
        other => panic!("expected the event to be on, got {other:?}"),
    }
    match agenda::phase(&feed, at("2019-04-02T17:55:00-04:00")) {
        Phase::During { now, next } => {
            assert_eq!(now[0].id, "closing");
            assert!(next.is_none());
        }
        other => panic!("expected the event to be on, got {other:?}"),
    }
    assert_eq!(
        agenda::phase(&feed, at("2019-04-02T18:00:00-04:00")),
        Phase::After
    );
}

#[test]
fn a_livestream_is_offered_until_the_session_ends_and_the_recording_after() {
    use event_portal::agenda::Watch;
    let json = fs::read_to_string(root().join("public/event.json")).unwrap();
    let feed = feed::load(&json).feed.unwrap();
    let mut session = feed.sessions[2].clone();
    session.livestream = Some("https://webtv.un.org/live".into());
    session.recording = Some("https://webtv.un.org/recording".into());
    let (start, end) = (session.start.unix, session.end.unix);
    assert_eq!(
        agenda::watch(&session, start - 60),
        Some(Watch::Upcoming("https://webtv.un.org/live"))
    );
    assert_eq!(
        agenda::watch(&session, start),
        Some(Watch::Live("https://webtv.un.org/live"))
    );
    assert_eq!(
        agenda::watch(&session, end - 1),
        Some(Watch::Live("https://webtv.un.org/live"))
    );
    assert_eq!(
        agenda::watch(&session, end),
        Some(Watch::Recording("https://webtv.un.org/recording"))
    );
    // Without a recording, nothing once it has ended; a cancelled session, nothing ever.
    let mut without = session.clone();
    without.recording = None;
    assert_eq!(agenda::watch(&without, end), None);
    let mut cancelled = session.clone();
    cancelled.status = feed::SessionStatus::Cancelled;
    assert_eq!(agenda::watch(&cancelled, start), None);
}

// serde_json, which edits the feed here, is a native-only dependency.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn changes_name_new_announcements_and_moved_rescheduled_or_cancelled_sessions() {
    use event_portal::feed::changes::{SessionChange, changes};
    let json = fs::read_to_string(root().join("public/event.json")).unwrap();
    let old = feed::load(&json).feed.unwrap();
    assert!(
        changes(&old, &old).is_empty(),
        "the same feed changes nothing"
    );

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["rooms"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "id": "cr4", "name": "Conference Room 4" }));
    let sessions = value["sessions"].as_array_mut().unwrap();
    let by_id = |sessions: &mut Vec<serde_json::Value>, id: &str| {
        sessions.iter().position(|s| s["id"] == id).unwrap()
    };
    let i = by_id(sessions, "panel-policing");
    sessions[i]["room"] = "cr4".into();
    let i = by_id(sessions, "closing");
    sessions[i]["start"] = "2019-04-02T17:55:00-04:00".into();
    let i = by_id(sessions, "opening");
    sessions[i]["status"] = "cancelled".into();
    let mut extra = sessions[0].clone();
    extra["id"] = "late-addition".into();
    sessions.push(extra);
    let mut update = value["updates"][0].clone();
    update["id"] = "room-change".into();
    update["published"] = "2019-04-02T15:00:00-04:00".into();
    value["updates"].as_array_mut().unwrap().push(update);
    let new = feed::load(&value.to_string()).feed.unwrap();

    let found = changes(&old, &new);
    assert_eq!(found.new_updates, ["room-change"]);
    assert_eq!(found.new_sessions, ["late-addition"]);
    assert_eq!(
        found.sessions,
        [
            SessionChange {
                id: "opening".into(),
                time: false,
                room: false,
                status: true
            },
            SessionChange {
                id: "panel-policing".into(),
                time: false,
                room: true,
                status: false
            },
            SessionChange {
                id: "closing".into(),
                time: true,
                room: false,
                status: false
            },
        ]
    );
}

/// The feed docs/ORGANISERS.md starts a new event from: title, dates, time zone,
/// languages and one room, with no description, venue, `updated` or sessions yet.
#[cfg(not(target_arch = "wasm32"))] // serde_json is a native-only dependency
#[test]
fn a_new_event_needs_only_its_title_dates_zone_languages_and_id() {
    let text = fs::read_to_string(root().join("tests/fixtures/good/new-event.json")).unwrap();
    let loaded = feed::load(&text);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let new = loaded.feed.unwrap();
    assert_eq!(
        (new.event.description.as_ref(), new.event.venue.as_ref()),
        (None, None)
    );
    assert!(new.sessions.is_empty());
    // What it leaves out is left out of the exports too, not written empty.
    let json_ld = event_portal::export::json_ld(&new, None);
    assert!(
        !json_ld.contains("description") && !json_ld.contains("location"),
        "{json_ld}"
    );

    // Each field it keeps is needed: without it, one error, at that field.
    let object: serde_json::Value = serde_json::from_str(&text).unwrap();
    for field in ["id", "title", "start", "end", "timezone", "languages"] {
        let mut without = object.clone();
        without["event"].as_object_mut().unwrap().remove(field);
        let loaded = feed::load(&without.to_string());
        let said: Vec<_> = loaded
            .diagnostics
            .iter()
            .map(|d| (d.severity, d.code, d.path.clone()))
            .collect();
        let expected = (
            Severity::Error,
            feed::Code::Missing,
            format!("$.event.{field}"),
        );
        assert_eq!(said, [expected], "{field}");
    }
}

/// A page rendered at publish time shows the clock as it was then (the home page's
/// "starts in", the sessions under way, the agenda's now line): `unchanged_until` says how
/// long that stays true, so that the start script can leave the page to the reader until
/// then. Walked minute by minute over the day before the sample event and its first
/// hours: at every instant before the bound the page would show the same, and the bound
/// is the moment it changes, not an hour early (the app would then start for nothing).
#[test]
fn a_rendered_page_shows_the_clock_as_the_app_would_until_its_bound() {
    use event_portal::agenda::{Phase, grid::Frame};
    use event_portal::i18n::Language;
    let json = fs::read_to_string(root().join("public/event.json")).unwrap();
    let feed = feed::load(&json).feed.unwrap();
    let m = Language::English.messages();
    let rooms: Vec<&str> = feed.rooms.iter().map(|r| r.id.as_str()).collect();
    let days = agenda::days(&feed);
    // What a page shows of the clock at `t`.
    let shown = |t: i64, relative: bool| {
        let sentence = match agenda::phase(&feed, t) {
            Phase::Before { starts_in } if relative => m.starts_in(starts_in),
            Phase::Before { .. } => "before".to_owned(),
            Phase::During { now, next } => format!("{now:?} {next:?}"),
            Phase::After => "after".to_owned(),
        };
        let live: Vec<&str> = feed
            .sessions
            .iter()
            .filter(|s| s.status != SessionStatus::Cancelled && s.start.unix <= t && t < s.end.unix)
            .map(|s| s.id.as_str())
            .collect();
        let now_line: Vec<bool> = days
            .iter()
            .map(|day| {
                let frame = Frame::of(rooms.iter().copied(), &day.sessions);
                frame.from <= t && t < frame.until
            })
            .collect();
        (sentence, live, now_line)
    };
    let at = |text: &str| feed::DateTime::parse(text).unwrap().unix;
    let first = at("2019-04-02T15:00:00-04:00");
    for relative in [false, true] {
        let mut changes = 0;
        let mut t = first - 3 * 86_400;
        while t < first + 2 * 3_600 {
            let until = agenda::unchanged_until(&feed, t, relative);
            let bound = until.expect("the event is not over");
            assert!(bound >= t, "{t}: a bound in the past ({bound})");
            if bound > t {
                assert_eq!(
                    shown(bound - 1, relative),
                    shown(t, relative),
                    "{t}: changed before {bound}"
                );
                // Not early: the page changes within the minute after it.
                assert_ne!(
                    shown(bound + 60, relative),
                    shown(t, relative),
                    "{t}: {bound} is early"
                );
                changes += 1;
            }
            t += 60;
        }
        assert!(
            changes > 1000,
            "the page was never left to the reader: {changes}"
        );
    }
    // Under way: the now line moves each minute, the app starts at once.
    assert_eq!(
        agenda::unchanged_until(&feed, first + 60, true),
        Some(first + 60)
    );
    // Over: nothing changes again.
    assert_eq!(
        agenda::unchanged_until(&feed, at("2019-04-02T18:00:00-04:00"), true),
        None
    );
}
