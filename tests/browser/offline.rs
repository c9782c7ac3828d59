//! Offline, installable and secure: the release build's service worker, documents saved
//! for offline use, the prompt after a new deployment, the Content-Security-Policy, the
//! manifest, and the portal under a sub-path. In headless Chromium against the test
//! server, which sends `dist/_headers` and can be taken down as a whole.
//!
//! Needs what every browser test needs (`main.rs`); the sub-path test moves a copy of
//! `dist/` under `/portal/` by its one line, as an organiser would.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use crate::support::browser::Browser;
use crate::support::server::{FeedReply, Server};
use crate::support::{
    DESKTOP, PHONE, TITLE, choose_draft, dist, draft_file, eventually, open, run, sample_feed,
};
use fantoccini::Locator;

/// Every route of the portal with the heading it shows (for the sample feed).
const ROUTES: &[(&str, &str)] = &[
    ("/", TITLE),
    ("/agenda", "Agenda"),
    ("/agenda/opening", "Opening remarks"),
    ("/speakers", "Speakers"),
    ("/speakers/alexandre", "Alexandre"),
    ("/documents", "Documents"),
    ("/updates", "Updates"),
    ("/my", "My agenda"),
    ("/no/such/page", "Page not found"),
];

/// A server and a browser that has visited `path` (whose heading says `title`), with the
/// service worker in charge.
async fn visited(server: Server, path: &str, title: &str) -> (Server, Browser) {
    let browser = Browser::start(PHONE).await;
    browser.open(&server.url(path)).await;
    heading(&browser, title).await;
    browser.wait_for_service_worker().await;
    (server, browser)
}

/// Waits for a heading `h1` that contains `text`.
async fn heading(browser: &Browser, text: &str) {
    browser.wait_for("main h1", |t| t.contains(text)).await;
}

#[test]
fn after_one_visit_every_route_starts_with_no_network() {
    run(async {
        let (server, browser) = visited(Server::start(&dist()), "/agenda", "Agenda").await;
        // Arabic once, online: its catalogue is then kept too.
        browser.choose_language("ar").await;
        heading(&browser, "جدول الأعمال").await;
        browser.choose_language("en").await;
        heading(&browser, "Agenda").await;

        server.set_down(true);
        let before = server.log().len();
        for (path, title) in ROUTES {
            browser.open(&server.url(path)).await;
            heading(&browser, title).await;
            // The event's title in the header: the feed came from the cache too.
            browser.wait_for_text(".site-title", TITLE).await;
        }
        // A session of the programme, shown from the cached feed.
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for(".session-list", |t| t.contains("Opening remarks"))
            .await;
        // The visitor is told they are offline and that the programme may be out of
        // date, politely: the kept copy is a state of its own, not a failure.
        let notice = browser
            .wait_for("[role=status] .notice, .notice", |t| !t.is_empty())
            .await;
        let said = notice.text;
        assert!(
            said.starts_with("You are offline.") && said.contains("could not be updated"),
            "{said}"
        );
        // The language used before, with no network: its catalogue was kept.
        browser.choose_language("ar").await;
        browser.wait_for("nav", |t| t.contains("جدول الأعمال")).await;
        let unanswered = server.log()[before..]
            .iter()
            .filter(|served| served.status != 0)
            .map(|served| served.path.clone())
            .collect::<Vec<_>>();
        assert!(unanswered.is_empty(), "answered while down: {unanswered:?}");
        assert!(
            server.log().len() > before,
            "the portal did try the network (for the feed)"
        );

        // Back online, the portal takes the feed from the network again.
        server.set_down(false);
        browser.open(&server.url("/agenda")).await;
        heading(&browser, "جدول الأعمال").await;
        eventually("the feed was not asked again", || async {
            server
                .log()
                .iter()
                .skip(before)
                .any(|served| served.path == "/event.json" && matches!(served.status, 200 | 304))
        })
        .await;
        // And the notice goes: the programme shown is current again.
        eventually("the out-of-date notice stayed", || async {
            browser.texts(".notice").await.is_empty()
        })
        .await;
    });
}

/// On a host that sends no caching headers (a bare static server; GitHub Pages once its
/// ten minutes of `max-age` have run out), the browser's HTTP cache answers for nothing
/// with no network: the service worker's storage alone must start the portal, wasm and
/// all, on every route.
#[test]
fn after_one_visit_every_route_starts_from_the_service_worker_alone() {
    run(async {
        let (server, browser) = visited(Server::start_plain(&dist()), "/agenda", "Agenda").await;
        server.set_down(true);
        for (path, title) in ROUTES {
            browser.open(&server.url(path)).await;
            // The page's own heading: the wasm started (the skeleton has no heading).
            heading(&browser, title).await;
        }
        // Each page shows its own content, from the kept feed.
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for(".session-list", |t| t.contains("Opening remarks"))
            .await;
        browser.open(&server.url("/speakers")).await;
        browser.wait_for("main", |t| t.contains("Alexandre")).await;
    });
}

#[test]
fn a_saved_document_opens_with_no_network_and_can_be_removed() {
    run(async {
        // A report of 3 MB beside the sample's documents, to watch it arrive.
        let server = Server::start(&dist());
        let mut feed = sample_feed();
        let mut big = feed["documents"][1].clone();
        big["id"] = "big".into();
        big["title"] = "The full report".into();
        big["url"] = "documents/full-report.pdf".into();
        big["bytes"] = 3_000_000.into();
        feed["documents"].as_array_mut().unwrap().push(big);
        server.set_feed(FeedReply::json(feed.to_string()));
        let report: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        server.set_file("/documents/full-report.pdf", "application/pdf", report);
        let (server, browser) = visited(server, "/documents", "Documents").await;
        let path = "documents/full-report.pdf";
        let size = 3_000_000u64;

        // The storage line, before and after.
        let used = browser
            .wait_for(".storage-use", |t| t.contains("on this device"))
            .await;
        let used_before = used.text;

        let button = format!("li.document:has(a[href='{path}']) .offline-copy button");
        browser.wait_for(&button, |t| t == "Save for offline").await;
        browser.click(Locator::Css(&button)).await;
        let status = format!("li.document:has(a[href='{path}']) .offline-status");
        browser
            .wait_for(&status, |t| t.starts_with("Saved on this device"))
            .await;
        browser
            .wait_for(&button, |t| t == "Remove from this device")
            .await;
        let focused = browser.focused().await;
        assert!(
            focused.ends_with("Remove from this device"),
            "focus stays on the button: {focused}"
        );
        eventually("the storage line did not change", || async {
            browser.texts(".storage-use").await.join("") != used_before
        })
        .await;

        // No network: the document opens, whole, and the page remembers it is saved.
        server.set_down(true);
        let fetched = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, b.byteLength])),
                                          e => done([0, String(e)]));",
                vec![path.into()],
            )
            .await
            .unwrap();
        assert_eq!(fetched, serde_json::json!([200, size]), "{fetched}");
        browser.open(&server.url("/documents")).await;
        browser
            .wait_for(&button, |t| t == "Remove from this device")
            .await;
        browser.open(&server.url(&format!("/{path}"))).await;
        // Opened by its address: shown as a PDF, or (headless Chromium has no viewer)
        // downloaded whole; never the browser's "no internet" page.
        let downloaded = browser.downloads.join("full-report.pdf");
        eventually(
            "the saved document did not open with no network",
            || async {
                let shown = browser.eval("return document.contentType").await
                    == serde_json::json!("application/pdf");
                shown || std::fs::metadata(&downloaded).is_ok_and(|file| file.len() == size)
            },
        )
        .await;

        // Removed, it is gone from the device.
        server.set_down(false);
        browser.open(&server.url("/documents")).await;
        browser
            .wait_for(&button, |t| t == "Remove from this device")
            .await;
        browser.click(Locator::Css(&button)).await;
        browser.wait_for(&button, |t| t == "Save for offline").await;
        server.set_down(true);
        let fetched = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0]).then(r => done(r.status), e => done(0));",
                vec![path.into()],
            )
            .await
            .unwrap();
        assert_eq!(
            fetched,
            serde_json::json!(0),
            "a removed document stays offline"
        );
    });
}

#[test]
fn a_new_deployment_asks_for_a_reload_and_takes_over_when_asked() {
    run(async {
        let (server, browser) = visited(Server::start(&dist()), "/agenda", "Agenda").await;
        let caches = "const done = arguments[arguments.length - 1];
                      caches.keys().then(done);";
        let before = browser.client.execute_async(caches, vec![]).await.unwrap();
        assert!(
            before.to_string().contains("event-portal-shell-"),
            "{before}"
        );
        assert!(
            browser.texts(".update-prompt").await.is_empty(),
            "no prompt for the first version"
        );

        // A new deployment: another sw.js (what a new build writes).
        let worker = std::fs::read_to_string(dist().join("sw.js")).unwrap();
        let version = worker
            .lines()
            .find(|line| line.starts_with("const VERSION"))
            .unwrap()
            .to_owned();
        let next = worker.replace(&version, "const VERSION = \"next-deployment\";");
        assert_ne!(worker, next);
        server.set_file("/sw.js", "text/javascript", next);

        // The visitor moves on in the open tab; the browser finds the new version.
        browser.click(Locator::Css("nav a[href='speakers']")).await;
        heading(&browser, "Speakers").await;
        browser
            .eval("navigator.serviceWorker.getRegistration().then(r => r.update())")
            .await;
        let prompt = browser
            .wait_for(".update-prompt", |t| {
                t.contains("A new version of the portal is ready.")
            })
            .await;
        assert!(prompt.text.contains("Reload"));
        // The page still works meanwhile, on the version it started with.
        browser.click(Locator::Css("nav a[href='agenda']")).await;
        heading(&browser, "Agenda").await;

        browser.click(Locator::Css(".update-prompt button")).await;
        // The new version's cache, and only it (a reload happens in between).
        eventually("the new version did not take over", || async {
            browser
                .client
                .execute_async(caches, vec![])
                .await
                .is_ok_and(|keys| {
                    let keys = keys.to_string();
                    keys.contains("event-portal-shell-next-deployment")
                        && keys.matches("event-portal-shell-").count() == 1
                })
        })
        .await;
        heading(&browser, "Agenda").await;
        assert!(
            browser.texts(".update-prompt").await.is_empty(),
            "the prompt is gone after the reload"
        );
    });
}

#[test]
fn the_content_security_policy_holds_on_every_route() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.record_policy_violations().await;
        for (path, title) in ROUTES {
            browser.open(&server.url(path)).await;
            heading(&browser, title).await;
            assert_eq!(
                browser.policy_violations().await,
                Vec::<String>::new(),
                "{path}"
            );
        }
        // The organisers' preview, a bundle of its own, under the same policy: a draft
        // read, its checks listed, the portal shown from it.
        let mut feed = sample_feed();
        feed["sessions"][0]["title"] = "Opening remarks, moved".into();
        let (draft, _) = draft_file("policy-draft.json", &feed);
        browser.open(&server.url("/preview/")).await;
        heading(&browser, "Preview a draft").await;
        choose_draft(&browser, &draft).await;
        browser
            .wait_for(".preview-result h2", |t| t.contains("0 errors"))
            .await;
        browser.click(Locator::Css("nav a[href='agenda']")).await;
        browser
            .wait_for(".session-title", |t| t == "Opening remarks, moved")
            .await;
        assert_eq!(
            browser.policy_violations().await,
            Vec::<String>::new(),
            "the preview"
        );

        // What visitors do: filter, star, the grid at desktop width, another language.
        browser.open(&server.url("/agenda?q=reality")).await;
        browser
            .wait_for(".session-list", |t| t.contains("A present-day reality"))
            .await;
        browser
            .click(Locator::Css("#session-panel-policing button.star"))
            .await;
        browser.resize(DESKTOP).await;
        browser.open(&server.url("/agenda")).await;
        heading(&browser, "Agenda").await;
        browser.choose_language("ar").await;
        heading(&browser, "جدول الأعمال").await;
        browser.open(&server.url("/my")).await;
        browser.wait_for("main h1", |t| !t.is_empty()).await;
        assert_eq!(browser.policy_violations().await, Vec::<String>::new());

        // The policy was there to be broken.
        let blocked = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const s = document.createElement('script');
                 s.textContent = 'window.__ran = true';
                 document.head.append(s);
                 setTimeout(() => done([!!window.__ran, window.__violations.length]), 100);",
                vec![],
            )
            .await
            .unwrap();
        // Refused by both policies, the header's and the page's <meta>.
        assert_eq!(
            blocked,
            serde_json::json!([false, 2]),
            "an inline script is refused and reported"
        );
    });
}

#[test]
fn chromium_finds_the_portal_installable() {
    run(async {
        let (server, browser) = visited(Server::start(&dist()), "/", TITLE).await;
        // The manifest names no event; the service worker fills in the event's name from
        // the feed, so the browser reads the name the second time it asks.
        browser.open(&server.url("/")).await;
        heading(&browser, TITLE).await;
        let manifest = browser
            .cdp("Page.getAppManifest", serde_json::json!({}))
            .await;
        assert_eq!(manifest["errors"], serde_json::json!([]), "{manifest}");
        let text: serde_json::Value =
            serde_json::from_str(manifest["data"].as_str().unwrap()).unwrap();
        assert_eq!(text["name"], TITLE);
        assert_eq!(text["start_url"], "./");
        let errors = browser
            .cdp("Page.getInstallabilityErrors", serde_json::json!({}))
            .await;
        assert_eq!(
            errors["installabilityErrors"],
            serde_json::json!([]),
            "{errors}"
        );
        // Every icon the manifest names is there, at the size it says.
        for icon in text["icons"].as_array().unwrap() {
            let src = icon["src"].as_str().unwrap();
            let bytes = std::fs::read(dist().join(src)).unwrap();
            if let Some(size) = icon["sizes"]
                .as_str()
                .unwrap()
                .split('x')
                .next()
                .and_then(|s| s.parse::<u32>().ok())
            {
                // PNG: width and height at bytes 16..24.
                let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
                let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
                assert_eq!((width, height), (size, size), "{src}");
            }
        }
    });
}

/// The release build moved under `/portal/` as an organiser does it (START-HERE.html,
/// tools/publish.sh): a copy of `dist/` with one line changed, the `<base href>` of
/// `shell.html`, `index.html` and `404.html`, and the pages rendered again for the
/// sub-path. Nothing is rebuilt.
fn subpath_dist() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/dist-moved-to-portal");
    let _ = std::fs::remove_dir_all(&dir);
    let copied = std::process::Command::new("cp")
        .arg("-R")
        .arg(dist())
        .arg(&dir)
        .status()
        .unwrap();
    assert!(copied.success(), "copying dist/ failed");
    for page in ["shell.html", "index.html", "404.html"] {
        let path = dir.join(page);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches("<base href=/>").count(), 1, "{page}");
        std::fs::write(&path, text.replace("<base href=/>", "<base href=/portal/>")).unwrap();
        // Its compressed copies would be the page before the edit.
        for suffix in [".br", ".gz"] {
            let _ = std::fs::remove_file(dir.join(format!("{page}{suffix}")));
        }
    }
    crate::support::render_pages(&dir, "/portal/");
    dir
}

#[test]
fn the_portal_works_under_a_sub_path() {
    run(async {
        let server = Server::start_at(&subpath_dist(), "/portal");
        let browser = Browser::start(PHONE).await;
        browser.record_policy_violations().await;
        browser.open(&server.url("/portal/agenda/opening")).await;
        heading(&browser, "Opening remarks").await;
        // The portal's own links stay under the sub-path, and the router follows them.
        let links: Vec<String> = serde_json::from_value(
            browser
                .eval("return [...document.querySelectorAll('nav a, a.site-title')].map(a => a.pathname)")
                .await,
        )
        .unwrap();
        assert!(
            links.iter().all(|link| link.starts_with("/portal/")),
            "{links:?}"
        );
        browser.click(Locator::Css("nav a[href='speakers']")).await;
        heading(&browser, "Speakers").await;
        let url = browser.client.current_url().await.unwrap();
        assert_eq!(url.path(), "/portal/speakers");
        browser
            .wait_for("nav a[aria-current=page]", |t| t == "Speakers")
            .await;
        // Filters in the query, under the sub-path.
        browser.open(&server.url("/portal/agenda?q=reality")).await;
        browser
            .wait_for(".session-list", |t| t.contains("A present-day reality"))
            .await;
        assert!(
            server
                .log()
                .iter()
                .all(|served| served.path.starts_with("/portal/")),
            "everything asked for is under /portal/: {:?}",
            server
                .log()
                .iter()
                .map(|s| s.path.clone())
                .collect::<Vec<_>>()
        );
        // Offline there too: the worker's scope is the sub-path.
        browser.wait_for_service_worker().await;
        let scope = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 navigator.serviceWorker.getRegistration().then(r => done(r.scope));",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(scope, serde_json::json!(server.url("/portal/")));
        server.set_down(true);
        browser
            .open(&server.url("/portal/speakers/alexandre"))
            .await;
        heading(&browser, "Alexandre").await;
        assert_eq!(browser.policy_violations().await, Vec::<String>::new());
    });
}

#[test]
fn a_speakers_photo_seen_once_shows_with_no_network() {
    run(async {
        let server = Server::start(&dist());
        let mut feed = sample_feed();
        feed["speakers"][1]["photo"] = "photos/carl.svg".into();
        server.set_feed(FeedReply::json(feed.to_string()));
        server.set_file(
            "/photos/carl.svg",
            "image/svg+xml",
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="#2a6"/></svg>"##,
        );
        let (server, browser) = visited(server, "/speakers", "Speakers").await;
        // Seen once, with the worker in charge.
        browser.open(&server.url("/speakers/alexandre")).await;
        heading(&browser, "Alexandre").await;
        let loaded = "const done = arguments[arguments.length - 1];
            const check = () => { const img = document.querySelector('main img.portrait');
              if (img && img.complete) done(img.naturalWidth); else setTimeout(check, 50); };
            check();";
        let width = browser.client.execute_async(loaded, vec![]).await.unwrap();
        assert_eq!(width, serde_json::json!(120));

        server.set_down(true);
        browser.open(&server.url("/speakers/alexandre")).await;
        heading(&browser, "Alexandre").await;
        let width = browser.client.execute_async(loaded, vec![]).await.unwrap();
        assert_eq!(width, serde_json::json!(120), "the photo, from the cache");
        assert!(
            browser.texts("main .portrait-initials").await.is_empty(),
            "no initials in its place"
        );
    });
}
