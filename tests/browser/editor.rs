//! The organisers' editor (`/edit/`) as an organiser uses it: the release archive
//! unpacked and served by nginx with deploy/nginx.conf, its published event edited with
//! forms, checked as typed, kept through a reload, saved and checked with the
//! release's own feedcheck; a broken file shown at its fields; a new event built from
//! nothing; the keyboard alone; axe on every view in English and Arabic.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use event_portal::feed::format;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};

use crate::accessibility::{axe_source, violations};
use crate::deploy::unpacked_release;
use crate::support::browser::Browser;
use crate::support::nginx::Nginx;
use crate::support::{DESKTOP, PHONE, eventually, run, sample_feed};

/// The sample event with a second room, and its second session moved beside the first
/// (same time, the other room): one change of room away from a clash.
fn published_feed() -> Value {
    let mut feed = sample_feed();
    feed["rooms"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "cr12", "name": "Conference Room 12" }));
    feed["sessions"][1]["start"] = feed["sessions"][0]["start"].clone();
    feed["sessions"][1]["end"] = feed["sessions"][0]["end"].clone();
    feed["sessions"][1]["room"] = "cr12".into();
    feed
}

/// The release unpacked into target/`name`, its event.json replaced by `feed` written
/// as the portal's tools write it, served by nginx at the site's root.
fn serve(name: &str, feed: &Value) -> (Nginx, PathBuf, String) {
    let folder = unpacked_release(name);
    let text = format::canonical(&feed.to_string()).unwrap();
    std::fs::write(folder.join("event.json"), &text).unwrap();
    (Nginx::start(&folder, "/"), folder, text)
}

/// `tools/feedcheck.mjs check` of the release on `file`: what it said, and whether it
/// found no error.
fn feedcheck(release: &Path, file: &Path) -> (String, bool) {
    let output = Command::new("node")
        .arg("tools/feedcheck.mjs")
        .arg("check")
        .arg(file)
        .current_dir(release)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    (said, output.status.success())
}

/// The lines `diff` says were removed and added from `before` to `after`.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let dir = std::env::temp_dir().join(format!("event-portal-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a"), before).unwrap();
    std::fs::write(dir.join("b"), after).unwrap();
    let output = Command::new("diff").arg(dir.join("a")).arg(dir.join("b")).output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let pick = |mark: &str| {
        text.lines()
            .filter_map(|l| l.strip_prefix(mark))
            .map(|l| l.trim().to_owned())
            .collect::<Vec<_>>()
    };
    (pick("< "), pick("> "))
}

/// A button whose text is `text`.
fn button(text: &str) -> String {
    format!("//button[normalize-space()='{text}']")
}

async fn click_button(browser: &Browser, text: &str) {
    browser.click(Locator::XPath(&button(text))).await;
}

/// Sets a field's value as a picker does (date and time inputs take no typing that
/// works the same in every locale), with the events a browser fires.
async fn pick_value(browser: &Browser, css: &str, value: &str) {
    browser
        .client
        .execute(
            "const [css, value] = arguments;
             const field = document.querySelector(css);
             field.value = value;
             field.dispatchEvent(new Event('input', { bubbles: true }));
             field.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.into(), value.into()],
        )
        .await
        .unwrap();
}

/// Chooses `value` in the list `css`, as a click on its option does.
async fn choose(browser: &Browser, css: &str, value: &str) {
    browser
        .click(Locator::Css(&format!("{css} option[value='{value}']")))
        .await;
}

async fn value_of(browser: &Browser, css: &str) -> String {
    let element = browser.client.find(Locator::Css(css)).await.unwrap();
    element.prop("value").await.unwrap().unwrap_or_default()
}

/// Opens a list's section (a `<details>`) if it is closed.
async fn open_section(browser: &Browser, id: &str) {
    browser
        .client
        .execute(
            "const section = document.getElementById(arguments[0]);
             if (!section.open) section.querySelector('summary').click();",
            vec![id.into()],
        )
        .await
        .unwrap();
}

/// Opens the published event in the editor.
async fn open_published(browser: &Browser, nginx: &Nginx) {
    browser.open(&nginx.url("/edit/")).await;
    browser.wait_for_text("h1", "Edit the event").await;
    click_button(browser, "Edit the published event").await;
    browser.wait_for_text(".editor-said", "Editing event.json.").await;
    browser.wait_for(".problems-count", |t| !t.is_empty()).await;
}

/// The coverage line of a language.
async fn coverage(browser: &Browser, lang: &str) -> String {
    browser
        .wait_for(&format!(".coverage li[data-lang={lang}] .coverage-line"), |_| true)
        .await
        .text()
        .await
        .unwrap()
}

#[test]
fn an_organiser_changes_the_published_event_and_nothing_is_lost() {
    run(async {
        let feed = published_feed();
        let (nginx, release, published) = serve("editor-change", &feed);
        let browser = Browser::start(DESKTOP).await;
        open_published(&browser, &nginx).await;
        let title = feed["sessions"][1]["title"].as_str().unwrap();

        // A session moved into the room already taken then: the clash beside its room.
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[.//code[text()='singapore-report']]",
            ))
            .await;
        browser
            .wait_for_text("#entry-sessions-1", &format!("Editing {title}"))
            .await;
        assert!(browser.texts("#f-sessions-1-room-problems").await[0].is_empty());
        choose(&browser, "#f-sessions-1-room", "cr11").await;
        browser
            .wait_for("#f-sessions-1-room-problems", |t| {
                t.contains("`singapore-report` is in room `cr11` at the same time as `opening`")
            })
            .await;

        // A speaker picked from the list.
        choose(&browser, "#f-sessions-1-speakers", "nypd").await;
        browser
            .wait_for(".picked li", |t| t.contains("New York Police Department"))
            .await;

        // French beside English: the event's languages, then a title per language.
        let languages = browser.client.find(Locator::Css("#f-event-languages")).await.unwrap();
        languages.clear().await.unwrap();
        languages.send_keys("en, fr").await.unwrap();
        open_section(&browser, "coverage").await;
        let before = coverage(&browser, "fr").await;
        assert!(before.starts_with("French: "), "{before}");
        browser
            .click(Locator::XPath(
                "//label[@for='f-sessions-1-title']/following-sibling::div//button",
            ))
            .await;
        browser.type_into("#f-sessions-1-title-fr", "Le rapport de Singapour").await;
        browser.press(&[Key::Tab]).await;
        let missing = |line: &str| line.split(' ').nth(1).unwrap().parse::<usize>().unwrap();
        eventually("the French title counts", || async {
            missing(&coverage(&browser, "fr").await) == missing(&before) - 1
        })
        .await;

        // Undo takes the French title back out; redo puts it back.
        click_button(&browser, "Undo").await;
        eventually("undone", || async { coverage(&browser, "fr").await == before }).await;
        assert_eq!(value_of(&browser, "#f-sessions-1-title-fr").await, "");
        click_button(&browser, "Redo").await;
        eventually("redone", || async { coverage(&browser, "fr").await != before }).await;
        assert_eq!(
            value_of(&browser, "#f-sessions-1-title-fr").await,
            "Le rapport de Singapour"
        );

        // A reload mid-edit: the draft is offered back, beside the published version.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        browser.client.refresh().await.unwrap();
        browser
            .wait_for(".kept-draft", |t| t.contains("kept a draft of event.json"))
            .await;
        click_button(&browser, "Go on with the draft").await;
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[.//code[text()='singapore-report']]",
            ))
            .await;
        browser.wait_for("#entry-sessions-1", |t| t.starts_with("Editing")).await;
        assert_eq!(value_of(&browser, "#f-sessions-1-room").await, "cr11");
        assert_eq!(
            value_of(&browser, "#f-sessions-1-title-fr").await,
            "Le rapport de Singapour"
        );

        // What changed: exactly the changes made; then an announcement drafted from it.
        open_section(&browser, "changes").await;
        let changes = browser.texts(".changes li").await;
        assert_eq!(
            changes,
            [format!("New room: {title}"), format!("New title: {title}")],
            "the speaker added is part of the session's change"
        );
        click_button(&browser, "Draft an announcement of these changes").await;
        browser
            .wait_for_text(".editor-said", "An announcement was drafted: it is the last one in Announcements.")
            .await;
        browser
            .wait_for(".changes li", |t| t == "New announcement: Programme changes")
            .await;

        // Saved (downloaded here), it passes the release's feedcheck, and differs from
        // the published file only in the lines changed.
        click_button(&browser, "Download event.json").await;
        let saved = browser.downloads.join("event.json");
        eventually("the draft was downloaded", || async {
            std::fs::read_to_string(&saved).is_ok_and(|t| t.ends_with("}\n"))
        })
        .await;
        let (said, clean) = feedcheck(&release, &saved);
        assert!(clean && said.contains("0 errors"), "{said}");
        let text = std::fs::read_to_string(&saved).unwrap();
        let (removed, added) = changed_lines(&published, &text);
        assert_eq!(
            removed,
            [
                "\"en\"".to_owned(),
                format!("\"title\": \"{title}\","),
                "\"room\": \"cr12\",".to_owned(),
                "\"alexandre\"".to_owned(),
            ],
            "only the changed fields' lines: {added:?}"
        );
        assert!(added.contains(&"\"fr\": \"Le rapport de Singapour\"".to_owned()), "{added:?}");
        assert!(added.contains(&"\"room\": \"cr11\",".to_owned()), "{added:?}");
        assert!(added.contains(&"\"nypd\"".to_owned()), "{added:?}");
        assert!(added.iter().any(|l| l.contains("New room: ")), "{added:?}");

        // The portal's own pages show the draft, and lead back.
        browser.click(Locator::Css(".editor-toolbar a[href=agenda]")).await;
        browser.wait_for(".preview-banner", |t| t.contains("Preview of a draft")).await;
        browser.click(Locator::Css(".preview-banner a")).await;
        browser.wait_for_text("h1", "Edit the event").await;
        browser.wait_for(".editor-toolbar", |_| true).await;
        browser.close().await;
    });
}
