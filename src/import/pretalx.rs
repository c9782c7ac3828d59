//! A pretalx (or frab) `schedule.json`, the c3voc schedule format that pretalx exports
//! at `/<event>/schedule/export/schedule.json`, turned into an `event.json`.
//!
//! Ids are kept (a session's pretalx code, a speaker's code), rooms and tracks become
//! entries with ids from their slugs, persons become speakers with their biographies and
//! avatars, attachments become documents. What the feed has no place for, or pretalx
//! does not know (the venue, document sizes, links), is listed in the notes.

use serde_json::{Map, Value, json};

use crate::feed::{DateTime, url};

/// The imported feed and what could not be carried over.
pub struct Imported {
    pub feed: Value,
    pub notes: Vec<String>,
}

/// A lower-case id from a name: letters and digits, runs of anything else as `-`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value
        .get(key)?
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `"01:30"` → 5400 seconds.
fn duration(text: &str) -> Option<i64> {
    let (hours, minutes) = text.split_once(':')?;
    Some(hours.parse::<i64>().ok()? * 3600 + minutes.parse::<i64>().ok()? * 60)
}

/// What kind of session a pretalx submission type is.
fn kind(submission_type: &str) -> &'static str {
    let t = submission_type.to_lowercase();
    [
        ("keynote", "keynote"),
        ("panel", "panel"),
        ("workshop", "workshop"),
        ("break", "break"),
        ("pause", "break"),
        ("talk", "talk"),
        ("lecture", "talk"),
        ("presentation", "talk"),
    ]
    .iter()
    .find(|(word, _)| t.contains(word))
    .map_or("other", |(_, kind)| kind)
}

/// A media type for a file name, by its extension.
fn media_type(file: &str) -> &'static str {
    let extension = file.rsplit('.').next().unwrap_or("").to_lowercase();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odp" => "application/vnd.oasis.opendocument.presentation",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Rooms or tracks: `{id, name}` entries with the id from the slug (or the name), plus
/// one optional field carried over as it is (a room's description, a track's colour).
fn named_entries(list: &Value, extra: &str) -> Vec<Value> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| {
            let name = text(item, "name")?;
            let id = text(item, "slug").map_or_else(|| slug(name), str::to_owned);
            let mut entry = json!({ "id": id, "name": name });
            if let Some(value) = text(item, extra) {
                entry[extra] = value.into();
            }
            Some(entry)
        })
        .collect()
}

/// The id of the entry called `name`; a room or track that the schedule uses without
/// listing it is added, so every reference in the result resolves.
fn id_of(entries: &mut Vec<Value>, name: &str) -> Value {
    if let Some(entry) = entries.iter().find(|e| e["name"] == name) {
        return entry["id"].clone();
    }
    let id = Value::from(slug(name));
    entries.push(json!({ "id": id, "name": name }));
    id
}

/// Reads a c3voc `schedule.json`. `now` is the time to write as `updated`.
pub fn import(text_in: &str, now: DateTime) -> Result<Imported, String> {
    let root: Value = serde_json::from_str(text_in).map_err(|e| format!("not JSON: {e}"))?;
    let conference = root
        .pointer("/schedule/conference")
        .ok_or("no schedule.conference: is this a pretalx or frab schedule.json?")?;
    let mut notes = Vec::new();
    let base = root
        .pointer("/schedule/base_url")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim_end_matches('/');

    let mut rooms = named_entries(&conference["rooms"], "description");
    let mut tracks = named_entries(&conference["tracks"], "color");

    let mut speakers: Vec<Value> = Vec::new();
    let mut sessions: Vec<Value> = Vec::new();
    let mut documents: Vec<Value> = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    let (mut links_dropped, mut unrecorded) = (0, 0);
    let days = conference["days"].as_array().into_iter().flatten();
    for event in days
        .filter_map(|day| day["rooms"].as_object())
        .flat_map(Map::values)
        .filter_map(Value::as_array)
        .flatten()
    {
        let id = text(event, "code")
            .map(str::to_owned)
            .or_else(|| {
                event
                    .get("id")
                    .map(|i| i.to_string().trim_matches('"').to_owned())
            })
            .or_else(|| text(event, "guid").map(str::to_owned))
            .ok_or("a session has neither code, id nor guid")?;
        let title = text(event, "title").unwrap_or("Untitled");
        let start = text(event, "date")
            .and_then(|d| DateTime::parse(d).ok())
            .ok_or_else(|| format!("session {id} has no date with an offset"))?;
        let seconds = text(event, "duration").and_then(duration).unwrap_or(0);
        let end = DateTime {
            unix: start.unix + seconds,
            ..start
        };
        let mut session = json!({
            "id": id,
            "title": title,
            "kind": kind(text(event, "type").unwrap_or("")),
            "start": start.to_string(),
            "end": end.to_string(),
        });
        if let Some(room) = text(event, "room") {
            session["room"] = id_of(&mut rooms, room);
        }
        if let Some(track) = text(event, "track") {
            session["track"] = id_of(&mut tracks, track);
        }
        let summary: Vec<&str> = [
            text(event, "subtitle"),
            text(event, "abstract"),
            text(event, "description"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !summary.is_empty() {
            session["abstract"] = summary.join("\n\n").into();
        }
        if let Some(language) = text(event, "language")
            && !languages.iter().any(|l| l == language)
        {
            languages.push(language.to_owned());
        }
        let mut speaker_ids = Vec::new();
        for person in event["persons"].as_array().into_iter().flatten() {
            let Some(person_id) = text(person, "code").or_else(|| text(person, "guid")) else {
                continue;
            };
            speaker_ids.push(Value::from(person_id));
            if speakers.iter().any(|s| s["id"] == person_id) {
                continue;
            }
            let name = text(person, "public_name")
                .or_else(|| text(person, "name"))
                .unwrap_or(person_id);
            let mut speaker = json!({ "id": person_id, "name": name });
            if let Some(bio) = text(person, "biography") {
                speaker["bio"] = bio.into();
            }
            if let Some(avatar) = text(person, "avatar").filter(|a| url::safe(a).is_some()) {
                speaker["photo"] = avatar.into();
            }
            speakers.push(speaker);
        }
        session["speakers"] = speaker_ids.into();
        let mut document_ids = Vec::new();
        for (n, attachment) in event["attachments"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let Some(link) = text(attachment, "url") else {
                continue;
            };
            let link = if link.starts_with('/') {
                format!("{base}{link}")
            } else {
                link.to_owned()
            };
            let document_id = format!("{id}-{}", n + 1);
            documents.push(json!({
                "id": document_id,
                "title": text(attachment, "title").unwrap_or("Attachment"),
                "kind": "other",
                "url": link,
                "media_type": media_type(&link),
                "bytes": 0,
                "language": text(event, "language").unwrap_or("en"),
            }));
            document_ids.push(Value::from(document_id));
        }
        if !document_ids.is_empty() {
            session["documents"] = document_ids.into();
        }
        links_dropped += event["links"].as_array().map_or(0, Vec::len);
        unrecorded += usize::from(event["do_not_record"] == true);
        sessions.push(session);
    }

    if languages.is_empty() {
        languages.push("en".into());
    }
    let title = text(conference, "title").unwrap_or("Untitled event");
    notes.push("the venue is not in a pretalx schedule: fill in event.venue".into());
    notes.push("pretalx has no event description: fill in event.description".into());
    if !documents.is_empty() {
        notes.push(format!(
            "{} attachment(s) became documents with bytes 0: fill in their sizes",
            documents.len()
        ));
    }
    if links_dropped > 0 {
        notes.push(format!(
            "{links_dropped} session link(s) were not carried over: the feed has no session links"
        ));
    }
    if unrecorded > 0 {
        notes.push(format!(
            "{unrecorded} session(s) marked do-not-record: the feed has no such field"
        ));
    }
    let mut event = json!({
        "id": text(conference, "acronym").map_or_else(|| slug(title), str::to_owned),
        "title": title,
        "description": format!("{title}."),
        "start": text(conference, "start").unwrap_or(""),
        "end": text(conference, "end").unwrap_or(""),
        "timezone": text(conference, "time_zone_name").unwrap_or("UTC"),
        "venue": { "name": "To be announced", "city": "To be announced" },
        "languages": languages,
    });
    if let Some(link) = text(conference, "url") {
        event["links"] = json!([{ "title": "Call for papers and schedule", "url": link }]);
    }
    Ok(Imported {
        feed: json!({
            "$schema": "event.schema.json",
            "updated": now.to_string(),
            "refresh": 60,
            "event": event,
            "rooms": rooms,
            "tracks": tracks,
            "speakers": speakers,
            "sessions": sessions,
            "documents": documents,
            "updates": [],
        }),
        notes,
    })
}
