//! Properties of reading any feed, checked on thousands of structural mutations of the
//! sample: fields dropped, renamed or given values of the wrong type, entries repeated,
//! ids misspelt. Byte-level mutations are `tests/json.rs`'s; unbounded fuzzing is
//! `make fuzz`'s. Whatever the input:
//!
//! - reading never panics, and every problem has a JSONPath and a position in the file;
//! - what is read is consistent: every reference resolves, ids are unique, the time
//!   order is sorted, and a session's entry costs only itself;
//! - every session left out of the feed is accounted for by an error at its path.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use event_portal::feed::{self, Feed, Severity};
use serde_json::{Value, json};

/// A small deterministic random source (xorshift), so a failure is reproducible.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn sample() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/event.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Values an organiser might put in the wrong place.
fn odd_values() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1e300),
        json!(""),
        json!(" "),
        json!("opening"),
        json!("cr11"),
        json!("2019-04-02"),
        json!("2019-04-02T15:00:00"),
        json!("2019-04-02T25:00:00-04:00"),
        json!("2019-02-30T10:00:00Z"),
        json!("javascript:alert(1)"),
        json!("../../etc/passwd"),
        json!("مرحبا 你好 😀"),
        json!("x".repeat(5000)),
        json!([]),
        json!(["opening", "nobody", 3]),
        json!({}),
        json!({"en": "English", "fr": ""}),
        json!({"not a tag": "x"}),
    ]
}

/// Every object and list in `value`, as paths of keys and indexes from the root.
fn containers(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Object(map) => {
            out.push(path.clone());
            for (key, child) in map {
                path.push(Step::Key(key.clone()));
                containers(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            out.push(path.clone());
            for (i, child) in items.iter().enumerate() {
                path.push(Step::Index(i));
                containers(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |value, step| match step {
        Step::Key(key) => &mut value[key.as_str()],
        Step::Index(i) => &mut value[*i],
    })
}

/// One structural change somewhere in the feed.
fn mutate(feed: &mut Value, random: &mut Random) {
    let mut all = Vec::new();
    containers(feed, &mut Vec::new(), &mut all);
    let path = random.pick(&all).clone();
    let odd = odd_values();
    match at(feed, &path) {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = random.pick(&keys).clone();
            match random.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    let value = map.remove(&key).unwrap();
                    map.insert(format!("{key}_"), value);
                }
                _ => {
                    map.insert(key, random.pick(&odd).clone());
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = random.below(items.len());
            match random.below(3) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.push(copy);
                }
                _ => items[i] = random.pick(&odd).clone(),
            }
        }
        other => *other = random.pick(&odd).clone(),
    }
}

/// The ids of a collection, checked to be unique.
fn ids(list: Vec<&str>) -> HashSet<&str> {
    let set: HashSet<&str> = list.iter().copied().collect();
    assert_eq!(set.len(), list.len(), "ids are unique: {list:?}");
    set
}

/// The properties every read feed has, whatever the input was.
fn check_consistent(feed: &Feed) {
    let speakers = ids(feed.speakers.iter().map(|s| s.id.as_str()).collect());
    let rooms = ids(feed.rooms.iter().map(|r| r.id.as_str()).collect());
    let tracks = ids(feed.tracks.iter().map(|t| t.id.as_str()).collect());
    let documents = ids(feed.documents.iter().map(|d| d.id.as_str()).collect());
    let sessions = ids(feed.sessions.iter().map(|s| s.id.as_str()).collect());
    ids(feed.updates.iter().map(|u| u.id.as_str()).collect());
    for session in &feed.sessions {
        for id in session.speakers.iter().chain(&session.moderators) {
            assert!(speakers.contains(id.as_str()), "speaker {id} resolves");
        }
        for id in &session.documents {
            assert!(documents.contains(id.as_str()), "document {id} resolves");
        }
        if let Some(room) = &session.room {
            assert!(rooms.contains(room.as_str()));
        }
        if let Some(track) = &session.track {
            assert!(tracks.contains(track.as_str()));
        }
        assert_eq!(feed.session(&session.id).map(|s| &s.id), Some(&session.id));
    }
    for update in &feed.updates {
        for id in &update.sessions {
            assert!(
                sessions.contains(id.as_str()),
                "update's session {id} resolves"
            );
        }
    }
    let times: Vec<_> = feed
        .sessions_by_time()
        .map(|s| (s.start.unix, s.end.unix))
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "time order");
    assert_eq!(times.len(), feed.sessions.len());
    assert!((5..=3600).contains(&feed.refresh));
}

#[test]
fn reading_any_mutation_of_the_sample_is_consistent_and_accounts_for_what_it_drops() {
    let mut random = Random(0x2545_F491_4F6C_DD1D);
    let sample = sample();
    for round in 0..3000 {
        let mut input = sample.clone();
        for _ in 0..1 + random.below(4) {
            mutate(&mut input, &mut random);
        }
        let text = serde_json::to_string_pretty(&input).unwrap();
        let lines = text.lines().count() as u32;
        let loaded = feed::load(&text);
        for diagnostic in &loaded.diagnostics {
            assert!(diagnostic.path.starts_with('$'), "{diagnostic}");
            let position = diagnostic.position.expect("every problem has a position");
            assert!(
                (1..=lines).contains(&position.line) && position.column >= 1,
                "round {round}: {diagnostic} is inside the file's {lines} lines"
            );
        }
        let Some(feed) = loaded.feed else {
            assert!(loaded.has_errors(), "round {round}: no feed, yet no error");
            continue;
        };
        check_consistent(&feed);
        // Each session of the input that is not in the feed has an error at its path.
        let given = input["sessions"].as_array().map_or(0, Vec::len);
        let read: HashSet<usize> = feed.sessions.iter().map(|s| s.source.index).collect();
        for index in (0..given).filter(|i| !read.contains(i)) {
            let prefix = format!("$.sessions[{index}]");
            assert!(
                loaded
                    .diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Error
                        && (d.path == prefix
                            || d.path.starts_with(&format!("{prefix}."))
                            || d.path.starts_with(&format!("{prefix}[")))),
                "round {round}: session {index} was dropped silently"
            );
        }
    }
}

#[test]
fn a_bad_reference_costs_the_reference_not_the_session() {
    let mut input = sample();
    let session = &mut input["sessions"][1];
    let id = session["id"].as_str().unwrap().to_owned();
    let speakers_before = session["speakers"].as_array().unwrap().len();
    session["speakers"][0] = json!("nobody-by-that-name");
    session["room"] = json!("no-such-room");
    session["documents"] = json!(["no-such-document"]);
    let loaded = feed::load(&serde_json::to_string_pretty(&input).unwrap());
    let feed = loaded.feed.expect("the feed is still read");
    let session = feed.session(&id).expect("the session is still shown");
    assert_eq!(session.speakers.len(), speakers_before - 1);
    assert_eq!(session.room, None);
    assert!(session.documents.is_empty());
    let mut paths: Vec<&str> = loaded.diagnostics.iter().map(|d| d.path.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "$.sessions[1].documents[0]",
            "$.sessions[1].room",
            "$.sessions[1].speakers[0]",
        ]
    );
}

#[test]
fn a_reference_to_an_entry_left_out_is_left_out_too_and_says_why() {
    let mut input = sample();
    let speaker = input["sessions"][1]["speakers"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let position = input["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["id"] == speaker.as_str())
        .unwrap();
    // The speaker entry exists but cannot be read: it has no name.
    input["speakers"][position]
        .as_object_mut()
        .unwrap()
        .remove("name");
    let loaded = feed::load(&serde_json::to_string_pretty(&input).unwrap());
    let feed = loaded.feed.unwrap();
    check_consistent(&feed);
    assert!(feed.speaker(&speaker).is_none());
    let reference = loaded
        .diagnostics
        .iter()
        .find(|d| d.path == "$.sessions[1].speakers[0]")
        .expect("the reference is reported where it stands");
    assert!(
        reference.message.contains("left out for its own errors"),
        "{reference}"
    );
}
