//! `feedcheck export`: the sample event as JSON-LD and its updates as a JSON Feed, read
//! back by independent parsers.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

fn export(format: &str) -> Vec<u8> {
    let output = Command::new(env!("CARGO_BIN_EXE_feedcheck"))
        .args([
            "export",
            format,
            "public/event.json",
            "--base",
            "https://portal.example/",
        ])
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

#[test]
fn the_updates_read_back_as_a_json_feed() {
    let parsed = feed_rs::parser::parse(&export("jsonfeed")[..]).expect("a valid JSON Feed");
    assert_eq!(
        parsed.title.unwrap().content,
        "Artificial Intelligence and Robotics: Reshaping the Future of Crime, Terrorism and Security"
    );
    let items: Vec<(String, String, String)> = parsed
        .entries
        .iter()
        .map(|e| {
            (
                e.id.clone(),
                e.title.as_ref().unwrap().content.clone(),
                e.published.unwrap().to_rfc3339(),
            )
        })
        .collect();
    assert_eq!(
        items,
        [
            (
                "thank-you".into(),
                "Thank you, and see you in Singapore".into(),
                "2019-04-03T13:00:00+00:00".into()
            ),
            (
                "report-available".into(),
                "Report of the Singapore meeting available".into(),
                "2019-04-02T16:00:00+00:00".into()
            ),
            (
                "programme-published".into(),
                "Programme published".into(),
                "2019-03-28T14:00:00+00:00".into()
            ),
        ]
    );
}

#[test]
fn the_event_reads_back_as_schema_org_json_ld() {
    let event: serde_json::Value = serde_json::from_slice(&export("jsonld")).unwrap();
    assert_eq!(event["@context"], "https://schema.org");
    assert_eq!(event["@type"], "Event");
    assert_eq!(event["startDate"], "2019-04-02T15:00:00-04:00");
    assert_eq!(event["endDate"], "2019-04-02T18:00:00-04:00");
    assert_eq!(
        event["location"]["name"],
        "United Nations Headquarters, Conference Room 11"
    );
    assert_eq!(event["location"]["address"]["addressLocality"], "New York");
    assert_eq!(event["organizer"].as_array().unwrap().len(), 5);
    assert_eq!(event["url"], "https://portal.example/");
    let sessions = event["subEvent"].as_array().unwrap();
    assert_eq!(sessions.len(), 7);
    assert_eq!(sessions[0]["name"], "Opening remarks");
    assert_eq!(sessions[0]["url"], "https://portal.example/agenda/opening");
    assert_eq!(
        sessions[0]["performer"][0]["name"],
        "Bettina Tucci Bartsiotas"
    );
    assert_eq!(
        sessions[0]["performer"][0]["affiliation"]["name"],
        "United Nations Interregional Crime and Justice Research Institute (UNICRI)"
    );
    assert_eq!(sessions[2]["organizer"][0]["name"], "Carl Alexandre");
    assert!(
        sessions
            .iter()
            .all(|s| s["eventStatus"] == "https://schema.org/EventScheduled")
    );
}

/// The events of an unfolded iCalendar text, which must parse.
fn vevents(unfolded: &str) -> Vec<icalendar::parser::Component<'_>> {
    icalendar::parser::read_calendar(unfolded)
        .expect("valid iCalendar")
        .components
        .into_iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect()
}

/// The value of an iCalendar component's property `name`, which must be there.
fn property(event: &icalendar::parser::Component<'_>, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name.as_str() == name)
        .map(|p| p.val.as_str().to_owned())
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn the_sessions_read_back_as_an_icalendar() {
    let text = String::from_utf8(export("ics")).unwrap();
    for physical in text.split("\r\n") {
        assert!(physical.len() <= 75, "a line over 75 octets: {physical:?}");
    }
    let unfolded = icalendar::parser::unfold(&text);
    let events = vevents(&unfolded);
    let events: Vec<_> = events.iter().collect();
    assert_eq!(events.len(), 7);
    let first = events[0];
    assert_eq!(
        property(first, "UID"),
        "opening@ai-robotics-crime-terrorism-security-2019"
    );
    assert_eq!(property(first, "DTSTART"), "20190402T190000Z");
    assert_eq!(property(first, "DTEND"), "20190402T191500Z");
    assert_eq!(property(first, "SUMMARY"), "Opening remarks");
    assert_eq!(
        property(first, "LOCATION"),
        "Conference Room 11, United Nations Headquarters"
    );
    assert_eq!(
        property(first, "URL"),
        "https://portal.example/agenda/opening"
    );
    assert_eq!(property(first, "STATUS"), "CONFIRMED");
    let description = property(first, "DESCRIPTION");
    assert!(
        description.starts_with("Bettina Tucci Bartsiotas"),
        "{description}"
    );
    assert!(
        description.contains("the Kingdom of the Netherlands"),
        "{description}"
    );
    assert!(!property(first, "DTSTAMP").is_empty());
    // UIDs are stable and unique: a re-import updates entries instead of copying them.
    let mut uids: Vec<String> = events.iter().map(|e| property(e, "UID")).collect();
    uids.dedup();
    assert_eq!(uids.len(), 7);
}

/// What the portal's "My agenda" download writes: a chosen list, one of them cancelled,
/// with text that needs escaping, read back field by field.
#[test]
fn a_chosen_list_of_sessions_reads_back_with_the_cancelled_one_marked() {
    use event_portal::export::ics;
    use event_portal::feed::{self, DateTime};
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/localised.json");
    let mut feed = feed::load(&std::fs::read_to_string(path).unwrap())
        .feed
        .unwrap();
    let late = feed
        .sessions
        .iter_mut()
        .find(|s| s.id == "day1-late")
        .unwrap();
    late.title = feed::Text::Plain("Evening; drinks, music\\dance".into());
    let chosen = ["day1-late", "day2"].map(|id| feed.session(id).unwrap());
    let now = DateTime::parse("2026-05-01T12:00:00Z").unwrap();
    let text = ics::calendar(&feed, chosen, now, Some("https://portal.example/"));
    let unfolded = icalendar::parser::unfold(&text);
    let events = vevents(&unfolded);
    let events: Vec<_> = events.iter().collect();
    assert_eq!(events.len(), 2);
    let late = events[0];
    assert_eq!(property(late, "UID"), "day1-late@localised");
    assert_eq!(property(late, "STATUS"), "CANCELLED");
    assert_eq!(property(late, "DTSTAMP"), "20260501T120000Z");
    assert_eq!(property(late, "DTSTART"), "20260504T210000Z");
    // Escaped as RFC 5545 3.3.11 says, and read back as written.
    assert!(
        text.contains("SUMMARY:Evening\\; drinks\\, music\\\\dance\r\n"),
        "{text}"
    );
    assert_eq!(property(late, "SUMMARY"), "Evening; drinks, music\\dance");
    assert_eq!(
        property(late, "URL"),
        "https://portal.example/agenda/day1-late"
    );
    let day2 = events[1];
    assert_eq!(property(day2, "STATUS"), "CONFIRMED");
    assert_eq!(
        property(day2, "SUMMARY"),
        "Day two",
        "the event's first language"
    );
    assert_eq!(property(day2, "LOCATION"), "Room XX, Palais des Nations");
}
