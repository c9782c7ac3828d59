//! Every visitor in the built portal, in headless Chromium: the six languages (chosen by
//! the browser, the feed or the picker, and remembered), right to left in Arabic, feed
//! text in the chosen language with its `lang`, a visit by keyboard alone, and
//! screenshots of the main pages with no sideways scroll.
//!
//! Needs `dist/` (`make dist`) and Debian's `chromium` and `chromium-driver`.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use crate::support::browser::Browser;
use crate::support::server::{FeedReply, Server};
use crate::support::{
    DESKTOP, NARROWEST, PHONE, at, dist, eventually, open, run, sample_feed, until_equal,
};
use event_portal::i18n::Language;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};

/// `<html lang>` and `dir` as the page has them now.
async fn lang_and_dir(browser: &Browser) -> (String, String) {
    let value = browser
        .eval("return [document.documentElement.lang, document.documentElement.dir]")
        .await;
    serde_json::from_value(value).unwrap()
}

/// Waits until the page is in language `lang`, written in direction `dir`. What to wait
/// for after choosing a language: a text the two languages write alike (French writes
/// "Documents" too, and feed text is the same in both) is there before the switch.
async fn wait_for_language(browser: &Browser, lang: &str, dir: &str) {
    until_equal(
        "the page's language and direction",
        (lang.to_owned(), dir.to_owned()),
        || lang_and_dir(browser),
    )
    .await;
}

/// The nav entry of the main navigation that says `label`, once there.
async fn wait_for_nav(browser: &Browser, label: &str) {
    browser.wait_for(".nav-list a", |t| t == label).await;
}

/// The left edges of the main navigation's first two entries.
async fn first_two_nav_lefts(browser: &Browser) -> (f64, f64) {
    let value = browser
        .eval(
            "const [a, b] = document.querySelectorAll('.nav-list a');
             return [a.getBoundingClientRect().left, b.getBoundingClientRect().left]",
        )
        .await;
    serde_json::from_value(value).unwrap()
}

#[test]
fn the_browser_s_language_comes_first_and_the_picker_s_choice_is_remembered() {
    run(async {
        let server = Server::start(&dist());
        let browser = at(DESKTOP).in_languages("fr-CA,fr,en").browser().await;
        let fr = Language::French.messages();
        let ar = Language::Arabic.messages();
        browser.open(&server.url("/agenda")).await;
        wait_for_nav(&browser, fr.nav_agenda).await;
        browser.wait_for_text("h1", fr.agenda_title).await;
        assert_eq!(lang_and_dir(&browser).await, ("fr".into(), "ltr".into()));
        // Dates by Intl in French, the zone's note in French.
        browser.wait_for("h2", |t| t == "mardi 2 avril 2019").await;
        browser
            .wait_for(".zone-note", |t| t.contains("heure de New York"))
            .await;
        // The sample feed is in English: its text keeps `lang="en"` on a French page.
        let title_lang = browser
            .eval("return document.querySelector('li[id^=\"session-\"] a span').lang")
            .await;
        assert_eq!(title_lang, json!("en"));
        let (home, agenda) = first_two_nav_lefts(&browser).await;
        assert!(home < agenda, "left to right: {home} < {agenda}");
        // A document's language is named in French.
        browser.open(&server.url("/documents")).await;
        browser.wait_for("main dd", |t| t == "anglais").await;
        browser.open(&server.url("/agenda")).await;
        browser.wait_for_text("h1", fr.agenda_title).await;

        // Arabic, from the picker: the whole page turns right to left, focus stays on
        // the button.
        browser.choose_language("ar").await;
        wait_for_nav(&browser, ar.nav_agenda).await;
        browser.wait_for_text("h1", ar.agenda_title).await;
        assert_eq!(lang_and_dir(&browser).await, ("ar".into(), "rtl".into()));
        assert!(browser.focused().await.starts_with("button#language-ar"));
        let (home, agenda) = first_two_nav_lefts(&browser).await;
        assert!(home > agenda, "right to left: {home} > {agenda}");
        let current = browser.texts(".languages [aria-current=true]").await;
        assert_eq!(current, ["العربية"]);
        // Times keep the event's 24-hour clock and the digits of the UN's Arabic texts.
        browser
            .wait_for(".time-range", |t| t.starts_with("15:00"))
            .await;
        browser
            .wait_for(".zone-note", |t| {
                t.contains("بتوقيت") && t.contains("New York")
            })
            .await;
        // The page title follows.
        let title = browser.eval("return document.title").await;
        assert!(
            title.as_str().unwrap().starts_with(ar.agenda_title),
            "{title}"
        );

        // Remembered, across a reload and on another page.
        browser.open(&server.url("/speakers")).await;
        browser.wait_for_text("h1", ar.speakers_title).await;
        assert_eq!(lang_and_dir(&browser).await, ("ar".into(), "rtl".into()));

        // And back to English.
        browser.choose_language("en").await;
        browser.wait_for_text("h1", "Speakers").await;
        assert_eq!(lang_and_dir(&browser).await, ("en".into(), "ltr".into()));
    });
}

#[test]
fn feed_text_shows_in_the_chosen_language_else_the_event_s_first_with_its_lang() {
    run(async {
        let server = Server::start(&dist());
        let mut feed = sample_feed();
        feed["event"]["languages"] = json!(["es", "en"]);
        let english_title = feed["event"]["title"].clone();
        feed["event"]["title"] = json!({
            "es": "Inteligencia artificial y robótica",
            "en": english_title,
        });
        // A session titled in English only.
        feed["sessions"][0]["title"] = json!({ "en": "Opening remarks" });
        server.set_feed(FeedReply::json(feed.to_string()));

        // A browser in German, which the portal does not have: the feed's first language.
        let browser = at(PHONE).in_languages("de-DE,de").browser().await;
        let es = Language::Spanish.messages();
        browser.open(&server.url("/")).await;
        wait_for_nav(&browser, es.nav_agenda).await;
        assert_eq!(lang_and_dir(&browser).await, ("es".into(), "ltr".into()));
        let h1 = browser
            .wait_for_text("h1", "Inteligencia artificial y robótica")
            .await;
        assert_eq!(h1.attr("lang"), None, "Spanish on a Spanish page");
        browser.open(&server.url("/agenda")).await;
        let opening = browser
            .wait_for("li[id^=\"session-\"] a span", |t| t == "Opening remarks")
            .await;
        assert_eq!(opening.attr("lang"), Some("en"));

        // In Russian, which the feed does not have: the event's first language, marked.
        browser.choose_language("ru").await;
        browser.open(&server.url("/")).await;
        let h1 = browser
            .wait_for_text("h1", "Inteligencia artificial y robótica")
            .await;
        assert_eq!(h1.attr("lang"), Some("es"));
        // A session's speakers, and a speaker's role and organisation, are feed text
        // too: marked, between the interface's commas.
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for(".session-people", |t| {
                t.contains("Bettina Tucci Bartsiotas")
            })
            .await;
        let people: Vec<(String, String)> = serde_json::from_value(
            browser
                .eval(
                    "return [...document.querySelectorAll('.session-people > span:not(.visually-hidden)')]
                        .map(span => [span.textContent, span.lang])",
                )
                .await,
        )
        .unwrap();
        let ru = Language::Russian.messages();
        assert!(people.len() > 3, "{people:?}");
        assert!(people.iter().all(|(_, lang)| lang == "es"), "{people:?}");
        assert_eq!(people[0].0, "Bettina Tucci Bartsiotas");
        assert!(people.iter().any(|(names, _)| names.contains(ru.comma)));
        browser
            .open(&server.url("/speakers/tucci-bartsiotas"))
            .await;
        let subtitle = browser
            .wait_for(".subtitle", |t| t.starts_with("Director"))
            .await;
        assert_eq!(
            subtitle.text,
            format!(
                "Director{}United Nations Interregional Crime and Justice Research Institute (UNICRI)",
                ru.comma
            )
        );
        assert_eq!(subtitle.attr("lang"), Some("es"));
        // On an Arabic page they keep their own language's comma, not "، ".
        browser.choose_language("ar").await;
        wait_for_language(&browser, "ar", "rtl").await;
        let subtitle = browser
            .wait_for(".subtitle", |t| t.starts_with("Director"))
            .await;
        assert_eq!(
            subtitle.text,
            "Director, United Nations Interregional Crime and Justice Research Institute (UNICRI)"
        );
        assert_eq!(subtitle.attr("lang"), Some("es"));
        // In English, which it has.
        browser.open(&server.url("/")).await;
        browser
            .wait_for_text("h1", "Inteligencia artificial y robótica")
            .await;
        browser.choose_language("en").await;
        let h1 = browser
            .wait_for("h1", |t| {
                t.starts_with("Artificial Intelligence and Robotics")
            })
            .await;
        assert_eq!(h1.attr("lang"), None);
    });
}

#[test]
fn by_keyboard_alone_a_visitor_stars_a_session_downloads_a_report_and_changes_language() {
    run(async {
        let (server, browser) = open(DESKTOP).await;
        browser.open(&server.url("/")).await;
        browser
            .wait_for("h1", |t| t.starts_with("Artificial Intelligence"))
            .await;
        let tab = [Key::Tab];
        let back = [Key::Shift, Key::Tab];

        // The skip link comes first, then the navigation.
        let first = browser.press_until(&tab, 1, |_| true).await;
        assert!(first.contains("Skip to main content"), "{first}");
        browser
            .press_until(&tab, 20, |f| f.starts_with("a#[href=agenda]"))
            .await;
        browser.press(&[Key::Enter]).await;
        browser.wait_for_text("h1", "Agenda").await;
        // Focus moved to the new page's heading.
        browser.wait_for("h1", |_| true).await;
        assert!(
            browser.focused().await.starts_with("h1#"),
            "{}",
            browser.focused().await
        );

        // To a session, by its link.
        browser
            .press_until(&tab, 60, |f| {
                f.starts_with("a#[href=agenda/singapore-report]")
            })
            .await;
        browser.press(&[Key::Enter]).await;
        browser
            .wait_for_text(
                "h1",
                "From Singapore to New York: the first INTERPOL-UNICRI Global Meeting",
            )
            .await;
        // Star it with the space bar.
        browser
            .press_until(&tab, 30, |f| {
                f.starts_with("button#[aria-pressed=false]") && f.contains("Star “")
            })
            .await;
        browser.press(&[Key::Space]).await;
        assert!(
            browser
                .focused()
                .await
                .starts_with("button#[aria-pressed=true] Star “"),
            "{}",
            browser.focused().await
        );

        // Back up to the navigation, to My agenda: the session is there.
        browser
            .press_until(&back, 40, |f| f.starts_with("a#[href=my]"))
            .await;
        browser.press(&[Key::Enter]).await;
        browser.wait_for_text("h1", "My agenda").await;
        browser
            .wait_for("main li", |t| t.contains("From Singapore to New York"))
            .await;

        // The documents, and a report downloaded with Enter.
        browser
            .press_until(&back, 20, |f| f.starts_with("a#[href=documents]"))
            .await;
        browser.press(&[Key::Enter]).await;
        browser.wait_for_text("h1", "Documents").await;
        let link = browser
            .press_until(&tab, 20, |f| f.contains("[download=]"))
            .await;
        browser.press(&[Key::Enter]).await;
        let href = link
            .split("[href=")
            .nth(1)
            .unwrap()
            .split(']')
            .next()
            .unwrap();
        let name = href.rsplit('/').next().unwrap();
        let file: PathBuf = browser.downloads.join(name);
        eventually("the document was downloaded", || {
            std::future::ready(file.exists())
        })
        .await;

        // The language, last: Français with Enter, and the focus stays on it.
        browser
            .press_until(&back, 40, |f| f.starts_with("button#language-fr"))
            .await;
        browser.press(&[Key::Enter]).await;
        wait_for_language(&browser, "fr", "ltr").await;
        browser
            .wait_for_text("h1", Language::French.messages().documents_title)
            .await;
        eventually("the focus stays on Français", || async {
            browser.focused().await.starts_with("button#language-fr")
        })
        .await;
    });
}

/// The folder the screenshots go to (ignored by git): `target/screenshots`.
fn screenshots() -> PathBuf {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// How far the page scrolls sideways (0 when it fits its width), and which elements
/// stick out of the viewport.
async fn sideways(browser: &Browser) -> (i64, Value) {
    let value = browser
        .eval(
            "const root = document.documentElement;
             const wide = [...document.querySelectorAll('body *')]
               .filter(e => { const r = e.getBoundingClientRect();
                              return r.width > 0 && (r.right > root.clientWidth + 1 || r.left < -1); })
               .slice(0, 5).map(e => e.tagName + '.' + e.className);
             return [root.scrollWidth - root.clientWidth, wide]",
        )
        .await;
    (value[0].as_i64().unwrap(), value[1].clone())
}

#[test]
fn home_agenda_and_a_session_fit_every_width_in_english_and_arabic() {
    run(async {
        let server = Server::start(&dist());
        let folder = screenshots();
        let pages = [
            ("home", "/"),
            ("agenda", "/agenda"),
            ("session", "/agenda/panel-policing"),
        ];
        for (width, height) in [PHONE, DESKTOP, NARROWEST] {
            let browser = Browser::start((width, height)).await;
            for language in [Language::English, Language::Arabic] {
                browser.open(&server.url("/")).await;
                browser
                    .eval(&format!(
                        "localStorage.setItem('event-portal/language', '{}'); return true",
                        language.tag()
                    ))
                    .await;
                for (name, path) in pages {
                    browser.open(&server.url(path)).await;
                    browser
                        .wait_for(&format!("html[lang={}] h1", language.tag()), |t| {
                            !t.is_empty()
                        })
                        .await;
                    let (scroll, wide) = sideways(&browser).await;
                    assert_eq!(
                        scroll,
                        0,
                        "{path} in {} at {width}x{height} scrolls sideways: {wide}",
                        language.tag()
                    );
                    let png = browser.client.screenshot().await.unwrap();
                    let file =
                        folder.join(format!("{name}-{}-{width}x{height}.png", language.tag()));
                    std::fs::write(&file, png).unwrap();
                }
            }
        }
    });
}

#[test]
fn a_visit_downloads_only_its_own_language_and_a_broken_catalogue_leaves_english() {
    run(async {
        let server = Server::start(&dist());
        let mut feed = sample_feed();
        feed["refresh"] = 5.into();
        server.set_feed(FeedReply::json(feed.to_string()));
        let catalogues = |server: &Server| -> Vec<String> {
            server
                .log()
                .iter()
                // The page's own requests (the service worker keeps them all, later).
                .filter(|served| !served.precache)
                .map(|served| served.path.clone())
                .filter(|path| path.starts_with("/i18n/"))
                .collect()
        };
        // English is in the wasm: no catalogue is fetched.
        let browser = Browser::start(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        browser.wait_for_text("h1", "Agenda").await;
        assert_eq!(catalogues(&server), Vec::<String>::new());
        // French is fetched once, and only French.
        browser.choose_language("fr").await;
        browser
            .wait_for_text("h1", Language::French.messages().agenda_title)
            .await;
        assert_eq!(catalogues(&server), ["/i18n/fr.json"]);
        // A catalogue that does not read: the portal stays usable, in English.
        server.set_file("/i18n/ru.json", "application/json", "{ \"lang\": \"ru\", ");
        browser.choose_language("ru").await;
        browser.wait_for_text("h1", "Agenda").await;
        wait_for_nav(&browser, "Agenda").await;
        assert_eq!(lang_and_dir(&browser).await.0, "en");
        // The server refused it: the feed's next checks do not ask for it again.
        let checks = |server: &Server| {
            let log = server.log();
            log.iter()
                .filter(|served| served.path == "/event.json")
                .count()
        };
        let before = checks(&server);
        eventually("two more feed checks", || {
            std::future::ready(checks(&server) >= before + 2)
        })
        .await;
        // Counted in the page: the service worker may answer a request from its cache.
        let asked = browser
            .eval(
                "return performance.getEntriesByType('resource')
                    .filter(entry => entry.name.endsWith('/i18n/ru.json')).length",
            )
            .await;
        assert_eq!(asked, 1, "the refused catalogue was asked for again");
    });
}

#[test]
fn a_language_first_chosen_offline_arrives_when_the_network_is_back() {
    run(async {
        let server = Server::start(&dist());
        let mut feed = sample_feed();
        feed["refresh"] = 5.into();
        server.set_feed(FeedReply::json(feed.to_string()));
        let browser = Browser::start(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        browser.wait_for_text("h1", "Agenda").await;
        let spanish_asked = |status: u16| {
            server
                .log()
                .iter()
                .any(|served| served.path == "/i18n/es.json" && served.status == status)
        };
        // The network goes; the visitor picks Spanish, whose catalogue was never fetched.
        server.set_down(true);
        browser.choose_language("es").await;
        eventually(
            "the Spanish catalogue asked for while the server is down",
            || std::future::ready(spanish_asked(0)),
        )
        .await;
        // The portal stays usable, in English, and says so to assistive technology too.
        browser.wait_for_text("h1", "Agenda").await;
        assert_eq!(lang_and_dir(&browser).await, ("en".into(), "ltr".into()));
        browser
            .click(Locator::Css(".nav-list a[href$='speakers']"))
            .await;
        browser.wait_for_text("h1", "Speakers").await;
        // Back online: the next feed check reaches the server, and Spanish follows it
        // without a reload, on the page the visitor is on.
        server.set_down(false);
        let spanish = Language::Spanish.messages();
        assert!(!spanish_asked(200));
        browser.wait_for_text("h1", spanish.speakers_title).await;
        assert_eq!(lang_and_dir(&browser).await, ("es".into(), "ltr".into()));
        assert!(spanish_asked(200));
        wait_for_nav(&browser, spanish.nav_agenda).await;
    });
}

#[test]
fn a_broken_feed_is_explained_in_arabic_with_its_technical_reason_marked_english() {
    run(async {
        let server = Server::start(&dist());
        server.set_feed(FeedReply::json("{\"event\": {\"title\": \"x\",,}"));
        let browser = at(PHONE).in_languages("ar").browser().await;
        browser.open(&server.url("/agenda")).await;
        let ar = Language::Arabic.messages();
        browser.wait_for_text("h1", ar.feed_failed_title).await;
        assert_eq!(lang_and_dir(&browser).await, ("ar".into(), "rtl".into()));
        browser.wait_for_text("button", ar.retry).await;
        // The reason is English: marked so, and laid out left to right, so that
        // "1:25: error: $: (syntax)" keeps its order inside the Arabic page.
        let detail: (String, String, String) = serde_json::from_value(
            browser
                .eval(
                    "const p = document.querySelector('.feed-error-detail');
                     return [p.textContent, p.lang, getComputedStyle(p).direction]",
                )
                .await,
        )
        .unwrap();
        assert!(detail.0.contains("syntax"), "{detail:?}");
        assert_eq!((detail.1.as_str(), detail.2.as_str()), ("en", "ltr"));
        let (sideways, _) = sideways(&browser).await;
        assert_eq!(sideways, 0, "no sideways scroll");
    });
}
