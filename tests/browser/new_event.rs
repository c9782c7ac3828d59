//! An organiser uploads a new `event.json` beside the same build: everything a visitor
//! sees of the event follows it, with nothing rebuilt. The first paint and the tab's
//! title before the wasm starts, the pages, JSON-LD and the installed app's manifest;
//! and nothing of the sample event is written into the build's own files.

#![cfg(not(target_arch = "wasm32"))]

use crate::support::server::{FeedReply, Server};
use crate::support::{PHONE, TITLE, at, dist, run, sample_feed, throughout};

/// The new event's title in its first language, and in its second.
const FRENCH: &str = "Forum mondial des océans";
const ENGLISH: &str = "World Ocean Forum";

/// The sample feed as another event: another title, in French first.
fn new_event() -> String {
    let mut feed = sample_feed();
    feed["event"]["title"] = serde_json::json!({ "fr": FRENCH, "en": ENGLISH });
    feed["event"]["languages"] = serde_json::json!(["fr", "en"]);
    feed.to_string()
}

/// A server of the release build whose `event.json` is the new event.
fn serving_new_event() -> Server {
    let server = Server::start(&dist());
    server.set_feed(FeedReply::json(new_event()));
    server
}

/// `server` answers every wasm of the build with something that is not wasm: no app
/// ever starts, and what shows is the page and its start script alone.
pub fn break_the_wasm(server: &Server) {
    for entry in std::fs::read_dir(dist()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with("_bg.wasm") {
            server.set_file(
                &format!("/{name}"),
                "application/wasm",
                b"not wasm".to_vec(),
            );
        }
    }
}

#[test]
fn the_first_paint_shows_the_published_title_before_the_wasm_starts() {
    run(async {
        let server = serving_new_event();
        break_the_wasm(&server);
        // In the language the portal will show: the visitor's (English), else the
        // event's first (German is not one of the portal's).
        for (languages, title, lang) in [("en-GB,en", ENGLISH, "en"), ("de", FRENCH, "fr")] {
            let browser = at(PHONE).in_languages(languages).browser().await;
            // The content-free shell, as nginx and Netlify answer an address with no
            // page rendered for it (a session added since the pages were).
            browser.visit(&server.url("/shell.html")).await;
            let line = browser
                .wait_for("#shell .shell-title", |t| !t.is_empty())
                .await;
            assert_eq!(line.text, title, "{languages}");
            assert_eq!(line.attr("lang"), Some(lang));
            assert_eq!(browser.client.title().await.unwrap(), title);
            // The title took the skeleton's place; the skeleton went in the same frame.
            assert!(browser.texts("#shell .skeleton-line").await.is_empty());
            // And the portal never started (it removes the shell when it does).
            throughout(
                std::time::Duration::from_millis(500),
                "the test's broken wasm started",
                || async {
                    browser
                        .eval("return !!document.getElementById('shell')")
                        .await
                        == true
                },
            )
            .await;
            // GitHub Pages answers it with the not-found page (404.html): hidden, not
            // "Page not found", until the app has looked; the tab has the title too.
            browser.visit(&server.url("/agenda/added-since")).await;
            crate::support::until_equal("the not-found page's class", "rendered stale", || async {
                browser
                    .attribute("#shell", "class")
                    .await
                    .unwrap_or_default()
            })
            .await;
            crate::support::until_equal("the tab's title", title, || async {
                browser.client.title().await.unwrap()
            })
            .await;
        }
    });
}

/// The pages were rendered from the sample (`make dist`); the organiser uploads a new
/// event.json alone, in which the opening moved to another room.
#[test]
fn a_page_rendered_from_an_older_feed_never_shows_as_current() {
    run(async {
        const OLD_ROOM: &str = "Conference Room 11";
        let mut feed = sample_feed();
        const NEW_ROOM: &str = "Conference Room 4";
        assert_eq!(feed["rooms"][0]["name"], OLD_ROOM, "the sample changed");
        feed["rooms"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "id": "cr4", "name": NEW_ROOM }));
        let session = feed["sessions"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["id"] == "opening")
            .unwrap();
        session["room"] = "cr4".into();
        let old_room_shown = "const dd = [...document.querySelectorAll('#shell dd')]
               .find(d => d.textContent.includes(arguments[0]));
             return !!dd && getComputedStyle(dd).visibility !== 'hidden'";
        // Before the app: the rendered page is hidden, the tab says the event's title.
        let server = Server::start(&dist());
        server.set_feed(FeedReply::json(feed.to_string()));
        break_the_wasm(&server);
        let browser = at(PHONE).browser().await;
        browser.visit(&server.url("/agenda/opening")).await;
        crate::support::until_equal("the tab's title", TITLE, || async {
            browser.client.title().await.unwrap()
        })
        .await;
        let shown = browser
            .client
            .execute(old_room_shown, vec![OLD_ROOM.into()])
            .await
            .unwrap();
        assert_eq!(shown, false, "the old room shows as current");
        // With the app: the new room, and the old one never shown meanwhile, not even in
        // the first frames, painted before the feed has arrived (it is held for 1.5 s: the
        // page and its stylesheet come first, as on a slow line). Every frame is watched
        // from the page's first script on.
        let server = Server::start(&dist());
        server.set_feed(FeedReply::json(feed.to_string()));
        let browser = at(PHONE).browser().await;
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": format!(
                    "window.__oldShown = false;
                     const look = () => {{
                       const dd = [...document.querySelectorAll('#shell dd')]
                         .find(d => d.textContent.includes({OLD_ROOM:?}));
                       if (dd && dd.checkVisibility({{ visibilityProperty: true }})) window.__oldShown = true;
                       requestAnimationFrame(look);
                     }};
                     requestAnimationFrame(look);"
                ) }),
            )
            .await;
        server.hold("event.json");
        let held = server.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            held.release();
        });
        browser.visit(&server.url("/agenda/opening")).await;
        crate::support::poll(crate::support::browser::PATIENCE, || async {
            let old = browser
                .client
                .execute(old_room_shown, vec![OLD_ROOM.into()])
                .await
                .unwrap();
            assert_eq!(old, false, "the old room showed as current");
            let rooms = browser.texts("main .facts dd").await;
            if rooms.iter().any(|room| room == NEW_ROOM) {
                Ok(())
            } else {
                Err(format!("no {NEW_ROOM} yet: {rooms:?}"))
            }
        })
        .await;
        assert_eq!(
            browser.eval("return window.__oldShown").await,
            false,
            "a frame showed the old room before the feed was checked"
        );
    });
}

#[test]
fn a_new_event_json_renames_the_tab_the_pages_json_ld_and_the_installed_app() {
    run(async {
        let server = serving_new_event();
        // A visitor whose languages the portal does not have: the event's first language.
        let browser = at(PHONE).in_languages("de").browser().await;
        browser.open(&server.url("/")).await;
        browser.wait_for("main h1", |t| t == FRENCH).await;
        let structured = browser
            .eval("return [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent).join('')")
            .await;
        assert!(
            structured.as_str().unwrap().contains(FRENCH),
            "JSON-LD names the new event: {structured}"
        );
        // Installed, the portal carries the event's name: the service worker writes it
        // into the manifest the browser asks for.
        browser.wait_for_service_worker().await;
        browser.open(&server.url("/agenda")).await;
        browser.wait_for("main h1", |t| !t.is_empty()).await;
        let manifest = browser
            .cdp("Page.getAppManifest", serde_json::json!({}))
            .await;
        let manifest: serde_json::Value =
            serde_json::from_str(manifest["data"].as_str().unwrap()).unwrap();
        assert_eq!(manifest["name"], FRENCH, "{manifest}");
        assert_eq!(manifest["lang"], "fr", "{manifest}");
        // A deep link that is no page of the portal: still the new event's, on screen
        // and in the tab. (404.html was rendered from the sample: its link preview tags
        // stay the sample's until the pages are rendered again.)
        browser.open(&server.url("/no/such/page")).await;
        browser.wait_for("main h1", |t| !t.is_empty()).await;
        let page = browser
            .eval("return document.title + document.body.innerText")
            .await;
        assert!(!page.as_str().unwrap().contains(TITLE), "{page}");
        assert!(page.as_str().unwrap().contains(FRENCH), "{page}");
        // The portal picks the title the first paint picked (src/web/first-paint.js
        // mirrors src/feed/text.rs): an English reader gets the English title from both.
        let browser = at(PHONE).in_languages("en-GB,en").browser().await;
        browser.open(&server.url("/")).await;
        browser.wait_for("main h1", |t| t == ENGLISH).await;
        assert_eq!(browser.client.title().await.unwrap(), ENGLISH);
    });
}

/// The build's own files name no event: what a visitor sees of the event comes from the
/// published feed, so the sample's title is nowhere but in the sample `event.json`.
#[test]
fn the_build_names_no_event() {
    // index.html and 404.html are the sample's home and not-found pages, rendered by
    // `make dist` (the release holds the shell in their place: release.rs).
    for name in ["shell.html", "sw.js", "manifest.webmanifest"] {
        let text = std::fs::read_to_string(dist().join(name)).unwrap();
        assert!(!text.contains(TITLE), "{name} names the sample event");
        assert!(
            !text.contains("Artificial Intelligence"),
            "{name} names the sample event"
        );
    }
}

/// The files an organiser edits (the feed; the pages, whose `<base href>` moves the
/// portal to a sub-path) have no compressed copies beside them: a host that serves
/// `.br` and `.gz` copies as they are would go on sending the old text.
#[test]
fn the_files_an_organiser_edits_have_no_compressed_copies() {
    for name in ["event.json", "shell.html", "index.html", "404.html"] {
        for suffix in [".br", ".gz"] {
            let copy = dist().join(format!("{name}{suffix}"));
            assert!(!copy.exists(), "{} would go stale", copy.display());
        }
    }
}
