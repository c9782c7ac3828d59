//! The pages rendered when the feed is published (src/render.rs, renderer/render.mjs):
//! read from their HTML alone, before the wasm (blocked here) and without JavaScript,
//! each with its own content, and links that lead to the other rendered pages.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use fantoccini::key::Key;

use crate::new_event::break_the_wasm;
use crate::support::browser::Browser;
use crate::support::server::Server;
use crate::support::{PHONE, TITLE, at, dist, run};

/// What each page must show from its HTML: its address, an element, and its text.
const PAGES: &[(&str, &str, &str)] = &[
    ("/", "main h1", TITLE),
    ("/agenda", "main .session-title", "Opening remarks"),
    ("/agenda/opening", "main h1", "Opening remarks"),
    ("/agenda/opening", "main .facts dd", "Conference Room 11"),
    ("/speakers", "main .speaker-name", "Carl Alexandre"),
    ("/speakers/alexandre", "main h1", "Carl Alexandre"),
    ("/documents", "main a[href$='.pdf']", "Download PDF"),
    ("/updates", "main .update-title", "Programme published"),
    ("/my", "main h1", "My agenda"),
    // Any other address: the not-found page (404.html), with its way home.
    ("/no-such-page", "main h1", "Page not found"),
];

/// Checks every page of [`PAGES`] in `browser` on `server`, then follows every link
/// they hold to a page of the portal: each is a rendered page with a heading.
/// Each page must also show nothing that needs the app: no button, no search form
/// (style/noscript.css); with `no_script`, scripts must be off.
async fn every_page_reads_alone(browser: &Browser, server: &Server, no_script: bool) {
    let mut links = BTreeSet::new();
    // A rendered page; with JavaScript, shown once the start script has found it rendered
    // from the feed published now.
    let rendered = if no_script {
        "rendered"
    } else {
        "rendered current"
    };
    // Opens `url` and waits until it shows as a rendered page.
    let visit = |url: String| async move {
        browser.visit(&url).await;
        crate::support::until_equal(&format!("{url}'s #shell"), rendered, || async {
            browser
                .attribute("#shell", "class")
                .await
                .unwrap_or_default()
        })
        .await;
    };
    for (path, css, text) in PAGES {
        visit(server.url(path)).await;
        let texts = browser.texts(css).await;
        assert!(
            texts.iter().any(|t| t.contains(text)),
            "{path}: no {css} with {text:?}, saw {texts:?}"
        );
        if no_script {
            // Scripts are off: the page's <noscript> is markup, its stylesheet loaded.
            let noscript = browser
                .eval("return !!document.querySelector('link[href=\"noscript.css\"]')")
                .await;
            assert_eq!(noscript, true, "{path}: the page ran with JavaScript");
        }
        // Nothing that needs the app shows (style/noscript.css): without JavaScript from
        // the start; with the wasm blocked, once the start script has failed on it.
        crate::support::eventually(
            &format!("{path} shows no control that needs the app"),
            || async {
                browser
                    .texts("button, form[role=search]")
                    .await
                    .iter()
                    .all(String::is_empty)
            },
        )
        .await;
        let hrefs: Vec<String> = serde_json::from_value(
            browser
                .eval("return [...document.querySelectorAll('a[href]')].map(a => a.href)")
                .await,
        )
        .unwrap();
        links.extend(hrefs);
    }
    let own = server.url("/");
    let pages: Vec<&String> = links
        .iter()
        .filter(|href| href.starts_with(&own) && !href.contains('#'))
        .filter(|href| !href.rsplit('/').next().unwrap_or("").contains('.'))
        .collect();
    assert!(pages.len() >= 10, "too few links to pages: {pages:?}");
    for href in pages {
        visit(href.clone()).await;
        assert!(
            !browser.texts("main h1").await.is_empty(),
            "{href} has no heading"
        );
    }
}

#[test]
fn with_the_wasm_blocked_every_page_reads_from_its_html_and_links_to_the_others() {
    run(async {
        let server = Server::start(&dist());
        break_the_wasm(&server);
        let browser = at(PHONE).browser().await;
        every_page_reads_alone(&browser, &server, false).await;
    });
}

#[test]
fn without_javascript_every_page_reads_and_what_needs_the_app_is_absent() {
    run(async {
        let server = Server::start(&dist());
        let browser = at(PHONE).without_javascript().browser().await;
        every_page_reads_alone(&browser, &server, true).await;
    });
}

/// Whether the page shows the English page rendered at publish time: `#shell.rendered`
/// there and not hidden.
const RENDERED_SHOWN: &str = "const shell = document.getElementById('shell');
    return !!shell && shell.classList.contains('rendered') && !shell.classList.contains('stale')";

#[test]
fn a_visitor_who_reads_arabic_never_sees_the_english_page_first() {
    run(async {
        let server = Server::start(&dist());
        let browser = at(PHONE).in_languages("ar").browser().await;
        browser.visit(&server.url("/agenda/opening")).await;
        // From the first look until the app shows the page in Arabic, the English page
        // rendered at publish time never shows.
        crate::support::poll(crate::support::browser::PATIENCE, || async {
            let english = browser.eval(RENDERED_SHOWN).await;
            assert_eq!(
                english, false,
                "the English page showed to an Arabic reader"
            );
            let lang = browser.eval("return document.documentElement.lang").await;
            let heading = browser.texts("main h1").await;
            if lang == "ar" && !heading.is_empty() {
                Ok(())
            } else {
                Err(format!("not in Arabic yet: {lang}, {heading:?}"))
            }
        })
        .await;
    });
}

#[test]
fn with_the_wasm_blocked_a_reader_of_another_language_gets_the_event_s_pages_not_nothing() {
    run(async {
        let server = Server::start(&dist());
        break_the_wasm(&server);
        let browser = at(PHONE).in_languages("ar").browser().await;
        browser.visit(&server.url("/agenda/opening")).await;
        assert_eq!(browser.eval(RENDERED_SHOWN).await, false);
        // The app never comes: after a few seconds, the page in the event's language.
        crate::support::eventually("the rendered page showed", || async {
            browser.eval(RENDERED_SHOWN).await == true
        })
        .await;
        let heading = browser.texts("main h1").await;
        assert_eq!(heading, ["Opening remarks"]);
    });
}

/// The layout shift (CLS's sum) of the page so far, from the browser's own record.
const LAYOUT_SHIFT: &str = "return new Promise((done) => {
    new PerformanceObserver((list) => {
      done(list.getEntries().filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(0), 1000);
  })";

#[test]
fn the_app_takes_over_a_rendered_page_without_moving_it() {
    run(async {
        for (viewport, path) in [
            (PHONE, "/agenda/opening"),
            (PHONE, "/agenda"),
            (PHONE, "/"),
            (crate::support::DESKTOP, "/agenda"),
            (crate::support::DESKTOP, "/speakers/alexandre"),
        ] {
            let (server, browser) = at(viewport).start().await;
            browser.open(&server.url(path)).await;
            browser.wait_for("main h1", |t| !t.is_empty()).await;
            let shift = browser.eval(LAYOUT_SHIFT).await.as_f64().unwrap();
            assert!(shift < 0.02, "{path} at {viewport:?} shifted by {shift}");
            // The measure sees a shift when there is one: a block pushed in above.
            browser
                .eval("const block = document.createElement('div'); block.style.height = '300px'; document.querySelector('main').prepend(block); return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))")
                .await;
            let pushed = browser.eval(LAYOUT_SHIFT).await.as_f64().unwrap();
            assert!(
                pushed > shift + 0.05,
                "{path}: the measure saw no shift ({pushed})"
            );
            eprintln!("layout shift {viewport:?} {path}: {shift} (pushed: {pushed})");
        }
    });
}

#[test]
fn the_app_takes_over_where_the_visitor_has_scrolled_to() {
    run(async {
        for (viewport, path) in [
            (PHONE, "/agenda"),
            (PHONE, "/speakers"),
            (crate::support::DESKTOP, "/speakers"),
        ] {
            let (server, browser) = at(viewport).start().await;
            // The visitor reads, and scrolls, before the wasm has arrived.
            server.hold("_bg.wasm");
            browser.visit(&server.url(path)).await;
            browser.wait_for("main h1", |t| !t.is_empty()).await;
            let scrolled = browser
                .eval("window.scrollTo(0, 700); return window.scrollY")
                .await
                .as_f64()
                .unwrap();
            assert!(
                scrolled > 500.0,
                "{path} at {viewport:?} is too short to scroll: {scrolled}"
            );
            server.release();
            browser.wait_for_app().await;
            // Two frames later (the app moves the current page's entry of the menu into
            // view in the next one), the page is where the visitor left it.
            let now = browser
                .eval("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY))))")
                .await
                .as_f64()
                .unwrap();
            assert!(
                (now - scrolled).abs() < 2.0,
                "{path} at {viewport:?}: scrolled to {scrolled}, the app moved it to {now}"
            );
        }
    });
}

#[test]
fn a_star_tapped_before_the_app_runs_is_kept() {
    run(async {
        for path in ["/agenda", "/agenda/opening"] {
            let (server, browser) = at(PHONE).start().await;
            server.hold("_bg.wasm");
            browser.visit(&server.url(path)).await;
            // The rendered page's star, tapped while the wasm is on its way: pressed at once.
            browser
                .click(fantoccini::Locator::Css("main button.star"))
                .await;
            crate::support::until_equal("the rendered star", "true", || async {
                browser
                    .attribute("#shell.rendered main button.star", "aria-pressed")
                    .await
                    .unwrap_or_default()
            })
            .await;
            server.release();
            browser.wait_for_app().await;
            // The app's star for the same session is pressed, and My agenda has it.
            crate::support::until_equal("the app's star", "true", || async {
                browser
                    .attribute("main button.star", "aria-pressed")
                    .await
                    .unwrap_or_default()
            })
            .await;
            browser.open(&server.url("/my")).await;
            browser
                .wait_for_text("main .session-title", "Opening remarks")
                .await;
        }
    });
}

/// Waits until the agenda shows exactly the sessions titled `titles`, in that order.
async fn sessions_shown(browser: &Browser, titles: &[&str]) {
    crate::support::until_equal("the sessions shown", titles.to_vec(), || async {
        browser
            .texts("main .session-title")
            .await
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
    })
    .await;
}

/// A day's page as publishing writes it (`/agenda/day/…`: where the day tabs of the
/// rendered pages lead a reader without JavaScript) is the app's address too: opened
/// with the app, the agenda of that day, its tab the current one.
#[test]
fn the_app_shows_a_day_at_the_address_of_its_published_page() {
    run(async {
        let mut feed = crate::support::sample_feed();
        feed["event"]["end"] = serde_json::json!("2019-04-03");
        let closing = feed["sessions"].as_array_mut().unwrap().last_mut().unwrap();
        closing["start"] = serde_json::json!("2019-04-03T10:00:00-04:00");
        closing["end"] = serde_json::json!("2019-04-03T10:30:00-04:00");
        let title = closing["title"].as_str().unwrap().to_owned();
        let (server, browser) = at(PHONE).feed(&feed).open("/agenda/day/2019-04-03").await;
        sessions_shown(&browser, &[&title]).await;
        let current = browser
            .eval("return document.querySelector('.day-tabs [aria-current=page]')?.textContent")
            .await;
        assert!(
            current.as_str().is_some_and(|t| t.starts_with("Wednesday")),
            "{current:?}"
        );
        // With a search in the address too: the day and the search, both kept.
        browser
            .open(&server.url("/agenda/day/2019-04-02?q=opening"))
            .await;
        sessions_shown(&browser, &["Opening remarks"]).await;
        let address = browser
            .eval("return location.pathname + location.search")
            .await;
        assert_eq!(address, "/agenda?day=2019-04-02&q=opening");
    });
}

/// A page rendered from the feed published now, read by a first-time visitor, is theirs:
/// the wasm arrives, and the app waits for their first key or click before it takes the
/// page over (reading never waits for it, src/web/first-paint.js); left alone, the page
/// becomes the app's after five seconds all the same (live updates need it).
#[test]
fn a_current_page_is_the_readers_until_they_act_or_leave_it_alone() {
    run(async {
        let (server, browser) = at(PHONE).start().await;
        let opened = Instant::now();
        browser.visit(&server.url("/agenda/opening")).await;
        crate::support::eventually("the wasm has arrived", || async {
            browser
                .eval("return performance.getEntriesByType('resource').some((e) => e.name.endsWith('_bg.wasm') && e.responseEnd > 0)")
                .await
                == true
        })
        .await;
        tokio::time::sleep(Duration::from_secs(2).saturating_sub(opened.elapsed())).await;
        assert!(
            browser.shows_rendered_page().await,
            "the app took the page over with nobody acting on it"
        );
        assert!(
            opened.elapsed() < Duration::from_millis(4500),
            "too slow to tell: {:?}",
            opened.elapsed()
        );
        browser.press(&[Key::Shift]).await;
        let pressed = Instant::now();
        crate::support::eventually("the app took over at the key", || async {
            !browser.shows_rendered_page().await
        })
        .await;
        assert!(
            pressed.elapsed() < Duration::from_secs(3),
            "the app took {:?} after the key",
            pressed.elapsed()
        );

        // Left alone: the app takes over by itself, after five seconds.
        browser.visit(&server.url("/agenda/opening")).await;
        let opened = Instant::now();
        crate::support::eventually("the app took over a page left alone", || async {
            !browser.shows_rendered_page().await
        })
        .await;
        assert!(
            opened.elapsed() > Duration::from_secs(3),
            "the app took over a page left alone after {:?}",
            opened.elapsed()
        );
    });
}

/// The page a first-time visitor would see is not every visitor's: with stars of their
/// own, their own time zone, a filter in the address, or a page whose clock has moved on
/// since it was rendered (its `event-portal-until`, src/agenda/mod.rs), the app takes
/// over at once, nobody acting.
#[test]
fn the_app_takes_over_at_once_where_the_page_is_not_what_the_visitor_would_see() {
    run(async {
        let (server, browser) = at(PHONE).start().await;
        let page = std::fs::read_to_string(dist().join("agenda/opening.html")).unwrap();
        let taken_over_soon = |what: &'static str| {
            let browser = &browser;
            async move {
                let opened = Instant::now();
                crate::support::eventually(what, || async { !browser.shows_rendered_page().await })
                    .await;
                assert!(
                    opened.elapsed() < Duration::from_millis(3500),
                    "{what}: {:?}, as long as a page left alone waits",
                    opened.elapsed()
                );
            }
        };
        // The control: a current page, left alone, is still the reader's after 3.5 s.
        browser.visit(&server.url("/agenda/opening")).await;
        tokio::time::sleep(Duration::from_millis(3500)).await;
        assert!(
            browser.shows_rendered_page().await,
            "the control page was taken over"
        );

        browser
            .visit(&server.url("/agenda/opening?q=policing"))
            .await;
        taken_over_soon("a filter in the address").await;

        // The clock of the page (rendered when the event was under way) has moved on.
        let moved = page.replacen(
            "<meta name=event-portal-feed",
            "<meta name=event-portal-until content=1554231600><meta name=event-portal-feed",
            1,
        );
        assert_ne!(moved, page, "no head to write the bound into");
        server.set_file("/agenda/opening", "text/html; charset=utf-8", moved);
        browser.visit(&server.url("/agenda/opening")).await;
        taken_over_soon("a page whose clock has moved on").await;
        server.set_file("/agenda/opening", "text/html; charset=utf-8", page.clone());

        browser
            .eval("localStorage.setItem('event-portal/zone', 'own'); return true")
            .await;
        browser.visit(&server.url("/agenda/opening")).await;
        taken_over_soon("times in the visitor's own zone").await;
        let event = crate::support::sample_feed()["event"]["id"].clone();
        browser
            .eval(&format!(
                "localStorage.clear(); localStorage.setItem('event-portal/starred/' + {event}, 'opening'); return true"
            ))
            .await;
        browser.visit(&server.url("/agenda/opening")).await;
        taken_over_soon("a starred session").await;
    });
}
