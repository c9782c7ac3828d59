//! `feedcheck import pretalx` on a schedule.json written by hand to the c3voc schema
//! that pretalx exports, round-tripped through the reader and `feedcheck check`.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use event_portal::feed::{self, SessionKind};

fn feedcheck(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_feedcheck"))
        .args(args)
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .output()
        .unwrap()
}

#[test]
fn a_pretalx_schedule_becomes_a_clean_feed_keeping_its_ids() {
    let output = feedcheck(&["import", "pretalx", "tests/fixtures/pretalx/schedule.json"]);
    assert!(output.status.success());
    let json = String::from_utf8(output.stdout).unwrap();
    let loaded = feed::load(&json);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let feed = loaded.feed.unwrap();

    assert_eq!(feed.event.id, "unga-ai");
    assert_eq!(feed.event.timezone, "America/New_York");
    assert_eq!(feed.event.languages, ["en", "fr"]);
    let rooms: Vec<&str> = feed.rooms.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(rooms, ["conference-room-11", "conference-room-4"]);
    let tracks: Vec<(&str, Option<&str>)> = feed
        .tracks
        .iter()
        .map(|t| (t.id.as_str(), t.color.as_deref()))
        .collect();
    // A track the schedule uses without listing it ("Ethics") is added.
    assert_eq!(
        tracks,
        [
            ("policing", Some("#2e7d32")),
            ("human-rights", Some("#6a3d9a")),
            ("ethics", None)
        ]
    );
    assert_eq!(
        feed.session("RGHTS9").unwrap().track.as_deref(),
        Some("ethics")
    );

    let ids: Vec<&str> = feed.sessions_by_time().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["OPNG7Q", "PNL3XY", "RGHTS9"]);
    let panel = feed.session("PNL3XY").unwrap();
    assert_eq!(panel.kind, SessionKind::Panel);
    assert_eq!(panel.end.to_string(), "2019-04-02T16:20:00-04:00");
    assert_eq!(panel.room.as_deref(), Some("conference-room-11"));
    assert_eq!(panel.track.as_deref(), Some("policing"));
    assert_eq!(panel.speakers, ["NYPD01", "DIRUN1"]);
    assert!(
        panel
            .abstract_text
            .as_ref()
            .unwrap()
            .pick(&["en"])
            .text
            .starts_with("Panel\n\nLaw enforcement")
    );
    assert_eq!(feed.session("RGHTS9").unwrap().kind, SessionKind::Workshop);

    // A person in two sessions is one speaker, with biography and avatar.
    assert_eq!(feed.speakers.len(), 3);
    let nypd = feed.speaker("NYPD01").unwrap();
    assert_eq!(
        nypd.bio.as_ref().unwrap().pick(&["en"]).text,
        "Speaks for the department."
    );
    assert_eq!(
        nypd.photo.as_deref(),
        Some("https://pretalx.example/media/avatars/nypd.png")
    );
    assert_eq!(feed.sessions_of_speaker("DIRUN1").count(), 2);

    // Attachments become documents at absolute addresses.
    let document = feed.document("OPNG7Q-1").unwrap();
    assert_eq!(
        document.url,
        "https://pretalx.example/media/unga-ai/submissions/OPNG7Q/resources/agenda.pdf"
    );
    assert_eq!(document.media_type, "application/pdf");
    assert_eq!(feed.session("OPNG7Q").unwrap().documents, ["OPNG7Q-1"]);

    // What could not be carried over is said on standard error.
    let notes = String::from_utf8(output.stderr).unwrap();
    for said in [
        "event.venue",
        "event.description",
        "bytes 0",
        "session link",
        "do-not-record",
    ] {
        assert!(notes.contains(said), "{said}: {notes}");
    }

    // And the organisers' checker finds no error in it.
    let file = std::env::temp_dir().join(format!("imported-{}.json", std::process::id()));
    std::fs::write(&file, &json).unwrap();
    let checked = feedcheck(&["check", file.to_str().unwrap()]);
    assert_eq!(
        checked.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&checked.stdout)
    );
    let _ = std::fs::remove_file(file);
}

#[test]
fn a_file_that_is_not_a_schedule_is_refused() {
    let output = feedcheck(&["import", "pretalx", "public/event.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no schedule.conference"));
}
