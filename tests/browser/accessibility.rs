//! axe-core on every page of the built portal, at a phone's and a desktop's size, in
//! English (light and dark) and in Arabic (right to left): no violation of WCAG 2.0, 2.1
//! or 2.2 (A and AA) or of axe's best practices.
//!
//! Needs what every browser test needs (`main.rs`), and axe-core from npm (`make test` installs it and
//! sets `AXE_CORE` to its `axe.min.js`).

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use crate::support::browser::Browser;
use crate::support::server::{FeedReply, Server};
use crate::support::{at, choose_draft, dist, draft_file, run, sample_feed};
use event_portal::i18n::{Language, Messages};
use serde_json::Value;

const EVENT: &str =
    "Artificial Intelligence and Robotics: Reshaping the Future of Crime, Terrorism and Security";

/// Each page, and what its `h1` says in the language of `m` once it has rendered (the
/// sample feed's own text is in English whatever the interface's language).
fn pages(m: &Messages) -> Vec<(&'static str, &'static str)> {
    vec![
        ("/", EVENT),
        ("/agenda", m.agenda_title),
        ("/agenda?kind=panel&q=zzzz", m.agenda_title),
        ("/my", m.my_agenda_title),
        ("/my?s=opening&s=closing", m.my_agenda_title),
        (
            "/agenda/panel-policing",
            "A present-day reality: AI and robotics in policing",
        ),
        ("/speakers", m.speakers_title),
        ("/speakers/tucci-bartsiotas", "Bettina Tucci Bartsiotas"),
        ("/documents", m.documents_title),
        ("/updates", m.updates_title),
        ("/no/such/page", m.not_found_title),
        ("/preview/", m.preview_title),
    ]
}

pub(crate) fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            dirs_home().join(".cache/event-portal/axe-core-4.14.1/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "axe-core is not at {}: run `make test`, which installs it",
            path.display()
        )
    })
}

fn dirs_home() -> PathBuf {
    PathBuf::from(std::env::var_os("HOME").expect("HOME is set"))
}

/// Runs axe on the page as it is and returns its violations, each as
/// `rule (impact): target, target…`.
pub(crate) async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser.client.execute(axe, vec![]).await.unwrap();
    let result = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {
               runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                                'wcag22aa', 'best-practice'] },
               resultTypes: ['violations'],
             }).then(r => done(r.violations.map(v => ({
               id: v.id, impact: v.impact,
               targets: v.nodes.map(n => n.target.join(' ')),
             }))), e => done([{ id: 'axe failed: ' + e, impact: '', targets: [] }]));",
            vec![],
        )
        .await
        .unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v: &Value| {
            let targets: Vec<&str> = v["targets"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            format!("{} ({}): {}", v["id"], v["impact"], targets.join(", "))
        })
        .collect()
}

/// Every page, then the preview with a draft that has errors (the list of problems) and
/// the agenda while that draft is shown (the preview banner): axe's violations on each.
async fn violations_on_every_page(
    browser: &Browser,
    server: &Server,
    axe: &str,
    m: &Messages,
) -> Vec<String> {
    let mut found = Vec::new();
    for (path, title) in pages(m) {
        browser.open(&server.url(path)).await;
        browser.wait_for_text("h1", title).await;
        for violation in violations(browser, axe).await {
            found.push(format!("{path}: {violation}"));
        }
    }
    // My agenda with sessions in it: imported from a shared list.
    browser.open(&server.url("/my?s=opening&s=closing")).await;
    browser
        .wait_for("button", |t| t == m.import_shared)
        .await
        .element
        .click()
        .await
        .unwrap();
    browser.wait_for(".my-tools a", |_| true).await;
    for violation in violations(browser, axe).await {
        found.push(format!("/my with two sessions: {violation}"));
    }
    // A live update's notice, then a failed one's: both over the agenda.
    browser.open(&server.url("/agenda")).await;
    browser.wait_for_text("h1", m.agenda_title).await;
    let mut changed = sample_feed();
    let mut update = changed["updates"][0].clone();
    update["id"] = "doors".into();
    update["title"] = "Doors open at 14:30".into();
    update["important"] = true.into();
    changed["updates"].as_array_mut().unwrap().push(update);
    server.set_feed(FeedReply::json(changed.to_string()));
    browser
        .eval("window.dispatchEvent(new Event('online')); return true")
        .await;
    browser.wait_for(".news li", |_| true).await;
    server.set_feed(FeedReply::status(503));
    browser
        .eval("window.dispatchEvent(new Event('online')); return true")
        .await;
    browser.wait_for(".notice", |_| true).await;
    for violation in violations(browser, axe).await {
        found.push(format!("/agenda with live notices: {violation}"));
    }
    server.set_feed(FeedReply::Dist);
    let mut feed = sample_feed();
    feed["sessions"][1]["speakers"][0] = "nobody".into();
    let (draft, _) = draft_file("event.json", &feed);
    browser.open(&server.url("/preview/")).await;
    browser.wait_for_text("h1", m.preview_title).await;
    choose_draft(browser, &draft).await;
    browser.wait_for(".diagnostic-error", |_| true).await;
    for violation in violations(browser, axe).await {
        found.push(format!("/preview/ with a draft: {violation}"));
    }
    let agenda = browser.wait_for("nav a", |t| t == m.nav_agenda).await;
    agenda.element.click().await.unwrap();
    browser.wait_for(".preview-banner", |_| true).await;
    for violation in violations(browser, axe).await {
        found.push(format!("/agenda in the preview: {violation}"));
    }
    found
}

fn every_page_passes_axe(size: (u32, u32), dark: bool, language: Language) {
    run(async {
        let axe = axe_source();
        let server = Server::start(&dist());
        let m = language.messages();
        let browser = match (dark, language) {
            (true, _) => at(size).dark().browser().await,
            (false, Language::English) => Browser::start(size).await,
            (false, _) => at(size).in_languages(m.lang).browser().await,
        };
        browser.open(&server.url("/")).await;
        browser
            .wait_for(
                &format!("html[lang={}][dir={}] h1", m.lang, m.direction.as_str()),
                |_| true,
            )
            .await;
        let scheme = browser
            .eval("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await;
        assert_eq!(scheme, Value::Bool(dark), "the colour scheme asked for");
        let found = violations_on_every_page(&browser, &server, &axe, m).await;
        assert!(
            found.is_empty(),
            "axe found violations in {} at {}x{}{}:\n{}",
            m.lang,
            size.0,
            size.1,
            if dark { " in dark mode" } else { "" },
            found.join("\n")
        );
        // The check can fail: a page with an image without alternative text does.
        browser
            .client
            .execute(
                "const img = document.createElement('img'); img.src = 'data:,';
                 document.querySelector('main').append(img);",
                vec![],
            )
            .await
            .unwrap();
        let broken = violations(&browser, &axe).await;
        assert!(
            broken.iter().any(|v| v.starts_with("\"image-alt\"")),
            "{broken:?}"
        );
    });
}

#[test]
fn every_page_passes_axe_on_a_phone() {
    every_page_passes_axe((375, 812), false, Language::English);
}

#[test]
fn every_page_passes_axe_on_a_desktop() {
    every_page_passes_axe((1280, 800), false, Language::English);
}

#[test]
fn every_page_passes_axe_on_a_phone_in_dark_mode() {
    every_page_passes_axe((375, 812), true, Language::English);
}

#[test]
fn every_page_passes_axe_on_a_phone_in_arabic() {
    every_page_passes_axe((375, 812), false, Language::Arabic);
}

#[test]
fn every_page_passes_axe_on_a_desktop_in_arabic() {
    every_page_passes_axe((1280, 800), false, Language::Arabic);
}
