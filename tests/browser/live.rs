//! Live updates in the built portal, in headless Chromium: the server changes or breaks
//! the feed while the page is open, and the page follows, or keeps what it had.
//!
//! Needs `dist/` (`make dist`) and Debian's `chromium` and `chromium-driver`.

#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use crate::support::browser::{Browser, PATIENCE};
use crate::support::server::{FeedReply, Server};
use crate::support::{
    PHONE, TITLE, at, dist, eventually_within, run, sample_feed, throughout, until_equal,
};
use fantoccini::Locator;

/// The sample feed, checked every 5 seconds.
fn feed() -> serde_json::Value {
    let mut feed = sample_feed();
    feed["refresh"] = 5.into();
    feed
}

fn reply(feed: &serde_json::Value) -> FeedReply {
    FeedReply::json(feed.to_string())
}

/// Serves `feed` and opens the agenda on a phone, once its first session shows.
async fn open_agenda(feed: &serde_json::Value) -> (Server, Browser) {
    let (server, browser) = at(PHONE).feed(feed).open("/agenda").await;
    browser
        .wait_for(".session-title", |t| t.starts_with("Opening remarks"))
        .await;
    (server, browser)
}

/// How many times the feed was asked for so far.
fn feed_asks(server: &Server) -> usize {
    server
        .log()
        .iter()
        .filter(|r| r.path == "/event.json")
        .count()
}

async fn session_titles(browser: &Browser) -> Vec<String> {
    browser.texts("main .session-title").await
}

#[test]
fn a_new_session_and_a_new_announcement_appear_without_a_reload() {
    run(async {
        let mut feed = feed();
        let (server, browser) = open_agenda(&feed).await;
        // The visitor has scrolled down and typed nothing: the page stays where it is.
        browser.eval("window.scrollTo(0, 400); return true").await;
        // A mark on this document: a reload would lose it.
        browser
            .eval("window.sameDocument = true; return true")
            .await;

        let extra = push_copy(&mut feed, "sessions", 6, "late-addition", "A late addition");
        extra["start"] = "2019-04-02T18:00:00-04:00".into();
        extra["end"] = "2019-04-02T18:10:00-04:00".into();
        let update = push_copy(&mut feed, "updates", 0, "room-note", "Doors open at 14:30");
        update["published"] = "2019-04-02T14:00:00-04:00".into();
        update["important"] = true.into();
        let changed_at = Instant::now();
        server.set_feed(reply(&feed));

        // Within `refresh` (5 s, and a tenth of jitter) plus 2 s.
        let limit = Duration::from_millis(7_500);
        browser
            .wait_for_within(limit, ".session-title", |t| t == "A late addition")
            .await;
        browser
            .wait_for_within(limit, ".news-region", |t| {
                t.contains("New announcement: Doors open at 14:30")
            })
            .await;
        println!("the change showed after {:?}", changed_at.elapsed());
        let region = browser
            .eval(
                "const r = document.querySelector('.news-region');
                 return [r.getAttribute('role'), r.getAttribute('aria-live'),
                         !!r.querySelector('li.important')]",
            )
            .await;
        assert_eq!(region, serde_json::json!(["status", "polite", true]));
        let kept = browser
            .eval("return [window.sameDocument === true, Math.round(window.scrollY) === 400]")
            .await;
        assert_eq!(kept, serde_json::json!([true, true]), "no reload, no jump");
        assert_eq!(session_titles(&browser).await.len(), 8);

        // Dismissed, the notice goes; the announcement stays on the updates page.
        browser.click(Locator::XPath("//button[.='Dismiss']")).await;
        browser.wait_for(".news-region", str::is_empty).await;
    });
}

#[test]
fn a_room_change_to_a_starred_session_raises_its_own_notice() {
    run(async {
        let mut feed = feed();
        let (server, browser) = open_agenda(&feed).await;
        browser
            .click(Locator::Css("#session-panel-policing button.star"))
            .await;

        feed["rooms"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "id": "cr4", "name": "Conference Room 4" }));
        for session in feed["sessions"].as_array_mut().unwrap() {
            if session["id"] == "panel-policing" {
                session["room"] = "cr4".into();
                session["start"] = "2019-04-02T16:00:00-04:00".into();
                session["end"] = "2019-04-02T16:45:00-04:00".into();
            }
            // A change to a session the visitor did not star is marked, not announced.
            if session["id"] == "closing" {
                session["room"] = "cr4".into();
            }
        }
        server.set_feed(reply(&feed));
        browser.wait_for_within(Duration::from_secs(8), ".news-region li", |t| {
            t == "“A present-day reality: AI and robotics in policing” moved to Conference Room 4, 16:00."
        })
        .await;
        let notices = browser.texts(".news-region li").await;
        assert_eq!(notices.len(), 1, "{notices:?}");
        let marked = browser
            .eval(
                "return [...document.querySelectorAll('.session.changed')]
                   .map(s => s.closest('li').id)",
            )
            .await;
        assert_eq!(
            marked,
            serde_json::json!(["session-panel-policing", "session-closing"])
        );
    });
}

#[test]
fn an_unchanged_feed_costs_a_304_and_no_download() {
    run(async {
        let (server, _browser) = open_agenda(&feed()).await;
        // Two more checks, at about 5 and 10 seconds.
        eventually_within(Duration::from_millis(11_500), "two more checks", || async {
            feed_asks(&server) >= 3
        })
        .await;
        let log: Vec<_> = server
            .log()
            .into_iter()
            .filter(|r| r.path == "/event.json")
            .collect();
        let asked: Vec<u16> = log.iter().map(|r| r.status).collect();
        // What one unchanged check costs on the wire (the closing note quotes it).
        let last = log.last().unwrap();
        println!(
            "an unchanged check: {} bytes asked, {} bytes answered",
            last.asked_bytes, last.answered_bytes
        );
        assert!(asked.len() >= 3, "{asked:?}");
        assert_eq!(asked[0], 200, "{asked:?}");
        assert!(
            asked[1..].iter().all(|&status| status == 304),
            "later checks are answered 304: {asked:?}"
        );
    });
}

/// Makes the page check at once (it checks when the browser comes back online).
async fn check_now(browser: &Browser) {
    browser
        .eval("window.dispatchEvent(new Event('online')); return true")
        .await;
}

#[test]
fn a_broken_feed_never_replaces_good_data_and_the_portal_recovers_by_itself() {
    run(async {
        let good = feed();
        let (server, browser) = open_agenda(&good).await;
        let text = good.to_string();
        let huge = format!(
            "{}, \"padding\": \"{}\"}}",
            text.trim_end_matches('}'),
            "x".repeat(2_100_000)
        );
        let broken = [
            (
                "truncated",
                FeedReply::json(text[..text.len() / 2].to_owned()),
            ),
            ("not JSON", FeedReply::json("this is not JSON")),
            ("the wrong shape", FeedReply::json(r#"{"sessions": 5}"#)),
            ("larger than 2 MB", FeedReply::json(huge)),
            ("an error status", FeedReply::status(503)),
            (
                "an HTML error page",
                FeedReply::Custom {
                    status: 200,
                    content_type: "text/html".into(),
                    body: b"<!DOCTYPE html><h1>Wi-Fi login</h1>".to_vec(),
                },
            ),
            ("unreachable", FeedReply::Unreachable),
            ("slow", FeedReply::Slow(Duration::from_secs(12))),
        ];
        for (round, (what, reply_broken)) in broken.into_iter().enumerate() {
            server.set_feed(reply_broken);
            check_now(&browser).await;
            let limit = if what == "slow" {
                Duration::from_secs(16)
            } else {
                PATIENCE
            };
            browser
                .wait_for_within(limit, ".notice", |t| {
                    t.contains("could not be updated") && t.contains("keeps trying")
                })
                .await;
            let titles = session_titles(&browser).await;
            assert_eq!(
                titles.len(),
                7 + round,
                "{what}: the data stayed: {titles:?}"
            );

            // Fixed: a session more each round, shown by the portal on its own.
            let mut fixed = good.clone();
            for i in 0..=round {
                let mut extra = good["sessions"][6].clone();
                extra["id"] = format!("extra-{i}").into();
                extra["title"] = format!("Extra {i}").into();
                fixed["sessions"].as_array_mut().unwrap().push(extra);
            }
            server.set_feed(reply(&fixed));
            check_now(&browser).await;
            let expected = format!("Extra {round}");
            browser.wait_for(".session-title", |t| t == expected).await;
            browser.wait_for(".notice-region", str::is_empty).await;
            println!("{what}: kept the data, then recovered");
        }
    });
}

#[test]
fn after_a_reload_with_the_feed_unreachable_the_last_good_copy_renders() {
    run(async {
        let server = Server::start(&dist());
        let mut feed = feed();
        feed["sessions"][0]["title"] = "Opening remarks, as last seen".into();
        server.set_feed(reply(&feed));
        let browser = Browser::start(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for(".session-title", |t| t == "Opening remarks, as last seen")
            .await;

        server.set_feed(FeedReply::Unreachable);
        browser.client.refresh().await.unwrap();
        browser
            .wait_for(".session-title", |t| t == "Opening remarks, as last seen")
            .await;
        browser
            .wait_for(".notice", |t| t.contains("could not be updated"))
            .await;
        assert_eq!(session_titles(&browser).await.len(), 7);
    });
}

#[test]
fn a_hidden_tab_stops_asking_and_asks_at_once_when_shown_again() {
    run(async {
        let (server, browser) = open_agenda(&feed()).await;
        let asked = || feed_asks(&server);
        // The visitor switches to another tab (headless Chromium never hides its page:
        // the page is told so, as the browser would tell it).
        browser
            .eval(
                "Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});
                 document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
                 return true",
            )
            .await;
        let before = asked();
        throughout(
            Duration::from_millis(11_500),
            "no checks while the tab is hidden",
            || async { asked() == before },
        )
        .await;

        // Back to the tab: a check at once, not at the next turn.
        browser
            .eval(
                "Object.defineProperty(document, 'hidden', {configurable: true, get: () => false});
                 document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
                 return true",
            )
            .await;
        eventually_within(
            Duration::from_secs(2),
            "a check when the tab came back",
            || async { asked() > before },
        )
        .await;
    });
}

#[test]
fn an_update_while_the_visitor_types_a_search_keeps_the_search_the_focus_and_the_caret() {
    run(async {
        let mut feed = feed();
        let (server, browser) = open_agenda(&feed).await;
        browser.click(Locator::Css("#agenda-search")).await;
        browser.type_into("#agenda-search", "reality").await;
        browser
            .wait_for(".match-count", |t| t == "1 of 7 sessions")
            .await;
        browser
            .eval("document.querySelector('#agenda-search').setSelectionRange(2, 2); return true")
            .await;

        // Another session with the same abstract: the search finds it too.
        push_copy(&mut feed, "sessions", 2, "late-panel", "A late panel");
        server.set_feed(reply(&feed));
        browser
            .wait_for_within(Duration::from_secs(8), ".match-count", |t| {
                t == "2 of 8 sessions"
            })
            .await;
        // The next frame puts focus and caret back.
        until_equal(
            "focus, search, caret and address",
            serde_json::json!(["agenda-search", "reality", 2, "?q=reality"]),
            || {
                browser.eval(
                    "const input = document.activeElement;
                     return [input.id, input.value, input.selectionStart, location.search]",
                )
            },
        )
        .await;
    });
}

/// Serves `feed` from now on, and waits (within `refresh` + 2 s and a tenth of jitter)
/// until an element `css` finds says what `test` wants.
async fn publish(
    server: &Server,
    browser: &Browser,
    feed: &serde_json::Value,
    css: &str,
    test: impl Fn(&str) -> bool,
) {
    server.set_feed(reply(feed));
    browser
        .wait_for_within(Duration::from_millis(7_500), css, test)
        .await;
}

/// Adds to `feed`'s `list` a copy of its entry `index` with a new `id` and `title`, and
/// returns the copy for more changes.
fn push_copy<'a>(
    feed: &'a mut serde_json::Value,
    list: &str,
    index: usize,
    id: &str,
    title: &str,
) -> &'a mut serde_json::Value {
    let mut copy = feed[list][index].clone();
    copy["id"] = id.into();
    copy["title"] = title.into();
    let entries = feed[list].as_array_mut().unwrap();
    entries.push(copy);
    entries.last_mut().unwrap()
}

/// Marks every session's element on the page with its id, so that a test can tell an
/// element kept from one built anew.
async fn mark_sessions(browser: &Browser) {
    browser
        .eval(
            "document.querySelectorAll('li[id^=\"session-\"]').forEach(li => li.dataset.mark = li.id);
             return true",
        )
        .await;
}

/// The ids of the sessions whose element is still the one [`mark_sessions`] marked.
async fn kept(browser: &Browser) -> Vec<String> {
    let ids = browser
        .eval(
            "return [...document.querySelectorAll('li[id^=\"session-\"]')]
               .filter(li => li.dataset.mark === li.id).map(li => li.id.slice(8))",
        )
        .await;
    serde_json::from_value(ids).unwrap()
}

#[test]
fn the_agenda_applies_a_new_feed_by_key_rebuilding_only_what_changed() {
    run(async {
        let mut feed = feed();
        let (server, browser) = open_agenda(&feed).await;
        let all: Vec<String> = feed["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect();
        // A filter the visitor chose: kind "panel" (three panels in the sample).
        browser.open(&server.url("/agenda?kind=panel")).await;
        browser
            .wait_for(".match-count", |t| t.starts_with("3 of"))
            .await;
        mark_sessions(&browser).await;

        // One panel is retitled, and a keynote arrives that the filter leaves out.
        let panel = all.iter().position(|id| id == "panel-responsible").unwrap();
        feed["sessions"][panel]["title"] = "Responsible innovation, retitled".into();
        let extra = push_copy(&mut feed, "sessions", 0, "late-keynote", "A late keynote");
        extra["start"] = "2019-04-02T17:50:00-04:00".into();
        extra["end"] = "2019-04-02T17:55:00-04:00".into();
        publish(&server, &browser, &feed, "main .session-title", |t| {
            t.contains("retitled")
        })
        .await;

        // Every other session kept its element; the retitled one is new; the keynote is
        // there, hidden by the filter, and the count knows it.
        let mut expected: Vec<String> = all
            .iter()
            .filter(|id| *id != "panel-responsible")
            .cloned()
            .collect();
        let mut kept = kept(&browser).await;
        expected.sort();
        kept.sort();
        assert_eq!(kept, expected);
        let keynote_hidden = browser
            .eval("const li = document.getElementById('session-late-keynote'); return li && li.hidden")
            .await;
        assert_eq!(keynote_hidden, serde_json::Value::Bool(true));
        browser
            .wait_for(".match-count", |t| t == "3 of 8 sessions")
            .await;
        // Clearing the filter shows it, in time order.
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for("main .session-title", |t| t.contains("A late keynote"))
            .await;
    });
}

#[test]
fn my_agenda_documents_updates_and_speakers_are_updated_by_key_too() {
    run(async {
        let mut feed = feed();
        let server = Server::start(&dist());
        server.set_feed(reply(&feed));
        let browser = Browser::start(PHONE).await;
        // Both of the sample's sessions with a document starred, then My agenda.
        browser
            .open(&server.url("/my?s=opening&s=singapore-report"))
            .await;
        browser
            .wait_for("button", |t| t == "Add them to my agenda")
            .await
            .element
            .click()
            .await
            .unwrap();
        browser
            .wait_for("main .session-title", |t| t.starts_with("Opening remarks"))
            .await;
        let mark = "document.querySelectorAll('main li').forEach(li => li.dataset.mark = li.textContent.slice(0, 40)); return true";
        let kept =
            "return [...document.querySelectorAll('main li')].filter(li => li.dataset.mark).length";
        browser.eval(mark).await;
        // The second session is retitled: the first keeps its element.
        feed["sessions"][1]["title"] = "Singapore, retitled".into();
        publish(&server, &browser, &feed, "main .session-title", |t| {
            t.contains("retitled")
        })
        .await;
        assert_eq!(browser.eval(kept).await, serde_json::json!(1), "My agenda");

        // On the documents page, a new report joins the two there.
        browser.open(&server.url("/documents")).await;
        browser
            .wait_for("main h2", |t| t.contains("Law Enforcement"))
            .await;
        browser.eval(mark).await;
        push_copy(&mut feed, "documents", 0, "late-report", "A late report");
        publish(&server, &browser, &feed, "main h2", |t| {
            t == "A late report"
        })
        .await;
        assert_eq!(browser.eval(kept).await, serde_json::json!(2), "documents");

        // On the updates page, a new announcement arrives above the others.
        browser.open(&server.url("/updates")).await;
        browser.wait_for("main h2", |_| true).await;
        let before = browser.texts("main li h2").await.len();
        browser.eval(mark).await;
        let update = push_copy(&mut feed, "updates", 0, "late-news", "Late news");
        update["published"] = "2019-04-03T09:00:00-04:00".into();
        publish(&server, &browser, &feed, "main h2", |t| t == "Late news").await;
        assert_eq!(
            browser.eval(kept).await,
            serde_json::json!(before),
            "updates"
        );

        // On the speakers page, with a search typed: another speaker's new role keeps
        // the search, what it shows, and the other cards' elements.
        browser.open(&server.url("/speakers")).await;
        browser
            .wait_for("main h2", |t| t == "Bettina Tucci Bartsiotas")
            .await;
        let cards = browser.texts("main li").await.len();
        browser.eval(mark).await;
        browser.type_into("#speaker-search", "tucci").await;
        browser
            .wait_for(".match-count", |t| t.starts_with("1 of"))
            .await;
        let other = feed["speakers"]
            .as_array()
            .unwrap()
            .iter()
            .position(|s| s["id"] != "tucci-bartsiotas")
            .unwrap();
        feed["speakers"][other]["role"] = "Retired".into();
        server.set_feed(reply(&feed));
        // The card is hidden by the search: read the page's text, not what shows.
        eventually_within(
            Duration::from_millis(7_500),
            "the new role arrived",
            || async {
                browser
                    .eval("return document.querySelector('main').textContent.includes('Retired')")
                    .await
                    == serde_json::json!(true)
            },
        )
        .await;
        assert_eq!(
            browser.eval(kept).await,
            serde_json::json!(cards - 1),
            "speakers"
        );
        browser
            .wait_for(".match-count", |t| t.starts_with("1 of"))
            .await;
        let typed = browser
            .eval("return document.getElementById('speaker-search').value")
            .await;
        assert_eq!(typed, serde_json::json!("tucci"));
    });
}

/// Which language a text shows in follows the order of `event.languages`: a new feed
/// that only puts them in another order changes every line it concerns, in place, with
/// no reload (the lines' keys are what they show, not a hand-kept summary of it).
#[test]
fn a_feed_that_only_reorders_the_event_s_languages_changes_the_lines_that_follow_it() {
    run(async {
        let mut feed = feed();
        feed["event"]["languages"] = serde_json::json!(["fr", "es"]);
        let opening = feed["sessions"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["id"] == "opening")
            .unwrap();
        opening["title"] = serde_json::json!({
            "fr": "Allocution d'ouverture",
            "es": "Palabras de apertura"
        });
        let (server, browser) = at(PHONE).feed(&feed).open("/agenda").await;
        let title = "#session-opening .session-title";
        browser
            .wait_for(title, |t| t == "Allocution d'ouverture")
            .await;
        browser
            .eval("window.sameDocument = true; return true")
            .await;

        feed["event"]["languages"] = serde_json::json!(["es", "fr"]);
        publish(&server, &browser, &feed, title, |t| {
            t == "Palabras de apertura"
        })
        .await;
        let lang = browser
            .eval("return document.querySelector('#session-opening .session-title span').lang")
            .await;
        assert_eq!(lang, serde_json::json!("es"));
        let same = browser.eval("return window.sameDocument === true").await;
        assert_eq!(same, serde_json::json!(true), "no reload");
    });
}

/// `components::Replace` implements tachys' `Render` by hand (17 KB less brotli'd wasm,
/// README "Size"), so that a page rebuilt for a new feed is built anew rather than
/// patched. It relies on a new view's state being placed before the old one's
/// (`insert_before_this`) and the old one unmounting cleanly: this is the guard that
/// fails when a Leptos release changes either (a page shown twice, lost, or moved).
#[test]
fn a_page_rebuilt_for_a_new_feed_replaces_the_old_one_whole_in_its_place() {
    run(async {
        let mut feed = feed();
        let (server, browser) = at(PHONE).feed(&feed).open("/").await;
        browser.wait_for("main h1", |t| t == TITLE).await;
        // What the home page is made of now, and where: after News, the last of <main>.
        let shape = "const main = document.querySelector('main');
            const h1 = main.querySelectorAll('h1');
            return [h1.length, main.lastElementChild.contains(h1[0]),
                    main.querySelectorAll('[data-old]').length]";
        browser
            .eval("document.querySelector('main h1').dataset.old = ''; return true")
            .await;
        assert_eq!(browser.eval(shape).await, serde_json::json!([1, true, 1]));
        feed["event"]["title"] = "Reshaped".into();
        publish(&server, &browser, &feed, "main h1", |t| t == "Reshaped").await;
        // One page, the new one, in the old one's place.
        assert_eq!(browser.eval(shape).await, serde_json::json!([1, true, 0]));
    });
}

/// The same drift on the pages kept by entry (documents, speakers, announcements): a
/// document titled in French and Spanish follows the event's languages in place.
#[test]
fn a_feed_that_only_reorders_the_event_s_languages_changes_the_documents_that_follow_it() {
    run(async {
        let mut feed = feed();
        feed["event"]["languages"] = serde_json::json!(["fr", "es"]);
        feed["documents"][0]["title"] = serde_json::json!({
            "fr": "Rapport de la réunion",
            "es": "Informe de la reunión"
        });
        let (server, browser) = at(PHONE).feed(&feed).open("/documents").await;
        let title = ".document-title";
        browser
            .wait_for(title, |t| t == "Rapport de la réunion")
            .await;
        browser
            .eval("window.sameDocument = true; return true")
            .await;

        feed["event"]["languages"] = serde_json::json!(["es", "fr"]);
        publish(&server, &browser, &feed, title, |t| {
            t == "Informe de la reunión"
        })
        .await;
        let same = browser.eval("return window.sameDocument === true").await;
        assert_eq!(same, serde_json::json!(true), "no reload");
    });
}
