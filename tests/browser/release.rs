//! The organisers' release as an organiser uses it: the archive unpacked, the sample's
//! `event.json` and documents replaced by their own event, uploaded to nginx with
//! deploy/nginx.conf at the site's root (the folder as it is) and under `/events/2026/`
//! (what tools/publish.sh writes for that address). Everything a visitor can see is the
//! new event's, before the wasm starts and after, online and offline after one visit,
//! under the strict Content-Security-Policy, and nothing of the sample shows anywhere.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::deploy::unpacked_release;
use crate::support::browser::Browser;
use crate::support::nginx::{Nginx, get};
use crate::support::{PHONE, run, sample_feed};

/// An event an organiser publishes with the release.
struct Event {
    feed: Value,
    /// Its documents, by path inside the site.
    documents: Vec<(String, Vec<u8>)>,
    /// Its title as a visitor whose languages the event lacks sees it (the first).
    title: &'static str,
    /// Its first language, in which its pages are rendered.
    language: &'static str,
    /// Pages to open, each with a text its main part must show.
    pages: Vec<(&'static str, String)>,
}

/// Another event than the sample: another title, languages (French, then Spanish) and
/// time zone (Bangkok), 50 sessions in three rooms over two days, five speakers and
/// its own two documents.
fn ocean_forum() -> Event {
    let title = "Forum mondial des océans 2027";
    let speakers: Vec<Value> = ["Amara Diallo", "Kenji Watanabe", "Lucía Fernández", "Olena Kovalenko", "Tariq Haddad"]
        .iter()
        .enumerate()
        .map(|(i, name)| json!({ "id": format!("orateur-{}", i + 1), "name": name, "bio": { "fr": format!("{name} étudie les océans."), "es": format!("{name} estudia los océanos.") } }))
        .collect();
    let sessions: Vec<Value> = (0..50)
        .map(|n| {
            let (day, slot) = (n / 25, n % 25);
            let (room, hour) = (slot % 3, slot / 3);
            let at = |minutes: usize| {
                format!(
                    "2027-03-{:02}T{:02}:{:02}:00+07:00",
                    1 + day,
                    8 + (hour * 60 + minutes) / 60,
                    (hour * 60 + minutes) % 60
                )
            };
            json!({
                "id": format!("seance-{:02}", n + 1),
                "title": { "fr": format!("Séance {} : la haute mer", n + 1), "es": format!("Sesión {}: alta mar", n + 1) },
                "kind": "talk",
                "start": at(0),
                "end": at(45),
                "room": format!("salle-{}", room + 1),
                "speakers": [format!("orateur-{}", n % 5 + 1)],
                "documents": match n {
                    0 => json!(["rapport"]),
                    1 => json!(["programme"]),
                    _ => json!([]),
                },
            })
        })
        .collect();
    let report = b"%PDF-1.4\n% Rapport final du Forum mondial des oceans\n%%EOF\n".to_vec();
    let programme = b"%PDF-1.4\n% Programme du Forum\n%%EOF\n".to_vec();
    let rooms: Vec<Value> = (1..=3)
        .map(|r| json!({ "id": format!("salle-{r}"), "name": format!("Salle {r}") }))
        .collect();
    let feed = json!({
        "$schema": "event.schema.json",
        "event": {
            "id": "forum-oceans-2027",
            "title": { "fr": title, "es": "Foro Mundial de los Océanos 2027" },
            "description": { "fr": "Deux jours sur l’avenir de la haute mer.", "es": "Dos días sobre el futuro de la alta mar." },
            "start": "2027-03-01",
            "end": "2027-03-02",
            "timezone": "Asia/Bangkok",
            "venue": { "name": "Centre de conférences des Nations Unies", "city": "Bangkok" },
            "languages": ["fr", "es"]
        },
        "rooms": rooms,
        "speakers": speakers,
        "sessions": sessions,
        "documents": [
            { "id": "rapport", "title": "Rapport final", "kind": "report", "url": "documents/rapport-final.pdf", "media_type": "application/pdf", "bytes": report.len(), "language": "fr" },
            { "id": "programme", "title": "Programme", "kind": "agenda", "url": "documents/programme.pdf", "media_type": "application/pdf", "bytes": programme.len(), "language": "fr" }
        ],
        "updates": [{ "id": "bienvenue", "published": "2027-02-20T10:00:00+07:00", "title": "Les inscriptions sont ouvertes", "body": "Bienvenue au Forum." }]
    });
    Event {
        feed,
        documents: vec![
            ("documents/rapport-final.pdf".into(), report),
            ("documents/programme.pdf".into(), programme),
        ],
        title,
        language: "fr",
        pages: vec![
            ("", "Deux jours sur l’avenir de la haute mer.".into()),
            ("agenda", "Séance 1 : la haute mer".into()),
            ("agenda/seance-50", "Séance 50 : la haute mer".into()),
            ("speakers", "Tariq Haddad".into()),
            (
                "speakers/orateur-3",
                "Lucía Fernández étudie les océans.".into(),
            ),
            ("documents", "Rapport final".into()),
            ("updates", "Les inscriptions sont ouvertes".into()),
            ("no/such/page", String::new()),
        ],
    }
}

/// The new event of docs/ORGANISERS.md, "Your first event in ten minutes": no
/// sessions, speakers or documents yet.
fn first_event() -> Event {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/new-event.json"),
    )
    .unwrap();
    Event {
        feed: serde_json::from_str(&text).unwrap(),
        documents: Vec::new(),
        title: "World Ocean Forum 2027",
        language: "en",
        pages: vec![
            ("", "World Ocean Forum 2027".into()),
            ("agenda", "The programme is coming soon".into()),
            ("speakers", "No speakers have been announced yet.".into()),
            ("documents", "No documents have been published yet.".into()),
            ("no/such/page", String::new()),
        ],
    }
}

/// Texts of the sample event long enough to be its own: titles, names, the venue.
fn sample_texts() -> Vec<String> {
    let sample = sample_feed();
    let mut texts = Vec::new();
    let mut add = |value: &Value| match value {
        Value::String(text) => texts.push(text.clone()),
        Value::Object(by_language) => texts.extend(
            by_language
                .values()
                .filter_map(|t| t.as_str().map(str::to_owned)),
        ),
        _ => {}
    };
    add(&sample["event"]["title"]);
    add(&sample["event"]["venue"]["name"]);
    for list in ["sessions", "documents", "updates"] {
        for entry in sample[list].as_array().unwrap() {
            add(&entry["title"]);
        }
    }
    for speaker in sample["speakers"].as_array().unwrap() {
        add(&speaker["name"]);
    }
    texts.retain(|text| text.chars().count() >= 12);
    assert!(texts.len() > 20, "{texts:?}");
    texts
}

/// The sample texts that `text` holds.
fn sample_in(text: &str, sample: &[String]) -> Vec<String> {
    sample
        .iter()
        .filter(|s| text.contains(s.as_str()))
        .cloned()
        .collect()
}

/// The unpacked release with `event` in place of the sample: the organiser replaces
/// `event.json` and the documents folder, and touches nothing else.
fn release_with(name: &str, event: &Event) -> PathBuf {
    let folder = unpacked_release(name);
    std::fs::write(
        folder.join("event.json"),
        serde_json::to_string_pretty(&event.feed).unwrap(),
    )
    .unwrap();
    std::fs::remove_dir_all(folder.join("documents")).unwrap();
    std::fs::create_dir_all(folder.join("documents")).unwrap();
    for (path, bytes) in &event.documents {
        std::fs::write(folder.join(path), bytes).unwrap();
    }
    // Every guide the release's checker (its help lines) and START-HERE.html point to
    // is in the release.
    for named in ["tools/feedcheck.wasm", "START-HERE.html"] {
        let bytes = std::fs::read(folder.join(named)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let guides: Vec<&str> = text
            .match_indices("docs/")
            .filter_map(|(at, _)| {
                let rest = &text[at..];
                let end = rest.find(".md")?;
                let name = &rest[..end + 3];
                name[5..end]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase())
                    .then_some(name)
            })
            .collect();
        assert!(
            !guides.is_empty() || named == "START-HERE.html",
            "{named} names no guide"
        );
        for guide in guides {
            assert!(
                folder.join(guide).is_file(),
                "{named} points to {guide}, not in the release"
            );
        }
    }
    // Checked as the organiser checks it, with the release's own checker: not a warning.
    let checked = Command::new("node")
        .args(["tools/feedcheck.mjs", "check", "event.json"])
        .current_dir(&folder)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&checked.stdout);
    assert!(
        checked.status.success() && said.ends_with("event.json: 0 errors, 0 warnings\n"),
        "{said}"
    );
    folder
}

/// What tools/publish.sh writes from `folder` for a portal served at `base`.
fn published(folder: &Path, base: &str) -> PathBuf {
    let output = Command::new("sh")
        .arg("tools/publish.sh")
        .arg("_site")
        .arg(base)
        .current_dir(folder)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    folder.join("_site")
}

/// Serves `site` at `prefix` with nginx and checks everything a visitor sees.
async fn check_served(site: &Path, prefix: &str, event: &Event) {
    let sample = sample_texts();
    let nginx = Nginx::start(site, prefix);

    // The files a visitor's browser reads as they are: no sample anywhere.
    for file in [
        "",
        "index.html",
        "shell.html",
        "agenda",
        "agenda.html",
        "404.html",
        "sw.js",
        "manifest.webmanifest",
        "event.json",
    ] {
        let answer = get(nginx.port, &format!("{prefix}{file}"), &[]);
        assert_eq!(answer.status, 200, "{prefix}{file}");
        let text = String::from_utf8_lossy(&answer.body);
        assert_eq!(
            sample_in(&text, &sample),
            Vec::<String>::new(),
            "{prefix}{file}"
        );
    }

    // Before the wasm starts (here it never does): published, the page rendered from the
    // new event, for a visitor who reads its language; uploaded as it is, unpublished,
    // the shell with the new title.
    let browser = crate::support::at(PHONE)
        .in_languages(event.language)
        .browser()
        .await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setBlockedURLs", json!({ "urls": ["*_bg.wasm"] }))
        .await;
    browser.visit(&nginx.url(&format!("{prefix}agenda"))).await;
    if site.join("agenda.html").is_file() {
        browser
            .wait_for("#shell.rendered .site-title", |t| t == event.title)
            .await;
        browser
            .wait_for("#shell.rendered h1", |t| !t.is_empty())
            .await;
        let tab = browser.client.title().await.unwrap();
        assert!(tab.ends_with(event.title), "{tab}");
    } else {
        browser
            .wait_for("#shell .shell-title", |t| t == event.title)
            .await;
        assert_eq!(browser.client.title().await.unwrap(), event.title);
    }

    // Every page, from a deep link: the new event's, under the policy.
    let browser = Browser::start(PHONE).await;
    browser.record_policy_violations().await;
    let host = nginx.url("");
    let visit = |offline: bool| {
        let (browser, host, sample) = (&browser, &host, &sample);
        async move {
            for (page, shows) in &event.pages {
                let url = format!("{host}{prefix}{page}");
                browser.open(&url).await;
                browser.wait_for("main h1", |t| !t.is_empty()).await;
                if !shows.is_empty() {
                    browser
                        .wait_for("main", |t| t.contains(shows.as_str()))
                        .await;
                }
                // The tab names the event (the not-found page says only that).
                let tab = browser.client.title().await.unwrap();
                assert!(
                    tab.contains(event.title) || *page == "no/such/page",
                    "{url}: the tab says {tab:?}"
                );
                assert_eq!(sample_in(&tab, sample), Vec::<String>::new(), "{url}");
                let html = browser
                    .eval("return document.documentElement.outerHTML")
                    .await;
                let html = html.as_str().unwrap();
                assert_eq!(sample_in(html, sample), Vec::<String>::new(), "{url}");
                assert_eq!(
                    browser.policy_violations().await,
                    Vec::<String>::new(),
                    "{url} (offline: {offline})"
                );
            }
        }
    };
    visit(false).await;
    browser.open(&nginx.url(prefix)).await;
    browser.wait_for("main h1", |t| !t.is_empty()).await;
    let structured = browser
        .eval("return [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent).join('')")
        .await;
    assert!(
        structured.as_str().unwrap().contains(event.title),
        "JSON-LD: {structured}"
    );
    browser.wait_for_service_worker().await;
    browser.open(&nginx.url(&format!("{prefix}speakers"))).await;
    browser.wait_for("main h1", |t| !t.is_empty()).await;
    let manifest = browser.cdp("Page.getAppManifest", json!({})).await;
    let manifest: Value = serde_json::from_str(manifest["data"].as_str().unwrap()).unwrap();
    assert_eq!(manifest["name"], event.title, "{manifest}");
    // Its home-screen label is the title's first words, not the build's name.
    let short = manifest["short_name"].as_str().unwrap_or_default();
    assert!(
        !short.is_empty() && event.title.starts_with(short) && short.len() <= 12,
        "{manifest}"
    );

    // Offline after that one visit: the host is gone, every page still shows.
    drop(nginx);
    visit(true).await;
}

#[test]
fn another_event_published_at_the_root_is_all_a_visitor_sees() {
    run(async {
        let event = ocean_forum();
        let folder = release_with("release-ocean-root", &event);
        check_served(&folder, "/", &event).await;
    });
}

#[test]
fn another_event_published_under_a_sub_path_is_all_a_visitor_sees() {
    run(async {
        let event = ocean_forum();
        let folder = release_with("release-ocean-sub-path", &event);
        check_served(
            &published(&folder, "/events/2026/"),
            "/events/2026/",
            &event,
        )
        .await;
    });
}

#[test]
fn a_first_event_with_no_programme_yet_is_a_whole_portal() {
    run(async {
        let event = first_event();
        let folder = release_with("release-first-root", &event);
        check_served(&folder, "/", &event).await;
        let folder = release_with("release-first-sub-path", &event);
        check_served(
            &published(&folder, "/events/2026/"),
            "/events/2026/",
            &event,
        )
        .await;
    });
}
