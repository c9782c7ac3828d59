//! `make bench`: how long the built portal takes to show the agenda of a large event
//! (scripts/gen-large-feed.py: 2,000 sessions, 800 speakers, 20 rooms, 5 days) in headless
//! Chromium on this machine, and how long reading that feed takes natively.
//!
//! A benchmark, not a test: it prints figures and asserts nothing about them. The feed
//! comes from `BENCH_FEED` (the Makefile generates it); `dist/` from `make dist`.

// The harness drives a browser from the host; built for wasm32 (clippy --all-targets
// does), this file is an empty program.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

// The browser tests' support; the bench uses a part of it.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/browser/support/mod.rs"]
#[allow(dead_code)]
mod support;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::time::Instant;

#[cfg(not(target_arch = "wasm32"))]
use support::{
    browser::Browser,
    dist, run,
    server::{FeedReply, Server},
};

#[cfg(not(target_arch = "wasm32"))]
const ROUNDS: usize = 12;

#[cfg(not(target_arch = "wasm32"))]
/// The `q`th quantile of sorted `values` (nearest rank).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

#[cfg(not(target_arch = "wasm32"))]
fn report(what: &str, mut values: Vec<f64>) {
    values.sort_by(f64::total_cmp);
    println!(
        "{what}: median {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} runs)",
        quantile(&values, 0.5),
        quantile(&values, 0.95),
        values[values.len() - 1],
        values.len()
    );
}

#[cfg(not(target_arch = "wasm32"))]
/// Opens the agenda and waits until all its `sessions` are on the page.
async fn open_agenda(browser: &Browser, server: &Server, sessions: usize) {
    browser.open(&server.url("/agenda")).await;
    browser
        .client
        .execute_async(
            "const [count, done] = arguments;
             const check = () => document.querySelectorAll('.session-title').length >= count
               ? done() : requestAnimationFrame(check);
             check();",
            vec![sessions.into()],
        )
        .await
        .unwrap();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let path = std::env::var("BENCH_FEED").expect("BENCH_FEED names the feed (make bench sets it)");
    let text = std::fs::read_to_string(&path).unwrap();
    let loaded = event_portal::feed::load(&text);
    let feed = loaded.feed.expect("the benchmark feed reads");
    let sessions = feed.sessions.len();
    println!(
        "feed: {} ({} KB, {sessions} sessions, {} speakers, {} rooms)",
        path,
        text.len() / 1000,
        feed.speakers.len(),
        feed.rooms.len()
    );

    let native: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(event_portal::feed::load(std::hint::black_box(&text)));
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report(
        "read and check the feed, native (this build's profile)",
        native,
    );

    run(async {
        let server = Server::start(&dist());
        server.set_feed(FeedReply::json(text.clone()));
        let browser = Browser::start(support::DESKTOP).await;
        let (mut shown, mut downloaded) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            browser.open(&server.url("/agenda")).await;
            // Milliseconds from the start of navigation until every session is on the page.
            let at = browser
                .client
                .execute_async(
                    "const [count, done] = arguments;
                     const check = () => document.querySelectorAll('.session-title').length >= count
                       ? done(performance.now()) : requestAnimationFrame(check);
                     check();",
                    vec![sessions.into()],
                )
                .await
                .unwrap();
            shown.push(at.as_f64().unwrap());
            // When the last of the wasm and the feed had arrived: the rest is the portal's
            // own work (reading the feed, building the page).
            let arrived = browser
                .eval(
                    "return Math.max(...performance.getEntriesByType('resource')
                       .filter(e => e.name.endsWith('.wasm') || e.name.endsWith('event.json'))
                       .map(e => e.responseEnd))",
                )
                .await;
            downloaded.push(arrived.as_f64().unwrap());
        }
        report("wasm and feed downloaded, from navigation", downloaded);
        report(
            "/agenda with every session shown, from navigation (Chromium, 1280x800)",
            shown,
        );

        // Search: each keystroke sets the field and fires `input`, as typing does; the
        // time runs until the last change it makes to the page (the sessions' `hidden`
        // and the count), and until the next frame has laid the page out.
        let (mut updated, mut framed) = (Vec::new(), Vec::new());
        let (mut slowest, mut slow_frames) = (Vec::new(), Vec::new());
        for word in ["robotics", "garcía", "policy ethics", "zzz"] {
            open_agenda(&browser, &server, sessions).await;
            for end in 1..=word.chars().count() {
                let typed: String = word.chars().take(end).collect();
                let times = browser
                    .client
                    .execute_async(
                        "const [text, done] = arguments;
                         const input = document.querySelector('input[type=search]');
                         let last = 0;
                         const watch = new MutationObserver(() => { last = performance.now(); });
                         watch.observe(document.querySelector('main'),
                           {attributes: true, childList: true, subtree: true, characterData: true});
                         const start = performance.now();
                         input.value = text;
                         input.dispatchEvent(new Event('input', {bubbles: true}));
                         // Settle: two frames and a task with no more changes.
                         requestAnimationFrame(() => {
                           document.body.offsetHeight;
                           const frame = performance.now();
                           requestAnimationFrame(() => setTimeout(() => {
                             watch.disconnect();
                             done([last ? last - start : 0, frame - start]);
                           }, 50));
                         });",
                        vec![typed.clone().into()],
                    )
                    .await
                    .unwrap();
                updated.push(times[0].as_f64().unwrap());
                framed.push(times[1].as_f64().unwrap());
                slowest.push((times[0].as_f64().unwrap(), typed.clone()));
                slow_frames.push((times[1].as_f64().unwrap(), typed));
            }
        }
        report(
            "search keystroke, until the list has changed (2,000 sessions)",
            updated,
        );
        report("search keystroke, until the next frame is laid out", framed);
        for (what, mut times) in [("list changed", slowest), ("frame", slow_frames)] {
            times.sort_by(|a, b| b.0.total_cmp(&a.0));
            let times: Vec<String> = times
                .iter()
                .take(4)
                .map(|(ms, typed)| format!("{typed:?} {ms:.1} ms"))
                .collect();
            println!("slowest keystrokes ({what}): {}", times.join(", "));
        }

        // A live update: one session retitled in the feed, a check asked at once (as
        // coming back online does); the time runs until the page shows the new title.
        // It includes fetching and reading the whole feed; the agenda rebuilds only that
        // session's line (its frame is unchanged).
        let mut changed: serde_json::Value = serde_json::from_str(&text).unwrap();
        let id = changed["sessions"][sessions / 2]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        open_agenda(&browser, &server, sessions).await;
        let mut applied = Vec::new();
        for round in 0..ROUNDS {
            let title = format!("Retitled {round}");
            changed["sessions"][sessions / 2]["title"] = title.clone().into();
            server.set_feed(FeedReply::json(changed.to_string()));
            let ms = browser
                .client
                .execute_async(
                    "const [id, title, done] = arguments;
                     const start = performance.now();
                     const check = () => {
                       const line = document.getElementById('session-' + id);
                       line && line.textContent.includes(title)
                         ? done(performance.now() - start) : requestAnimationFrame(check);
                     };
                     window.dispatchEvent(new Event('online'));
                     check();",
                    vec![id.clone().into(), title.into()],
                )
                .await
                .unwrap();
            applied.push(ms.as_f64().unwrap());
        }
        report(
            "live update of one session, from the check until it shows (fetch, read, apply)",
            applied,
        );

        // The organisers' editor on the same feed: a session's title typed into, key by
        // key; each time runs until the next frame is laid out. The checks wait for a
        // pause in the typing; an undo runs them at once (and rebuilds the form).
        server.set_feed(FeedReply::json(text.clone()));
        browser.open(&server.url("/edit/")).await;
        browser.wait_for_text("h1", "Edit the event").await;
        browser
            .click(fantoccini::Locator::XPath(
                "//button[normalize-space()='Edit the published event']",
            ))
            .await;
        browser.wait_for(".problems-count", |t| !t.is_empty()).await;
        browser
            .eval("document.getElementById('list-sessions').open = true")
            .await;
        browser
            .click(fantoccini::Locator::Css("#list-sessions .entry-button"))
            .await;
        browser.wait_for("#f-sessions-0-title", |_| true).await;
        let (mut typed, mut undone) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            for key in 0..10 {
                let ms = browser
                    .client
                    .execute_async(
                        "const [key, done] = arguments;
                         const input = document.getElementById('f-sessions-0-title');
                         const start = performance.now();
                         input.value += key;
                         input.dispatchEvent(new Event('input', { bubbles: true }));
                         requestAnimationFrame(() => {
                           document.body.offsetHeight;
                           done(performance.now() - start);
                         });",
                        vec![format!("{}", (round + key) % 10).into()],
                    )
                    .await
                    .unwrap();
                typed.push(ms.as_f64().unwrap());
            }
            // Let the checks run, then undo the word.
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            let ms = browser
                .client
                .execute_async(
                    "const done = arguments[0];
                     const undo = [...document.querySelectorAll('.editor-toolbar button')]
                       .find(b => b.textContent.trim() === 'Undo');
                     const start = performance.now();
                     undo.click();
                     requestAnimationFrame(() => {
                       document.body.offsetHeight;
                       done(performance.now() - start);
                     });",
                    vec![],
                )
                .await
                .unwrap();
            undone.push(ms.as_f64().unwrap());
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        // The schedule: the first day's first session moved a step later and back by the
        // arrow keys, each move timed until the next frame is laid out (the grid built
        // again), then until the checks have run after it (the clash shown).
        browser
            .eval("document.getElementById('schedule').open = true")
            .await;
        browser
            .wait_for("#schedule .schedule-session", |_| true)
            .await;
        let (mut moved, mut checked) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            let key = if round % 2 == 0 {
                "ArrowDown"
            } else {
                "ArrowUp"
            };
            let times = browser
                .client
                .execute_async(
                    "const [key, done] = arguments;
                     const session = document.querySelector('#schedule .schedule-session');
                     const start = performance.now();
                     session.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
                     // The page's own frame callback (asked for by the move) runs first
                     // and queues the checks; this task comes after them.
                     requestAnimationFrame(() => {
                       document.body.offsetHeight;
                       const frame = performance.now() - start;
                       setTimeout(() => done([frame, performance.now() - start]), 0);
                     });",
                    vec![key.into()],
                )
                .await
                .unwrap();
            let times = times.as_array().unwrap();
            moved.push(times[0].as_f64().unwrap());
            checked.push(times[1].as_f64().unwrap());
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
        report(
            "editor keystroke in a session's title, until the next frame (2,000 sessions)",
            typed,
        );
        report(
            "schedule: a session moved by the arrow key, until the next frame (it alone drawn anew)",
            moved,
        );
        report(
            "schedule: the same move until its checks have run after that frame",
            checked,
        );
        report(
            "editor undo: every check, the preview and the form rebuilt, until the next frame",
            undone,
        );
    });
}
