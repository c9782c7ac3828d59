//! The organisers' editor (`/edit/`) as an organiser uses it: the release archive
//! unpacked and served by nginx with deploy/nginx.conf, its published event edited with
//! forms, checked as typed, kept through a reload, saved and checked with the
//! release's own feedcheck; a broken file shown at its fields; a new event built from
//! nothing; the keyboard alone; axe on every view in English and Arabic; the whole site
//! downloaded from the editor, as publishing writes it.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use event_portal::feed::format;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};

use crate::accessibility::{axe_source, violations};
use crate::deploy::{files_under, publish, unpacked_release};
use crate::support::browser::Browser;
use crate::support::nginx::Nginx;
use crate::support::{DESKTOP, PHONE, TITLE, eventually, run, sample_feed};

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
    node_check(&release.join("tools/feedcheck.mjs"), file)
}

/// The draft the page kept in the browser's private folder (OPFS, as Chromium has it),
/// or "" while there is none.
async fn kept_draft(browser: &Browser) -> String {
    browser
        .client
        .execute_async(
            "const done = arguments[0];
             navigator.storage.getDirectory()
               .then((folder) => folder.getFileHandle('event-portal-draft.json'))
               .then((file) => file.getFile()).then((file) => file.text())
               .then(done, () => done(''));",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// What the checker for Node at `script` says of `file`, and whether it found no error.
fn node_check(script: &Path, file: &Path) -> (String, bool) {
    let output = Command::new("node")
        .arg(script)
        .arg("check")
        .arg(file)
        .current_dir(file.parent().unwrap())
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
    let output = Command::new("diff")
        .arg(dir.join("a"))
        .arg(dir.join("b"))
        .output()
        .unwrap();
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

/// Opens the editor's page, with nothing open in it yet.
async fn open_editor(browser: &Browser, nginx: &Nginx) {
    browser.open(&nginx.url("/edit/")).await;
    browser.wait_for_text("h1", "Edit the event").await;
}

/// Opens the published event in the editor.
async fn open_published(browser: &Browser, nginx: &Nginx) {
    open_editor(browser, nginx).await;
    click_button(browser, "Edit the published event").await;
    browser
        .wait_for_text(".editor-said", "Editing event.json.")
        .await;
    browser.wait_for(".problems-count", |t| !t.is_empty()).await;
}

/// Whether the toolbar's Undo can be pressed.
async fn undo_enabled(browser: &Browser) -> bool {
    browser
        .eval("const b = [...document.querySelectorAll('.editor-toolbar button')].find((b) => b.textContent.trim() === 'Undo'); return !!b && !b.disabled")
        .await
        == true
}

/// The event's title in the page's header.
async fn header_title(browser: &Browser) -> String {
    browser.texts(".site-header .site-title").await.join("")
}

/// The coverage line of a language.
async fn coverage(browser: &Browser, lang: &str) -> String {
    browser
        .wait_for(
            &format!(".coverage li[data-lang={lang}] .coverage-line"),
            |_| true,
        )
        .await
        .text
        .clone()
}

#[test]
fn an_organiser_changes_the_published_event_and_nothing_is_lost() {
    run(async {
        let feed = published_feed();
        let (nginx, release, published) = serve("editor-change", &feed);
        let browser = Browser::start(DESKTOP).await;
        browser.record_policy_violations().await;
        // The organiser has visited the portal: its service worker answers the portal's
        // pages, and must leave the editor's to the server.
        browser.open(&nginx.url("/")).await;
        browser.wait_for_service_worker().await;
        open_published(&browser, &nginx).await;
        let title = feed["sessions"][1]["title"].as_str().unwrap();

        // A session moved into the room already taken then: the clash beside its room.
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[normalize-space()='From Singapore to New York: the first INTERPOL-UNICRI Global Meeting']",
            ))
            .await;
        browser
            .wait_for_text("#entry-sessions-1", &format!("Editing {title}"))
            .await;
        assert!(browser.texts("#f-sessions-1-room-problems").await[0].is_empty());
        choose(&browser, "#f-sessions-1-room", "cr11").await;
        browser
            .wait_for("#f-sessions-1-room-problems", |t| {
                // Named as the organiser knows them: the room by its name, the other
                // session by its title.
                t.contains("In Conference Room 11 at the same time as “Opening remarks”.")
            })
            .await;

        // A speaker picked from the list.
        choose(&browser, "#f-sessions-1-speakers", "nypd").await;
        browser
            .wait_for(".picked li", |t| t.contains("New York Police Department"))
            .await;

        // French beside English: picked by its name, in French, then a title per
        // language.
        let named = browser
            .client
            .execute(
                "return document.querySelector(\"#f-event-languages option[value='fr']\").textContent",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(named, "français");
        choose(&browser, "#f-event-languages", "fr").await;
        browser
            .wait_for(".field:has(#f-event-languages) .picked", |t| {
                t.contains("English") && t.contains("français")
            })
            .await;
        open_section(&browser, "coverage").await;
        let before = coverage(&browser, "fr").await;
        assert!(before.starts_with("French: "), "{before}");
        browser
            .click(Locator::XPath(
                "//label[@for='f-sessions-1-title']/following-sibling::div//button",
            ))
            .await;
        // The French title is marked missing until typed; the languages side by side,
        // a column each.
        let french = ".text-language:has(#f-sessions-1-title-fr)";
        browser
            .wait_for(&format!("{french} label"), |t| t == "French Missing")
            .await;
        click_button(&browser, "Languages side by side").await;
        eventually("the languages side by side", || async {
            browser
                // On a phone the columns wrap: a grid of as many as fit.
                .eval("const g = document.querySelector('.entry-form.side-by-side .text-languages'); return !!g && getComputedStyle(g).display === 'grid'")
                .await
                == true
        })
        .await;
        browser
            .type_into("#f-sessions-1-title-fr", "Le rapport de Singapour")
            .await;
        assert_eq!(browser.texts(&format!("{french} label")).await, ["French"]);
        browser.press(&[Key::Tab]).await;
        let missing = |line: &str| line.split(' ').nth(1).unwrap().parse::<usize>().unwrap();
        eventually("the French title counts", || async {
            missing(&coverage(&browser, "fr").await) == missing(&before) - 1
        })
        .await;

        // Undo takes the French title back out; redo puts it back.
        click_button(&browser, "Undo").await;
        eventually("undone", || async {
            coverage(&browser, "fr").await == before
        })
        .await;
        assert_eq!(value_of(&browser, "#f-sessions-1-title-fr").await, "");
        click_button(&browser, "Redo").await;
        eventually("redone", || async {
            coverage(&browser, "fr").await != before
        })
        .await;
        assert_eq!(
            value_of(&browser, "#f-sessions-1-title-fr").await,
            "Le rapport de Singapour"
        );

        // A reload mid-edit, once the browser has kept the redone draft (the page keeps
        // it after each check): the draft is offered back, beside the published version.
        reload_and_go_on(&browser, "Le rapport de Singapour", TITLE).await;
        // Its undo history came back with it.
        eventually("undo is offered", || async { undo_enabled(&browser).await }).await;
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[normalize-space()='From Singapore to New York: the first INTERPOL-UNICRI Global Meeting']",
            ))
            .await;
        browser
            .wait_for("#entry-sessions-1", |t| t.starts_with("Editing"))
            .await;
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
            .wait_for_text(
                ".editor-said",
                "An announcement was drafted: it is the last one in Announcements.",
            )
            .await;
        browser
            .wait_for(".changes li", |t| {
                t == "New announcement: Programme changes"
            })
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
        let violations = browser.policy_violations().await;
        assert!(
            violations.is_empty(),
            "the strict policy holds: {violations:?}"
        );
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
        assert!(
            added.contains(&"\"fr\": \"Le rapport de Singapour\"".to_owned()),
            "{added:?}"
        );
        assert!(
            added.contains(&"\"room\": \"cr11\",".to_owned()),
            "{added:?}"
        );
        assert!(added.contains(&"\"nypd\"".to_owned()), "{added:?}");
        assert!(added.iter().any(|l| l.contains("New room: ")), "{added:?}");

        // The portal's own pages show the draft, and lead back.
        browser
            .click(Locator::Css(".editor-toolbar a[href=agenda]"))
            .await;
        browser
            .wait_for(".preview-banner", |t| t.contains("Preview of a draft"))
            .await;
        browser.click(Locator::Css(".preview-banner a")).await;
        browser.wait_for_text("h1", "Edit the event").await;
        browser.wait_for(".editor-toolbar", |_| true).await;
    });
}

/// Unzips `archive` into `folder` with Python's zipfile, a reader of its own.
fn unzip(archive: &Path, folder: &Path) {
    let _ = std::fs::remove_dir_all(folder);
    let status = Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(archive)
        .arg(folder)
        .status()
        .unwrap();
    assert!(status.success(), "{} unzips", archive.display());
}

/// "Download the site": what an organiser with a browser alone gets from the editor is
/// the site tools/publish.sh writes from the same draft, file for file (every page
/// rendered alike, the build, the event's documents), without the compressed copies;
/// uploaded as it is, its pages show the draft's change from their HTML, as current.
/// The site is published at a sub-path, as GitHub Pages serves a project, and lacks a
/// document the feed names: the editor says so, and makes the site without it.
#[test]
fn the_site_downloaded_from_the_editor_is_the_one_publishing_writes() {
    run(async {
        const BASE: &str = "/events/2026/";
        let release = unpacked_release("editor-site");
        std::fs::remove_file(release.join("documents/agenda.pdf")).unwrap();
        let (code, said) = publish(&release, &["_site", BASE]);
        assert_eq!(code, Some(0), "{said}");
        let nginx = Nginx::start(&release.join("_site"), BASE);
        let browser = Browser::start(DESKTOP).await;
        browser.record_policy_violations().await;
        browser.open(&nginx.url(&format!("{BASE}edit/"))).await;
        browser.wait_for_text("h1", "Edit the event").await;
        click_button(&browser, "Edit the published event").await;
        browser
            .wait_for_text(".editor-said", "Editing event.json.")
            .await;

        // The second session renamed.
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[normalize-space()='From Singapore to New York: the first INTERPOL-UNICRI Global Meeting']",
            ))
            .await;
        browser.wait_for("#entry-sessions-1", |_| true).await;
        let title = browser
            .client
            .find(Locator::Css("#f-sessions-1-title"))
            .await
            .unwrap();
        title.clear().await.unwrap();
        title
            .send_keys("The Singapore report, revised")
            .await
            .unwrap();
        browser.press(&[Key::Tab]).await;

        click_button(&browser, "Download the site (.zip)").await;
        let said = browser
            .wait_for(".editor-said", |t| t.starts_with("Downloaded "))
            .await
            .text
            .clone();
        let name = "ai-robotics-crime-terrorism-security-2019-site.zip";
        assert!(
            said.starts_with(&format!("Downloaded {name}: the portal with its ")),
            "{said}"
        );
        assert!(
            said.contains("so they are not in the archive: documents/agenda.pdf."),
            "the missing document is named: {said}"
        );
        assert!(
            said.contains("the editor cannot tell the site's address from here"),
            "no address is guessed at 127.0.0.1: {said}"
        );
        let archive = browser.downloads.join(name);
        // Whole once it ends with zip's end record (Chromium writes name.crdownload first).
        eventually("the site was downloaded", || async {
            std::fs::read(&archive).is_ok_and(|bytes| {
                bytes.len() > 22 && bytes[bytes.len() - 22..].starts_with(b"PK\x05\x06")
            })
        })
        .await;
        let from_editor = release.with_file_name("editor-site-from-editor");
        unzip(&archive, &from_editor);

        // The same draft published by tools/publish.sh, at the same sub-path.
        drop(nginx);
        std::fs::copy(from_editor.join("event.json"), release.join("event.json")).unwrap();
        let (code, said) = publish(&release, &["_site", BASE]);
        assert_eq!(code, Some(0), "{said}");
        let again = release.join("_site");
        let published: std::collections::BTreeSet<String> = files_under(&again)
            .into_iter()
            .filter(|name| !name.ends_with(".br") && !name.ends_with(".gz"))
            .collect();
        assert_eq!(files_under(&from_editor), published);
        for name in &published {
            assert!(
                std::fs::read(from_editor.join(name)).unwrap()
                    == std::fs::read(again.join(name)).unwrap(),
                "{name} is as publishing writes it"
            );
        }
        let page =
            std::fs::read_to_string(from_editor.join("agenda/singapore-report.html")).unwrap();
        assert!(
            page.contains("<title>The Singapore report, revised"),
            "{page}"
        );

        // Uploaded as it is: the page reads as current from its HTML (the visitors' wasm
        // broken, so that what shows is the page and its start script alone).
        for entry in std::fs::read_dir(&from_editor).unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().ends_with("_bg.wasm") {
                std::fs::write(path, b"not wasm").unwrap();
            }
        }
        let uploaded = Nginx::start(&from_editor, BASE);
        browser
            .visit(&uploaded.url(&format!("{BASE}agenda/singapore-report")))
            .await;
        crate::support::until_equal("the page's #shell", "rendered current", || async {
            browser
                .attribute("#shell", "class")
                .await
                .unwrap_or_default()
        })
        .await;
        assert_eq!(
            browser.texts("main h1").await,
            ["The Singapore report, revised"]
        );
        let violations = browser.policy_violations().await;
        assert!(
            violations.is_empty(),
            "the strict policy holds: {violations:?}"
        );
    });
}

/// A feed with two mistakes an organiser makes, written as a person would (not in the
/// portal's layout): a speaker's id mistyped, a time without its offset.
fn broken_feed() -> Value {
    let mut feed = sample_feed();
    feed["sessions"][1]["speakers"][0] = "alexandr".into();
    feed["sessions"][2]["start"] = "2019-04-02T15:30:00".into();
    feed
}

#[test]
fn a_broken_file_shows_each_problem_at_its_field() {
    run(async {
        let (nginx, _release, _) = serve("editor-broken", &sample_feed());
        let browser = Browser::start(PHONE).await;
        open_editor(&browser, &nginx).await;
        let (path, _) = crate::support::draft_file("broken.json", &broken_feed());
        open_file(&browser, &path).await;
        browser
            .wait_for_text(".editor-said", "Editing broken.json.")
            .await;
        browser
            .wait_for(".problems-count", |t| t.starts_with("Errors: 2."))
            .await;
        // Each problem in the summary leads to its field, which shows it with its fix.
        browser
            .click(Locator::XPath(
                "//ol[@class='diagnostics']//button[normalize-space()='Session “From Singapore to New York: the first INTERPOL-UNICRI Global Meeting”, Speakers']",
            ))
            .await;
        let beside = browser
            .wait_for("#f-sessions-1-speakers-problems", |t| {
                t.contains("“alexandr” is not in the list of this event.")
            })
            .await
            .text
            .clone();
        assert!(
            beside.contains("Pick one that exists, or add it first."),
            "{beside}"
        );
        assert_eq!(
            browser.focused().await.split(' ').next().unwrap(),
            "select#f-sessions-1-speakers",
            "the focus is on the field"
        );
        browser
            .click(Locator::XPath(
                "//ol[@class='diagnostics']//button[normalize-space()='Session “A present-day reality: AI and robotics in policing”, Start']",
            ))
            .await;
        browser
            .wait_for("#f-sessions-2-start-problems", |t| {
                t.contains("“2019-04-02T15:30:00” does not say how far it is from UTC.")
            })
            .await;
        // Picked on the event's clock, the time is written with New York's offset then.
        pick_value(&browser, "#f-sessions-2-start", "2019-04-02T15:30").await;
        browser
            .wait_for("#f-sessions-2-start + .field-note", |t| {
                t == "In America/New_York; written as 2019-04-02T15:30:00-04:00."
            })
            .await;
        browser
            .wait_for(".problems-count", |t| t.starts_with("Errors: 1."))
            .await;
        // A file that is not JSON is refused, and the draft open stays as it was.
        let (path, _) = crate::support::draft_file("notes.json", &json!("x"));
        std::fs::write(&path, "{\"event\": ").unwrap();
        open_file(&browser, &path).await;
        browser
            .wait_for(".editor-said", |t| {
                t.starts_with("notes.json could not be read:")
            })
            .await;
        assert!(browser.texts(".problems-count").await[0].starts_with("Errors: 1."));
    });
}

/// Picks the option that reads `label` in the list `css`, as an organiser picks it by
/// what it says.
async fn choose_named(browser: &Browser, css: &str, label: &str) {
    browser
        .click(Locator::XPath(&format!(
            "//select[@id='{}']/option[normalize-space()='{label}']",
            css.trim_start_matches('#')
        )))
        .await;
}

/// Adds an entry to the list `list` (its section opened) and types its `name` into
/// `field`, then leaves the field: its id is made from it.
async fn add_named(browser: &Browser, list: &str, add: &str, field: &str, name: &str) {
    open_section(browser, &format!("list-{list}")).await;
    browser
        .click(Locator::XPath(&format!(
            "//details[@id='list-{list}']//button[normalize-space()='{add}']"
        )))
        .await;
    browser.wait_for(field, |_| true).await;
    browser.type_into(field, name).await;
    browser.press(&[Key::Tab]).await;
}

#[test]
fn in_french_a_new_event_is_built_without_meeting_a_code_a_path_or_an_id() {
    run(async {
        let (nginx, _release, _) = serve("editor-french", &sample_feed());
        let settings = crate::support::browser::Settings {
            languages: Some("fr-FR,fr".into()),
            ..Default::default()
        };
        let browser = Browser::launch(PHONE, &settings).await;
        browser.open(&nginx.url("/edit/")).await;
        browser.wait_for_language("fr").await;
        browser.wait_for_text("h1", "Modifier l’événement").await;
        click_button(&browser, "Créer un nouvel événement").await;
        browser
            .wait_for_text(".editor-said", "Modification de event.json.")
            .await;
        browser
            .type_into("#f-event-title", "Journée de l’océan 2027")
            .await;
        browser.press(&[Key::Tab]).await;
        // The event starts in the organiser's language; a second is picked by its
        // name, each named in itself.
        browser
            .wait_for(".field:has(#f-event-languages) .picked", |t| {
                t.starts_with("français")
            })
            .await;
        choose_named(&browser, "#f-event-languages", "English").await;
        browser
            .wait_for(".field:has(#f-event-languages) .picked", |t| {
                t.starts_with("français") && t.contains("English")
            })
            .await;
        pick_value(&browser, "#f-event-start", "2027-06-08").await;
        pick_value(&browser, "#f-event-end", "2027-06-08").await;
        let zone = browser
            .client
            .find(Locator::Css("#f-event-timezone"))
            .await
            .unwrap();
        zone.clear().await.unwrap();
        zone.send_keys("Europe/Paris").await.unwrap();
        browser
            .wait_for("#f-event-timezone ~ .field-note", |t| {
                t.starts_with("UTC+02:00 le ") && t.contains("8 juin 2027")
            })
            .await;
        browser.press(&[Key::Tab]).await;
        // A room, a speaker and two sessions, by name and title alone.
        add_named(
            &browser,
            "rooms",
            "Ajouter",
            "#f-rooms-0-name",
            "Salle des Assemblées",
        )
        .await;
        add_named(
            &browser,
            "speakers",
            "Ajouter",
            "#f-speakers-0-name",
            "Inès Moreau",
        )
        .await;
        for (index, title, start, end) in [
            (0, "Ouverture", "2027-06-08T10:00", "2027-06-08T11:00"),
            // Ends before it starts, in the room taken then, with the same speaker.
            (
                1,
                "Cartographier les abysses",
                "2027-06-08T10:30",
                "2027-06-08T10:15",
            ),
        ] {
            let at = |field: &str| format!("#f-sessions-{index}-{field}");
            add_named(&browser, "sessions", "Ajouter", &at("title"), title).await;
            pick_value(&browser, &at("start"), start).await;
            pick_value(&browser, &at("end"), end).await;
            // A new session's room reads as none (not the room last picked in the form
            // this one was built over).
            assert_eq!(value_of(&browser, &at("room")).await, "");
            choose_named(&browser, &at("room"), "Salle des Assemblées").await;
            choose_named(&browser, &at("speakers"), "Inès Moreau").await;
        }
        // Every problem in French, naming the session by its title and the field by its
        // label: the end before the start, and the clash on both sessions.
        let expected = [
            "Séance « Cartographier les abysses », Fin",
            "La fin (2027-06-08 10:15) vient avant le début (2027-06-08 10:30).",
            "Séance « Ouverture », Salle",
            "Même salle (Salle des Assemblées) et même heure que « Cartographier les abysses ».",
            "Séance « Cartographier les abysses », Salle",
            "Même salle (Salle des Assemblées) et même heure que « Ouverture ».",
            "Inès Moreau est aussi dans « Ouverture » au même moment.",
        ];
        let problems = browser
            .wait_for(".diagnostics", |t| {
                expected.iter().all(|line| t.contains(line))
            })
            .await
            .text
            .clone();
        for line in browser.texts(".diagnostics > li").await {
            assert!(
                line.starts_with("Erreur") || line.starts_with("Avertissement"),
                "{line}"
            );
            assert!(
                !line.contains(" the ") && !line.contains("Error"),
                "English: {line}"
            );
        }
        // Beside the fields too: the clash on each session's room.
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[normalize-space()='Ouverture']",
            ))
            .await;
        browser
            .wait_for("#f-sessions-0-room-problems", |t| {
                t.contains("Même salle (Salle des Assemblées) et même heure que « Cartographier les abysses ».")
            })
            .await;
        // Nowhere on the page a path, a backtick or an id made from a name.
        let page = browser.eval("return document.body.innerText").await;
        let page = page.as_str().unwrap();
        for code in [
            "$.",
            "`",
            "salle-des-assemblees",
            "ines-moreau",
            "journee-de-l-ocean-2027",
        ] {
            assert!(!page.contains(code), "{code:?} on the page:\n{problems}");
        }
        // The ids are there, made from the names: in the fields an organiser may open.
        assert_eq!(value_of(&browser, "#f-sessions-0-id").await, "ouverture");
        assert_eq!(
            value_of(&browser, "#f-sessions-0-room").await,
            "salle-des-assemblees"
        );
        assert_eq!(
            value_of(&browser, "#f-event-id").await,
            "journee-de-l-ocean-2027"
        );
    });
}

#[test]
fn a_new_event_is_built_from_nothing_and_saved_clean() {
    run(async {
        let (nginx, release, _) = serve("editor-new", &sample_feed());
        let browser = Browser::start(PHONE).await;
        open_editor(&browser, &nginx).await;
        click_button(&browser, "Start a new event").await;
        browser
            .wait_for_text(".editor-said", "Editing event.json.")
            .await;
        browser
            .wait_for(".problems-count", |t| t.starts_with("Errors:"))
            .await;
        // The title's field has the focus: typed straight in.
        eventually("the title has the focus", || async {
            browser.focused().await.starts_with("input#f-event-title")
        })
        .await;
        // A new event is new: the page's header is not the published event's, and there
        // is nothing published to compare it with.
        assert_eq!(header_title(&browser).await, "Event Portal");
        nothing_to_compare(&browser).await;
        browser.type_into("#f-event-title", "Ocean Day 2027").await;
        eventually("the header follows the draft", || async {
            header_title(&browser).await == "Ocean Day 2027"
        })
        .await;
        // Its id is made from its title when the title's field is left: none typed.
        browser.press(&[Key::Tab]).await;
        eventually("the event's id is made from its title", || async {
            value_of(&browser, "#f-event-id").await == "ocean-day-2027"
        })
        .await;
        pick_value(&browser, "#f-event-start", "2027-06-08").await;
        pick_value(&browser, "#f-event-end", "2027-06-08").await;
        let zone = browser
            .client
            .find(Locator::Css("#f-event-timezone"))
            .await
            .unwrap();
        zone.clear().await.unwrap();
        zone.send_keys("Europe/Lisbon").await.unwrap();
        // Its offset on the event's first day, said beside it.
        browser
            .wait_for("#f-event-timezone ~ .field-note", |t| {
                t == "UTC+01:00 on Tuesday, 8 June 2027, the event's first day."
            })
            .await;
        // A room, then a session in it.
        open_section(&browser, "list-rooms").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-rooms']//button[normalize-space()='Add']",
            ))
            .await;
        browser.wait_for("#f-rooms-0-name", |_| true).await;
        browser.type_into("#f-rooms-0-name", "Auditorium").await;
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[normalize-space()='Add']",
            ))
            .await;
        browser.wait_for("#f-sessions-0-title", |_| true).await;
        browser.type_into("#f-sessions-0-title", "Opening").await;
        browser.press(&[Key::Tab]).await;
        pick_value(&browser, "#f-sessions-0-start", "2027-06-08T09:00").await;
        pick_value(&browser, "#f-sessions-0-end", "2027-06-08T09:30").await;
        // Each new entry's id was made from its name or title when it was typed: the
        // room is picked by the id its name made.
        choose(&browser, "#f-sessions-0-room", "auditorium").await;
        browser
            .wait_for("#f-sessions-0-end + .field-note", |t| {
                t.ends_with("written as 2027-06-08T09:30:00+01:00.")
            })
            .await;
        // A document, its size and type read from the file picked on disk.
        open_section(&browser, "list-documents").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-documents']//button[normalize-space()='Add']",
            ))
            .await;
        browser.wait_for("#f-documents-0-title", |_| true).await;
        browser.type_into("#f-documents-0-title", "Programme").await;
        browser.press(&[Key::Tab]).await;
        let pdf = browser.downloads.join("documents/programme.pdf");
        std::fs::create_dir_all(pdf.parent().unwrap()).unwrap();
        std::fs::write(&pdf, b"%PDF-1.4\n% The programme of Ocean Day\n%%EOF\n").unwrap();
        let file = browser
            .client
            .find(Locator::Css("#file-facts-0"))
            .await
            .unwrap();
        file.send_keys(&pdf.display().to_string()).await.unwrap();
        eventually("the size is filled in", || async {
            value_of(&browser, "#f-documents-0-bytes").await == "44"
        })
        .await;
        assert_eq!(
            value_of(&browser, "#f-documents-0-media_type").await,
            "application/pdf"
        );
        assert_eq!(
            value_of(&browser, "#f-documents-0-url").await,
            "documents/programme.pdf"
        );
        eventually("the problems' count has no error left", || async {
            let count = browser.texts(".problems-count").await.join("");
            !count.starts_with("Errors:") || count.starts_with("Errors: 0.")
        })
        .await;
        let errors = browser.texts(".diagnostic-error").await;
        assert!(errors.is_empty(), "{errors:?}");
        click_button(&browser, "Download event.json").await;
        let saved = browser.downloads.join("event.json");
        eventually("the new event was downloaded", || async {
            std::fs::read_to_string(&saved).is_ok_and(|t| t.ends_with("}\n"))
        })
        .await;
        let (said, clean) = feedcheck(&release, &saved);
        assert!(clean && said.contains("0 errors"), "{said}");
        // The checker run from a clone of the repository is the one the release ships
        // (it once ran a stale committed wasm that wanted `updated`).
        let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("checker/feedcheck.mjs");
        assert_eq!(node_check(&repository, &saved), (said, clean));
        let text = std::fs::read_to_string(&saved).unwrap();
        assert_eq!(
            format::canonical(&text).unwrap(),
            text,
            "written as the tools write it"
        );
        assert!(
            text.contains("\"start\": \"2027-06-08T09:00:00+01:00\""),
            "{text}"
        );
        for id in [
            "\"id\": \"auditorium\"",
            "\"room\": \"auditorium\"",
            "\"id\": \"opening\"",
            "\"id\": \"programme\"",
        ] {
            assert!(text.contains(id), "{id} in {text}");
        }
        // Still a new event, now whole: the header shows it, and no change is listed
        // against the published sample.
        assert_eq!(header_title(&browser).await, "Ocean Day 2027");
        assert!(browser.texts(".changes li").await.is_empty());

        // Downloaded, so saved: a reload offers nothing back.
        eventually("the saved draft was kept", || async {
            kept_draft(&browser).await.contains("\"saved\"")
        })
        .await;
        browser.client.refresh().await.unwrap();
        browser.wait_for_text("h1", "Edit the event").await;
        crate::support::throughout(
            std::time::Duration::from_millis(1500),
            "a saved draft was offered back",
            || async { browser.texts(".kept-draft").await.is_empty() },
        )
        .await;
        // The organiser opens the file they saved: another event than the one published
        // here, so still nothing to compare it with.
        open_file(&browser, &saved).await;
        browser
            .wait_for_text(".editor-said", "Editing event.json.")
            .await;
        nothing_to_compare(&browser).await;
        // Changed after that: offered, named, and its undo history goes on.
        browser.type_into("#f-event-title", " (draft)").await;
        browser.press(&[Key::Tab]).await;
        reload_and_go_on(&browser, "Ocean Day 2027 (draft)", "Ocean Day 2027 (draft)").await;
        nothing_to_compare(&browser).await;
        // The id that followed the title is its own step: undone first, then the title.
        assert_eq!(
            value_of(&browser, "#f-event-id").await,
            "ocean-day-2027-draft"
        );
        click_button(&browser, "Undo").await;
        eventually("the id undone after the reload", || async {
            value_of(&browser, "#f-event-id").await == "ocean-day-2027"
        })
        .await;
        click_button(&browser, "Undo").await;
        eventually("the title undone after the reload", || async {
            value_of(&browser, "#f-event-title").await == "Ocean Day 2027"
        })
        .await;
    });
}

/// Once the browser has kept the draft with `change` in it (the page keeps it after each
/// check), reloads: the draft is offered back, naming `event` and when it last changed;
/// and the organiser goes on with it.
async fn reload_and_go_on(browser: &Browser, change: &str, event: &str) {
    eventually("the change was kept", || async {
        kept_draft(browser).await.contains(change)
    })
    .await;
    browser.client.refresh().await.unwrap();
    let offer = browser
        .wait_for(".kept-draft", |t| t.contains("kept a draft of"))
        .await;
    let named = format!("kept a draft of “{event}” (event.json), last changed ");
    assert!(offer.text.contains(&named), "{}", offer.text);
    click_button(browser, "Go on with the draft").await;
}

/// Waits for "What changed" (opened) to say that the draft is a new event.
async fn nothing_to_compare(browser: &Browser) {
    eventually("What changed says it is a new event", || async {
        open_section(browser, "changes").await;
        browser.texts("#changes p").await
            == ["A new event: nothing published yet to compare it with."]
    })
    .await;
}

/// Opens the file at `path` with the page's file picker.
async fn open_file(browser: &Browser, path: &Path) {
    let input = browser
        .client
        .find(Locator::Css(".editor-open input[type=file]"))
        .await
        .unwrap();
    input.send_keys(&path.display().to_string()).await.unwrap();
}

/// Opens the editor and, by the keyboard alone, the published event.
async fn open_published_by_keyboard(browser: &Browser, nginx: &Nginx) {
    open_editor(browser, nginx).await;
    browser
        .press_until(&[Key::Tab], 40, |f| f.contains("Edit the published event"))
        .await;
    browser.press(&[Key::Enter]).await;
    browser
        .wait_for_text(".editor-said", "Editing event.json.")
        .await;
}

#[test]
fn by_keyboard_alone_an_organiser_opens_edits_and_undoes() {
    run(async {
        let (nginx, _release, _) = serve("editor-keyboard", &sample_feed());
        let browser = Browser::start(DESKTOP).await;
        open_published_by_keyboard(&browser, &nginx).await;
        let tab = [Key::Tab];
        browser
            .press_until(&tab, 200, |f| {
                f.starts_with("summary") && f.contains("Sessions")
            })
            .await;
        browser.press(&[Key::Enter]).await;
        browser
            .press_until(&tab, 20, |f| {
                f.starts_with("button") && f.contains("Opening remarks")
            })
            .await;
        browser.press(&[Key::Enter]).await;
        browser
            .wait_for("#entry-sessions-0", |t| t.starts_with("Editing"))
            .await;
        browser
            .press_until(&tab, 20, |f| f.starts_with("input#f-sessions-0-title"))
            .await;
        let title = value_of(&browser, "#f-sessions-0-title").await;
        // Tab selects the field's text: End, then type after it.
        browser.press(&[Key::End]).await;
        let field = browser.client.active_element().await.unwrap();
        field.send_keys(" (moved)").await.unwrap();
        browser.press(&[Key::Tab]).await;
        assert_eq!(
            value_of(&browser, "#f-sessions-0-title").await,
            format!("{title} (moved)")
        );
        browser
            .press_until(&[Key::Shift, Key::Tab], 250, |f| {
                f.starts_with("button") && f.contains("Undo")
            })
            .await;
        browser.press(&[Key::Enter]).await;
        eventually("undone by keyboard", || async {
            value_of(&browser, "#f-sessions-0-title").await == title
        })
        .await;
    });
}

#[test]
fn a_session_moved_in_the_schedule_by_keyboard_alone_clashes_and_undoes_across_a_reload() {
    run(async {
        let (nginx, _release, _) = serve("editor-schedule", &sample_feed());
        let browser = Browser::start(DESKTOP).await;
        open_published_by_keyboard(&browser, &nginx).await;
        let tab = [Key::Tab];
        browser
            .press_until(&tab, 300, |f| {
                f.starts_with("summary") && f.contains("Schedule")
            })
            .await;
        browser.press(&[Key::Enter]).await;
        // The day's sessions by time, each with its times.
        let listed = browser
            .wait_for(".schedule-list", |t| t.contains("15:15–15:30"))
            .await
            .text
            .clone();
        assert!(
            listed.starts_with("15:00–15:15 · Conference Room 11 · Opening remarks"),
            "{listed}"
        );
        assert!(browser.texts(".schedule-clash").await.is_empty());
        // The second session, 15:15 to 15:30, a step earlier by the arrow key: in the
        // room at the time of the first.
        browser
            .press_until(&tab, 40, |f| f.starts_with("button#schedule-session-1"))
            .await;
        browser.press(&[Key::Up]).await;
        let moved = "“From Singapore to New York: the first INTERPOL-UNICRI Global Meeting”: 15:00–15:15, Conference Room 11.";
        browser.wait_for_text(".editor-said", moved).await;
        // The clash on both sessions, at once: on the grid and among the problems.
        eventually("the clash shows on both sessions", || async {
            browser
                .texts(".schedule-clash .schedule-session-title")
                .await
                == [
                    "Opening remarks",
                    "From Singapore to New York: the first INTERPOL-UNICRI Global Meeting",
                ]
        })
        .await;
        let problems = browser.texts(".diagnostics").await.join("\n");
        for line in [
            "Session “Opening remarks”, Room",
            "In Conference Room 11 at the same time as “From Singapore to New York: the first INTERPOL-UNICRI Global Meeting”.",
            "Session “From Singapore to New York: the first INTERPOL-UNICRI Global Meeting”, Room",
            "In Conference Room 11 at the same time as “Opening remarks”.",
        ] {
            assert!(problems.contains(line), "{line:?} not in {problems}");
        }
        // The focus stays on the session moved, for the next key.
        assert!(
            browser
                .focused()
                .await
                .starts_with("button#schedule-session-1"),
            "{}",
            browser.focused().await
        );
        // Undo, by keyboard: back in its place, no clash.
        browser
            .press_until(&[Key::Shift, Key::Tab], 300, |f| {
                f.starts_with("button") && f.contains("Undo")
            })
            .await;
        browser.press(&[Key::Enter]).await;
        eventually("undone: no clash", || async {
            browser.texts(".schedule-clash").await.is_empty()
        })
        .await;
        assert!(
            browser.texts(".schedule-list").await[0]
                .contains("15:15–15:30 · Conference Room 11 · From Singapore")
        );
        // Redone, kept, reloaded: undo still puts it back.
        click_button(&browser, "Redo").await;
        eventually("the move was kept", || async {
            kept_draft(&browser)
                .await
                .matches("2019-04-02T15:00:00-04:00")
                .count()
                >= 2
        })
        .await;
        reload_and_go_on(&browser, "15:00:00-04:00", TITLE).await;
        open_section(&browser, "schedule").await;
        eventually("the clash is back after the reload", || async {
            browser.texts(".schedule-clash").await.len() == 2
        })
        .await;
        click_button(&browser, "Undo").await;
        eventually("undone after the reload", || async {
            browser.texts(".schedule-clash").await.is_empty()
        })
        .await;
        // With the pointer: the last session dragged to the first room at the day's
        // first step (as the browser's drag and drop delivers it), keeping its length.
        browser
            .client
            .execute(
                "const data = new DataTransfer();
                 document.querySelector('#schedule-session-6')
                   .dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
                 // Under the first room's heading, in the day's first step.
                 const room = document.querySelector('.schedule-room').getBoundingClientRect();
                 const at = { clientX: (room.left + room.right) / 2, clientY: room.bottom + 4 };
                 const grid = document.querySelector('.schedule-grid');
                 for (const type of ['dragover', 'drop']) {
                   grid.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
                 }",
                vec![],
            )
            .await
            .unwrap();
        browser
            .wait_for(".schedule-list", |t| {
                t.contains("15:00–15:10 · Conference Room 11 · Closing remarks")
            })
            .await;
        assert_eq!(browser.texts(".schedule-clash").await.len(), 2);
    });
}

/// Every view of the editor: the choices before opening, then every section open with
/// an entry chosen, and the problems of a broken draft.
async fn editor_violations(
    browser: &Browser,
    nginx: &Nginx,
    axe: &str,
    arabic: bool,
) -> Vec<String> {
    let mut found = Vec::new();
    browser.open(&nginx.url("/edit/")).await;
    browser.wait_for("h1", |_| true).await;
    if arabic {
        browser.choose_language("ar").await;
        browser.wait_for_text("h1", "تحرير الفعالية").await;
    }
    for violation in violations(browser, axe).await {
        found.push(format!("open: {violation}"));
    }
    let (path, _) = crate::support::draft_file("broken.json", &broken_feed());
    open_file(browser, &path).await;
    browser.wait_for(".problems-count", |t| !t.is_empty()).await;
    for list in [
        "sessions",
        "speakers",
        "rooms",
        "tracks",
        "documents",
        "updates",
    ] {
        open_section(browser, &format!("list-{list}")).await;
        browser
            .click(Locator::Css(&format!("#list-{list} .entry-button")))
            .await;
        browser
            .wait_for(&format!("#entry-{list}-0"), |_| true)
            .await;
    }
    for section in ["coverage", "changes"] {
        open_section(browser, section).await;
    }
    browser
        .client
        .execute(
            "document.querySelectorAll('details').forEach(d => d.open = true)",
            vec![],
        )
        .await
        .unwrap();
    for violation in violations(browser, axe).await {
        found.push(format!("editing: {violation}"));
    }
    found
}

#[test]
fn axe_finds_nothing_on_any_view_of_the_editor() {
    run(async {
        let (nginx, _release, _) = serve("editor-axe", &sample_feed());
        let axe = axe_source();
        let mut found = Vec::new();
        for viewport in [PHONE, DESKTOP] {
            for arabic in [false, true] {
                let browser = Browser::start(viewport).await;
                for violation in editor_violations(&browser, &nginx, &axe, arabic).await {
                    found.push(format!("{viewport:?} arabic={arabic} {violation}"));
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    });
}

#[test]
fn saved_in_place_and_warned_when_the_file_changed_on_disk() {
    run(async {
        let (nginx, _release, published) = serve("editor-in-place", &sample_feed());
        let browser = Browser::start(DESKTOP).await;
        open_editor(&browser, &nginx).await;
        // The file picker is the browser's own window, which WebDriver cannot reach: it
        // answers here with a file of the same File System Access API, in the page's
        // private storage, holding the published feed.
        browser
            .client
            .execute_async(
                "const [text, done] = arguments;
                 (async () => {
                   const folder = await navigator.storage.getDirectory();
                   const handle = await folder.getFileHandle('my-event.json', { create: true });
                   const writable = await handle.createWritable();
                   await writable.write(text);
                   await writable.close();
                   window.showOpenFilePicker = async () => [handle];
                   window.__handle = handle;
                 })().then(done);",
                vec![published.clone().into()],
            )
            .await
            .unwrap();
        click_button(&browser, "Open a file…").await;
        browser
            .wait_for_text(".editor-said", "Editing my-event.json.")
            .await;
        let title = browser
            .client
            .find(Locator::Css("#f-event-title"))
            .await
            .unwrap();
        title.send_keys(" (draft)").await.unwrap();
        browser.press(&[Key::Tab]).await;
        click_button(&browser, "Save").await;
        browser
            .wait_for_text(".editor-said", "Saved my-event.json.")
            .await;
        let read = || async {
            browser
                .client
                .execute_async(
                    "const done = arguments[0];
                     window.__handle.getFile().then((f) => f.text()).then(done);",
                    vec![],
                )
                .await
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        };
        let saved = read().await;
        let (removed, added) = changed_lines(&published, &saved);
        assert_eq!(removed.len(), 1, "{removed:?}");
        assert!(added[0].ends_with(" (draft)\","), "{added:?}");
        // Someone else writes the file (once the clock has moved past the save, so its
        // time differs); the next save asks before writing over it.
        eventually("the clock moved past the save", || async {
            browser
                .client
                .execute_async(
                    "const done = arguments[0];
                     window.__handle.getFile().then((f) => done(Date.now() > f.lastModified));",
                    vec![],
                )
                .await
                .unwrap()
                == serde_json::Value::Bool(true)
        })
        .await;
        browser
            .client
            .execute_async(
                "const done = arguments[0];
                 window.__handle.createWritable()
                   .then((w) => w.write('{}').then(() => w.close())).then(done);",
                vec![],
            )
            .await
            .unwrap();
        title.send_keys("!").await.unwrap();
        browser.press(&[Key::Tab]).await;
        click_button(&browser, "Save").await;
        browser
            .wait_for(".editor-said", |t| {
                t.starts_with("my-event.json changed on disk since you opened it.")
            })
            .await;
        assert_eq!(
            read().await,
            "{}",
            "nothing written before the organiser says so"
        );
        click_button(&browser, "Save over it").await;
        browser
            .wait_for_text(".editor-said", "Saved my-event.json.")
            .await;
        assert!(read().await.contains(" (draft)!\""));
    });
}

#[test]
fn an_id_renamed_everywhere_a_list_searched_and_a_named_entry_deleted_only_when_confirmed() {
    run(async {
        let (nginx, _release, _) = serve("editor-ids", &sample_feed());
        let browser = Browser::start(PHONE).await;
        open_published(&browser, &nginx).await;
        // The room: where it is named, then renamed when its field is left.
        open_section(&browser, "list-rooms").await;
        browser
            .click(Locator::Css("#list-rooms .entry-button"))
            .await;
        let uses = browser
            .wait_for("section[aria-labelledby=entry-rooms-0] .entry-uses", |_| {
                true
            })
            .await;
        assert_eq!(
            uses.text,
            "Named in: Opening remarks; From Singapore to New York: the first INTERPOL-UNICRI \
             Global Meeting; A present-day reality: AI and robotics in policing; Coffee break; \
             Preparedness for the malicious use of AI: terrorism and security; Policy before \
             practice: human rights, explainability and gender balance; Closing remarks: the \
             road to the 2nd Global Meeting"
        );
        let id = browser
            .client
            .find(Locator::Css("#f-rooms-0-id"))
            .await
            .unwrap();
        // Emptied and left, the field shows the id again; then replaced by typing over it
        // (Control+A, as a person selects the field's text).
        id.clear().await.unwrap();
        browser.press(&[Key::Tab]).await;
        assert_eq!(value_of(&browser, "#f-rooms-0-id").await, "cr11");
        id.send_keys("\u{E009}a\u{E009}main-hall").await.unwrap();
        browser.press(&[Key::Tab]).await;
        browser
            .wait_for_text(".editor-said", "Renamed; 7 references follow it.")
            .await;
        open_section(&browser, "list-sessions").await;
        browser
            .click(Locator::XPath(
                "//details[@id='list-sessions']//button[normalize-space()='Closing remarks: the road to the 2nd Global Meeting']",
            ))
            .await;
        browser.wait_for("#entry-sessions-6", |_| true).await;
        assert_eq!(value_of(&browser, "#f-sessions-6-room").await, "main-hall");
        // A search narrows the speakers' list.
        open_section(&browser, "list-speakers").await;
        browser
            .type_into("#list-speakers input[type=search]", "police")
            .await;
        browser
            .wait_for("#list-speakers .list-count", |t| {
                t.starts_with("2 of 15 shown")
            })
            .await;
        // Deleting the room, named by seven sessions, asks first and lists them.
        browser
            .click(Locator::Css("#list-rooms .entry-button"))
            .await;
        browser.wait_for("#entry-rooms-0", |_| true).await;
        browser
            .click(Locator::XPath(
                "//section[@aria-labelledby='entry-rooms-0']//button[normalize-space()='Delete']",
            ))
            .await;
        let asked = browser
            .wait_for(".confirm", |t| {
                t.contains("main-hall") || t.contains("Conference Room 11")
            })
            .await;
        // Each place named as the organiser knows it.
        assert!(
            asked
                .text
                .contains("Session “Closing remarks: the road to the 2nd Global Meeting”, Room"),
            "{}",
            asked.text
        );
        click_button(&browser, "Keep it").await;
        assert_eq!(
            browser.texts("#list-rooms .entry-button").await.len(),
            1,
            "kept"
        );
        browser
            .click(Locator::XPath(
                "//section[@aria-labelledby='entry-rooms-0']//button[normalize-space()='Delete']",
            ))
            .await;
        click_button(&browser, "Delete it").await;
        eventually("the room is gone", || async {
            browser.texts("#list-rooms .entry-button").await.is_empty()
        })
        .await;
        browser
            .wait_for("#f-sessions-6-room-problems, .diagnostic-error", |t| {
                t.contains("main-hall")
            })
            .await;
    });
}
