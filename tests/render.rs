//! The pages rendered at publish time, read as HTML alone: renderer/render.mjs run by
//! Node, as publishing runs it (`make renderer` builds the wasm it runs). Each page has
//! its own head; feed text never becomes a tag, an attribute or a script anywhere.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The build's shell.html as the renderer sees it (minified, as scripts/finish-dist.py
/// writes it; the start script and stylesheet left out: they name no feed text).
const SHELL: &str = "<!doctype html><html dir=ltr lang=en><meta charset=utf-8>\
<meta content=\"Agenda, speakers, documents and updates of the event.\" name=description>\
<title>Event Portal</title><base href=/></head><body><div aria-busy=true class=shell id=shell>\
<p class=shell-title hidden></p><div class=skeleton-line></div></div></body></html>";

fn sample() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("public/event.json")).unwrap())
        .unwrap()
}

/// Renders `feed` with render.mjs into a new folder; what it printed, and every file it
/// wrote, by path.
fn render(
    name: &str,
    feed: &Value,
    origin: Option<&str>,
) -> (bool, String, BTreeMap<String, String>) {
    assert!(
        root()
            .join("target/renderer-wasm/renderer_bg.wasm")
            .is_file(),
        "the renderer is missing: run `make renderer` first (make test does)"
    );
    let site =
        std::env::temp_dir().join(format!("event-portal-render-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("shell.html"), SHELL).unwrap();
    std::fs::write(site.join("event.json"), feed.to_string()).unwrap();
    let mut command = Command::new("node");
    command
        .arg(root().join("renderer/render.mjs"))
        .arg(&site)
        .arg("/")
        .env_remove("SITE_URL")
        .env_remove("URL");
    if let Some(origin) = origin {
        command.arg(origin);
    }
    let output = command.output().expect("run node");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let mut files = BTreeMap::new();
    collect(&site, &site, &mut files);
    let _ = std::fs::remove_dir_all(&site);
    (output.status.success(), said, files)
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let name = path.strip_prefix(root).unwrap().display().to_string();
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The tags of `html`: each one's name and its attributes (name, value), as a browser
/// would tokenise them (quotes respected; comments skipped).
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = html[i..].find('<') {
        i += at + 1;
        if html[i..].starts_with("!--") {
            i += html[i..].find("-->").map_or(html.len() - i, |end| end + 3);
            continue;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |end| i + end);
        let name = html[i..name_end].to_ascii_lowercase();
        let mut attributes = Vec::new();
        let mut j = name_end;
        loop {
            while j < html.len() && (bytes[j].is_ascii_whitespace() || bytes[j] == b'/') {
                j += 1;
            }
            if j >= html.len() || bytes[j] == b'>' {
                break;
            }
            let start = j;
            while j < html.len() && !b" \t\n=>".contains(&bytes[j]) {
                j += 1;
            }
            let attribute = html[start..j].to_ascii_lowercase();
            let mut value = String::new();
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                if let Some(&quote @ (b'"' | b'\'')) = bytes.get(j) {
                    let end = html[j + 1..]
                        .find(quote as char)
                        .map_or(html.len(), |e| j + 1 + e);
                    value = html[j + 1..end].to_owned();
                    j = end + 1;
                } else {
                    let end = html[j..]
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .map_or(html.len(), |e| j + e);
                    value = html[j..end].to_owned();
                    j = end;
                }
            }
            attributes.push((attribute, value));
        }
        found.push((name, attributes));
        i = j.min(html.len());
    }
    found
}

/// The text of the first `<tag>` element of `html` (no nested tags).
fn text_of<'a>(html: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}>");
    let start = html.find(&open).unwrap_or_else(|| panic!("no <{tag}>")) + open.len();
    let end = start + html[start..].find(&format!("</{tag}>")).unwrap();
    &html[start..end]
}

/// The `content` of the `<meta>` whose `key` attribute is `value`.
fn meta(html: &str, key: &str, value: &str) -> Option<String> {
    tags(html)
        .into_iter()
        .find(|(name, attributes)| {
            name == "meta" && attributes.iter().any(|(k, v)| k == key && v == value)
        })
        .and_then(|(_, attributes)| {
            attributes
                .into_iter()
                .find(|(k, _)| k == "content")
                .map(|(_, v)| v)
        })
}

#[test]
fn every_page_of_the_sample_is_rendered_with_a_sitemap() {
    let (ok, said, files) = render("sample", &sample(), Some("https://events.example.org"));
    assert!(ok, "{said}");
    let feed = sample();
    let mut wanted = vec![
        "index.html".to_owned(),
        "agenda.html".to_owned(),
        "speakers.html".to_owned(),
        "documents.html".to_owned(),
        "updates.html".to_owned(),
        "my.html".to_owned(),
    ];
    for session in feed["sessions"].as_array().unwrap() {
        wanted.push(format!("agenda/{}.html", session["id"].as_str().unwrap()));
    }
    for speaker in feed["speakers"].as_array().unwrap() {
        wanted.push(format!("speakers/{}.html", speaker["id"].as_str().unwrap()));
    }
    for file in &wanted {
        let page = files
            .get(file)
            .unwrap_or_else(|| panic!("{file} was not rendered"));
        assert!(page.contains("<div id=shell class=rendered>"), "{file}");
        assert!(!page.contains("skeleton-line"), "{file} kept the skeleton");
    }
    let sitemap = &files["sitemap.xml"];
    assert_eq!(sitemap.matches("<loc>").count(), wanted.len(), "{sitemap}");
    assert!(sitemap.contains("<loc>https://events.example.org/agenda/opening</loc>"));
    assert!(!sitemap.contains("404"), "{sitemap}");
}

#[test]
fn the_not_found_page_is_rendered_as_404_html_for_any_address_and_names_none() {
    let (ok, said, files) = render("not-found", &sample(), Some("https://events.example.org"));
    assert!(ok, "{said}");
    let page = &files["404.html"];
    assert!(page.contains("<div id=shell class=rendered>"), "{page}");
    assert!(
        page.contains("<section class=\"not-found\"><h1>Page not found</h1>"),
        "{page}"
    );
    assert_eq!(text_of(page, "title"), "Page not found");
    // Served for every address a host has no file for: it names no address of its own,
    // and search engines leave it out.
    assert!(!page.contains("rel=canonical"), "{page}");
    assert!(meta(page, "property", "og:url").is_none());
    assert_eq!(meta(page, "name", "robots").as_deref(), Some("noindex"));
    // Its links resolve against the base, whatever the address it answers.
    assert!(page.contains("<base href=/>"));
}

#[test]
fn each_session_page_has_its_own_title_description_canonical_and_link_preview() {
    let (ok, said, files) = render("heads", &sample(), Some("https://events.example.org"));
    assert!(ok, "{said}");
    let page = &files["agenda/opening.html"];
    let title = text_of(page, "title");
    assert!(title.starts_with("Opening remarks · "), "{title}");
    assert_eq!(meta(page, "property", "og:title").as_deref(), Some(title));
    let description = meta(page, "name", "description").unwrap();
    // When, where, and the start of the abstract.
    assert!(
        description.starts_with("Tuesday, 2 April 2019, 15:00"),
        "{description}"
    );
    assert!(description.contains("Conference Room 11"), "{description}");
    assert!(
        description.contains("The Director of UNICRI opens"),
        "{description}"
    );
    assert_eq!(
        meta(page, "property", "og:description").as_deref(),
        Some(description.as_str())
    );
    assert_eq!(
        meta(page, "property", "og:url").as_deref(),
        Some("https://events.example.org/agenda/opening")
    );
    assert!(
        page.contains("<link rel=canonical href=\"https://events.example.org/agenda/opening\">")
    );
    assert_eq!(
        meta(page, "name", "twitter:card").as_deref(),
        Some("summary")
    );
    // Every page its own title; the shell's generic description gone.
    let titles: std::collections::BTreeSet<&str> = files
        .iter()
        .filter(|(file, _)| file.ends_with(".html") && *file != "shell.html")
        .map(|(_, page)| text_of(page, "title"))
        .collect();
    assert_eq!(titles.len(), files.len() - 3, "{titles:?}");
    assert!(!page.contains("Agenda, speakers, documents and updates of the event."));
}

#[test]
fn without_the_site_s_address_no_canonical_address_is_guessed() {
    let (ok, said, files) = render("no-origin", &sample(), None);
    assert!(ok, "{said}");
    assert!(!files.contains_key("sitemap.xml"));
    for (file, page) in &files {
        assert!(!page.contains("rel=canonical"), "{file}");
        assert!(meta(page, "property", "og:url").is_none(), "{file}");
    }
}

#[test]
fn hostile_feed_text_never_becomes_a_tag_an_attribute_or_a_script() {
    let mut feed = sample();
    let attack = |n: u32| {
        format!(
            "</title></script><script>alert({n})</script><img src=x onerror=alert({n})>\"'><svg onload=alert({n})>"
        )
    };
    feed["event"]["title"] = attack(1).into();
    feed["event"]["description"] = attack(2).into();
    feed["rooms"][0]["name"] = attack(3).into();
    let session = &mut feed["sessions"][0];
    session["title"] = attack(4).into();
    session["abstract"] = attack(5).into();
    session["id"] = "x\"onmouseover=alert(6)".into();
    feed["speakers"][0]["name"] = attack(7).into();
    feed["speakers"][0]["bio"] = attack(8).into();
    // Links that are links (a `javascript:` one is an error, and never published).
    feed["speakers"][1]["photo"] = "https://example.org/p.jpg\"><script>alert(9)</script>".into();
    feed["speakers"][0]["links"] = json!([{
        "title": "</a><script>alert(13)</script>",
        "url": "https://example.org/?q=\"><script>alert(14)</script>"
    }]);
    feed["updates"][0]["title"] = attack(10).into();
    feed["documents"][0]["title"] = attack(11).into();
    feed["tracks"][0]["name"] = attack(12).into();
    // The id of the first session is named wherever it is linked.
    let old_id = sample()["sessions"][0]["id"].as_str().unwrap().to_owned();
    for update in feed["updates"].as_array_mut().unwrap() {
        if let Some(sessions) = update["sessions"].as_array_mut() {
            for id in sessions.iter_mut().filter(|id| **id == json!(old_id)) {
                *id = "x\"onmouseover=alert(6)".into();
            }
        }
    }
    let (ok, said, files) = render("hostile", &feed, Some("https://events.example.org"));
    assert!(ok, "{said}");
    assert!(files.len() > 20, "{:?}", files.keys());
    for (file, page) in files.iter().filter(|(file, _)| file.ends_with(".html")) {
        assert_eq!(page.matches("</title>").count(), 1, "{file}");
        for (tag, attributes) in tags(page) {
            assert!(
                !["script", "svg", "iframe", "object", "embed"].contains(&tag.as_str()),
                "{file}: a <{tag}> from the feed"
            );
            for (name, value) in attributes {
                assert!(!name.starts_with("on"), "{file}: <{tag} {name}=…>");
                if name == "href" || name == "src" {
                    let value = value.trim().to_ascii_lowercase();
                    assert!(
                        !value.starts_with("javascript:") && !value.starts_with("data:"),
                        "{file}: <{tag} {name}={value}>"
                    );
                }
            }
        }
    }
    let page = &files["index.html"];
    assert!(
        text_of(page, "title").starts_with("&lt;/title&gt;&lt;/script&gt;&lt;script&gt;alert(1)"),
        "{}",
        text_of(page, "title")
    );
}

#[test]
fn a_feed_with_errors_renders_nothing_and_says_why() {
    let mut feed = sample();
    feed["sessions"][0]["end"] = "not a time".into();
    let (ok, said, files) = render("broken", &feed, None);
    assert!(!ok, "{said}");
    assert!(said.contains("event.json has errors"), "{said}");
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        ["event.json", "shell.html"],
        "{said}"
    );
}

/// Where a link on the rendered page `file` leads inside the site: the rendered file it
/// names, or `None` for a link out of the site (`https:`, `mailto:`) or within the page.
fn target_of(file: &str, href: &str) -> Option<String> {
    if href.starts_with('#') || href.contains(':') {
        return None;
    }
    assert!(
        !href.starts_with('/'),
        "{file} links to {href}: from the host's root, out of a portal published at a sub-path"
    );
    // Every page's base is the site's root (`<base href=/>` here).
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let path = path.trim_start_matches("./");
    Some(match path {
        "" => "index.html".to_owned(),
        path if path.contains('.') => path.to_owned(),
        path => format!("{path}.html"),
    })
}

#[test]
fn every_link_of_every_rendered_page_leads_to_a_rendered_page_under_the_base() {
    // Two days, so that the agenda has its day tabs too.
    let mut feed = sample();
    feed["event"]["end"] = json!("2019-04-03");
    let closing = feed["sessions"].as_array_mut().unwrap().last_mut().unwrap();
    closing["start"] = json!("2019-04-03T10:00:00-04:00");
    closing["end"] = json!("2019-04-03T10:30:00-04:00");
    let (ok, said, files) = render("links", &feed, None);
    assert!(ok, "{said}");
    let documents: Vec<String> = feed["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["url"].as_str().unwrap_or_default().to_owned())
        .collect();
    let mut links = 0;
    for (file, page) in files.iter().filter(|(file, _)| file.ends_with(".html")) {
        if file == "shell.html" {
            continue;
        }
        for (name, attributes) in tags(page) {
            if name != "a" {
                continue;
            }
            let Some((_, href)) = attributes.iter().find(|(k, _)| k == "href") else {
                continue;
            };
            let Some(target) = target_of(file, href) else {
                continue;
            };
            links += 1;
            assert!(
                files.contains_key(&target) || documents.contains(&target),
                "{file} links to {href}, which is no rendered page nor document"
            );
        }
    }
    assert!(links > 100, "only {links} links followed");
    // The day tabs and the grid/list switch are among them: a day's tab leads to that
    // day's own page (a static host ignores `?day=`), which holds that day alone.
    assert!(files["agenda.html"].contains("href=\"agenda/day/2019-04-03\""));
    assert!(files["agenda.html"].contains("href=\"agenda?view=list\""));
    let closing = feed["sessions"].as_array().unwrap().last().unwrap()["title"]
        .as_str()
        .unwrap();
    let first_day = &files["agenda/day/2019-04-02.html"];
    let second_day = &files["agenda/day/2019-04-03.html"];
    assert!(first_day.contains("Opening remarks") && !first_day.contains(closing));
    assert!(second_day.contains(closing) && !second_day.contains("Opening remarks"));
    assert!(second_day.contains("href=\"agenda/day/2019-04-03\" aria-current=\"page\""));
    assert!(
        files["agenda.html"].contains("Opening remarks") && files["agenda.html"].contains(closing)
    );
}

/// The sessions' titles on a rendered agenda page, in order.
fn session_titles(page: &str) -> Vec<&str> {
    page.match_indices("class=\"session-title\"")
        .map(|(at, _)| {
            // The heading's text: `<h3 class="session-title"><a …><span>Title</span></a>`.
            let heading = &page[at..at + page[at..].find("</h3>").unwrap()];
            let end = heading.rfind("</span>").unwrap();
            &heading[heading[..end].rfind('>').unwrap() + 1..end]
        })
        .collect()
}

/// A large programme's agenda page holds the first screen of its first day alone (the
/// whole 2,000-session agenda was 1.7 MB of HTML, and laying out a day of 400 sessions
/// held a phone's first paint back 0.7 s); each day's page holds its own, and the tabs
/// lead there.
#[test]
fn a_large_programme_s_agenda_is_written_a_day_a_page() {
    let mut feed = sample();
    feed["event"]["end"] = json!("2019-04-03");
    let template = feed["sessions"][0].clone();
    let sessions: Vec<Value> = (0..240)
        .map(|i| {
            let mut session = template.clone();
            let day = if i < 120 { "02" } else { "03" };
            let minute = i % 120;
            session["id"] = json!(format!("s{i}"));
            session["title"] = json!(format!("Session number {i}"));
            session["start"] = json!(format!(
                "2019-04-{day}T{:02}:{:02}:00-04:00",
                8 + minute / 12,
                minute % 12 * 5
            ));
            session["end"] = json!(format!(
                "2019-04-{day}T{:02}:{:02}:00-04:00",
                8 + minute / 12,
                minute % 12 * 5 + 4
            ));
            session.as_object_mut().unwrap().remove("speakers");
            session.as_object_mut().unwrap().remove("documents");
            session
        })
        .collect();
    feed["sessions"] = json!(sessions);
    feed["updates"] = json!([]);
    let (ok, said, files) = render("large", &feed, None);
    assert!(ok, "{said}");
    let first: Vec<String> = (0..120).map(|i| format!("Session number {i}")).collect();
    let second: Vec<String> = (120..240).map(|i| format!("Session number {i}")).collect();
    // The whole programme's page: its first screen of the first day, then the way to
    // the rest of that day.
    assert_eq!(session_titles(&files["agenda.html"]), first[..40]);
    assert!(
        files["agenda.html"].contains(
            "<p class=\"rest-of-day\"><a href=\"agenda/day/2019-04-02\">Tuesday, 2 April 2019, 40 of 120 sessions</a></p>"
        ),
        "{}",
        &files["agenda.html"][files["agenda.html"].len() - 3000..]
    );
    assert_eq!(session_titles(&files["agenda/day/2019-04-02.html"]), first);
    assert_eq!(session_titles(&files["agenda/day/2019-04-03.html"]), second);
    // The page says which day it shows: that day's tab is the current one.
    assert!(files["agenda.html"].contains("href=\"agenda/day/2019-04-02\" aria-current=\"page\""));
    assert!(files["agenda.html"].contains("href=\"agenda/day/2019-04-03\""));
}
