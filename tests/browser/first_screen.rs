//! What a visitor sees without scrolling: on a phone, the programme, the speakers and
//! the documents under a short header, in all six languages; on a desktop grid, what a
//! search or a filter found, not an empty grid.
//!
//! Needs what every browser test needs (`main.rs`; `make test` provides it).

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use crate::support::browser::Browser;
use crate::support::server::Server;
use crate::support::{DESKTOP, SMALL_PHONE, at, dist, open, run};
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};

/// The smallest phone screen the portal is measured at.
/// The header's height on a phone, at most.
const HEADER_AT_MOST: f64 = 120.0;

/// Where the element `css` finds first is, and the viewport: `[top, bottom, left,
/// right, innerWidth, innerHeight, scrollY]`.
async fn placed(browser: &Browser, css: &str) -> [f64; 7] {
    let script = format!(
        "const r = document.querySelector({css:?}).getBoundingClientRect();
         return [r.top, r.bottom, r.left, r.right, innerWidth, innerHeight, scrollY]"
    );
    serde_json::from_value(browser.eval(&script).await).unwrap()
}

/// Fails unless the first element `css` finds is wholly on the first screen.
async fn on_first_screen(browser: &Browser, css: &str, what: &str) {
    let [top, bottom, left, right, width, height, scrolled] = placed(browser, css).await;
    assert_eq!(scrolled, 0.0, "{what}: the page was scrolled");
    assert!(
        top >= 0.0 && bottom <= height && left >= 0.0 && right <= width,
        "{what} is not on the first screen ({width}x{height}): top {top}, bottom {bottom}, left {left}, right {right}"
    );
}

#[test]
fn on_a_phone_the_header_is_short_and_each_page_s_first_entry_is_on_the_first_screen() {
    run(async {
        let server = Server::start(&dist());
        for language in ["ar", "zh", "en", "fr", "ru", "es"] {
            let browser = at(SMALL_PHONE).in_languages(language).browser().await;
            browser.open(&server.url("/agenda")).await;
            browser.wait_for_language(language).await;
            browser
                .wait_for(".session-list li[id^='session-'] .session-title", |t| {
                    !t.is_empty()
                })
                .await;
            let header = browser
                .eval(
                    "return document.querySelector('.site-header').getBoundingClientRect().height",
                )
                .await;
            let header = header.as_f64().unwrap();
            assert!(
                header <= HEADER_AT_MOST,
                "{language}: the header is {header} px high"
            );
            // Nothing scrolls sideways but the navigation's own row.
            let wide = browser
                .eval("return document.documentElement.scrollWidth > innerWidth")
                .await;
            assert_eq!(wide, json!(false), "{language}: the page scrolls sideways");
            on_first_screen(
                &browser,
                ".session-list li[id^='session-'] .session-title",
                &format!("{language}: the agenda's first session"),
            )
            .await;

            browser.open(&server.url("/speakers")).await;
            browser.wait_for_language(language).await;
            browser.wait_for(".speaker-card", |t| !t.is_empty()).await;
            on_first_screen(
                &browser,
                ".speaker-card",
                &format!("{language}: the first speaker"),
            )
            .await;

            browser.open(&server.url("/documents")).await;
            browser.wait_for_language(language).await;
            browser.wait_for("li.document", |t| !t.is_empty()).await;
            on_first_screen(
                &browser,
                "li.document h2, li.document h3, li.document a",
                &format!("{language}: the first document"),
            )
            .await;
        }
    });
}

#[test]
fn on_a_phone_languages_and_filters_are_one_button_each_and_work_by_keyboard() {
    run(async {
        let (server, browser) = open(SMALL_PHONE).await;
        browser.open(&server.url("/agenda")).await;
        browser.wait_for("main h1", |t| t == "Agenda").await;
        // The six languages are behind one button that names the shown one.
        let toggle = browser
            .wait_for("#language-toggle", |t| t.contains("English"))
            .await;
        assert!(
            !browser
                .client
                .find(Locator::Css("#language-fr"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
        );
        assert_eq!(toggle.attr("aria-expanded"), Some("false"));
        // By keyboard: Enter opens it, Tab reaches a language, Escape closes it again.
        browser
            .eval("document.getElementById('language-toggle').focus()")
            .await;
        browser.press(&[Key::Enter]).await;
        assert_eq!(
            browser
                .attribute("#language-toggle", "aria-expanded")
                .await
                .as_deref(),
            Some("true")
        );
        browser
            .press_until(&[Key::Tab], 8, |f| f.starts_with("button#language-fr"))
            .await;
        browser.press(&[Key::Escape]).await;
        assert_eq!(
            browser
                .attribute("#language-toggle", "aria-expanded")
                .await
                .as_deref(),
            Some("false")
        );
        assert!(
            browser
                .focused()
                .await
                .starts_with("button#language-toggle")
        );
        // Choosing one: the interface follows, the button names it and keeps focus.
        browser.press(&[Key::Enter]).await;
        browser
            .press_until(&[Key::Tab], 8, |f| f.starts_with("button#language-fr"))
            .await;
        browser.press(&[Key::Enter]).await;
        browser.wait_for("main h1", |t| t == "Ordre du jour").await;
        browser
            .wait_for("#language-toggle", |t| t.contains("Français"))
            .await;
        assert!(
            browser
                .focused()
                .await
                .starts_with("button#language-toggle"),
            "{}",
            browser.focused().await
        );

        // The filters: one button, which says how many are on, opens the panel.
        let filters = browser.wait_for("#filters-toggle", |t| !t.is_empty()).await;
        let room = browser
            .client
            .find(Locator::Css("#filter-panel select"))
            .await
            .unwrap();
        assert!(
            !room.is_displayed().await.unwrap(),
            "the filters start closed"
        );
        filters.element.click().await.unwrap();
        assert!(
            room.is_displayed().await.unwrap(),
            "the button opens the filters"
        );
        // The search stays in view, one tap away.
        assert!(
            browser
                .client
                .find(Locator::Css("#agenda-search"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
        );
        let choice: String = serde_json::from_value(
            browser
                .eval("return document.querySelector('#filter-panel select option:nth-child(2)').value")
                .await,
        )
        .unwrap();
        room.select_by_value(&choice).await.unwrap();
        browser
            .wait_for("#filters-toggle .filter-count", |t| t == "1")
            .await;
    });
}

/// The 2,000-session event of `make bench` (20 rooms, five days).
fn large_feed() -> Value {
    let out = Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/gen-large-feed.py"
        ))
        .output()
        .expect("run scripts/gen-large-feed.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A text of the feed as an English page shows it.
fn english(text: &Value) -> String {
    match text {
        Value::String(text) => text.clone(),
        Value::Object(map) => map
            .get("en")
            .or_else(|| map.values().next())
            .and_then(Value::as_str)
            .unwrap()
            .to_owned(),
        _ => panic!("not a text: {text}"),
    }
}

#[test]
fn on_the_grid_a_search_shows_what_it_found_and_a_room_filter_one_column() {
    run(async {
        let feed = large_feed();
        // The last session of the last day, in the last room it uses.
        let sessions = feed["sessions"].as_array().unwrap();
        let last = sessions
            .iter()
            .filter(|s| s["kind"] != "break" && s["room"].is_string())
            .max_by_key(|s| s["start"].as_str().unwrap().to_owned())
            .unwrap();
        let title = english(&last["title"]);
        let id = last["id"].as_str().unwrap();
        let (server, browser) = at(DESKTOP).feed(&feed).open("/agenda").await;
        browser.wait_for(".room-head", |t| !t.is_empty()).await;

        browser.type_into("#agenda-search", &title).await;
        browser
            .wait_for(".match-count", |t| t.contains("of 2,000"))
            .await;
        let item = format!("#session-{id}");
        browser
            .wait_for(&format!("{item} .session-title"), |t| t == title)
            .await;
        on_first_screen(&browser, &item, "the session searched for").await;
        // Its day's tab says it has the match; the others have none, and say so.
        let counts = browser.texts(".day-tabs .tab-count:not([hidden])").await;
        assert_eq!(counts.len(), 5, "{counts:?}");
        assert!(counts.last().is_some_and(|n| n != "0"), "{counts:?}");
        let none = browser.texts(".day-tabs a[data-matches=none]").await;
        assert!(!none.is_empty(), "days without a match are marked");

        // One room: one column on each day shown.
        browser.open(&server.url("/agenda?room=room-3")).await;
        browser
            .wait_for(".match-count", |t| t.contains("of 2,000"))
            .await;
        let columns = browser
            .eval(
                "return [...document.querySelectorAll('.day:not([hidden]) .room-head')]
                   .filter(h => !h.hidden).length
                 / document.querySelectorAll('.day:not([hidden])').length",
            )
            .await;
        assert_eq!(columns, json!(1), "one room's column a day");
        let lefts = browser
            .eval(
                "return [...new Set([...document.querySelectorAll('.day:not([hidden]) li[id^=\"session-\"]:not([hidden])')]
                   .map(li => Math.round(li.getBoundingClientRect().left)))].length",
            )
            .await;
        assert_eq!(lefts, json!(1), "every shown session in that one column");

        // Nothing found: said so, and the filters can be cleared from there.
        browser.open(&server.url("/agenda?q=zzzzqqqq")).await;
        browser
            .wait_for(".no-match", |t| t.contains("No sessions match"))
            .await;
        browser.click(Locator::Css(".no-match button")).await;
        browser.wait_for(".room-head", |t| !t.is_empty()).await;
        let hidden = browser
            .eval("return document.querySelector('.no-match').hidden")
            .await;
        assert_eq!(hidden, json!(true), "the message goes with the filters");
    });
}
