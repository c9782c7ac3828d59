//! `make bench`: how soon each page's own content is on screen, on the network and CPU of
//! Lighthouse's mobile preset (150 ms round trips, 1.6 Mbps down, 750 kbps up, a CPU four
//! times slower), applied for real by Chromium (DevTools' network and CPU throttling),
//! with a cold cache: the release build (`make dist`, the sample's pages rendered) served
//! by nginx with deploy/nginx.conf (brotli, as a host serves it).
//!
//! For home, the agenda, a session and a speaker page, three visits each in a new browser:
//! - content: from the start of navigation until the page's own content (the event's
//!   title, the first session, the session's title, the speaker's name) is on screen:
//!   the first frame it is visible in and not hidden as stale, and not before the first
//!   paint (FCP);
//! - FCP and LCP as Chromium reports them (the largest paint before the app takes over;
//!   the app's elements are the same size, so they do not count again);
//! - app: until the app has taken the rendered page over (a current page is the reader's
//!   until their first click or key, or five seconds alone: src/web/first-paint.js);
//! - task: the longest task on the main thread once the content is on screen (the app's
//!   take-over, in tasks): the longest a tap can wait after the page is shown;
//! - tap: a tap on the first star (the agenda and a session page) the moment the content
//!   shows: how long the browser kept it waiting (Event Timing's input delay), and
//!   whether the session ended up starred once the app ran.
//!
//! A benchmark, not a test: it prints figures (medians) and asserts nothing about them.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/browser/support/mod.rs"]
#[allow(dead_code)]
mod support;

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Cold visits per page, of which the medians are reported (`BENCH_VISITS`, else 3).
#[cfg(not(target_arch = "wasm32"))]
fn visits() -> usize {
    std::env::var("BENCH_VISITS")
        .ok()
        .and_then(|visits| visits.parse().ok())
        .unwrap_or(3)
}

/// Watches, from the page's first script on, for the content `CSS` names: the time of the
/// first frame it is visible in, and of the first without the rendered page.
#[cfg(not(target_arch = "wasm32"))]
const WATCH: &str = "window.__seen = { task: 0 };
  const look = (time) => {
    const content = document.querySelector(CSS);
    if (!window.__seen.content && content && content.textContent.trim()
        && content.checkVisibility() && !document.querySelector('#shell.stale')) {
      window.__seen.content = time;
    }
    if (!window.__seen.app && document.body && !document.querySelector('#shell')) {
      window.__seen.app = time;
    }
    if (!window.__seen.app || !window.__seen.content) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__seen.delay = entry.processingStart - entry.startTime;
  }).observe({ type: 'first-input', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__seen.largest = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (window.__seen.content && entry.startTime >= window.__seen.content) {
        window.__seen.task = Math.max(window.__seen.task, entry.duration);
      }
    }
  }).observe({ type: 'longtask', buffered: true });";

#[cfg(not(target_arch = "wasm32"))]
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use serde_json::json;
    use support::{at, dist, nginx::Nginx, run};

    // `BENCH_SITE`: another published folder than dist/ (make bench: the 2,000-session
    // feed's pages); `BENCH_PATHS`: only these pages (comma-separated).
    let site = std::env::var("BENCH_SITE").map_or_else(|_| dist(), std::path::PathBuf::from);
    let only = std::env::var("BENCH_PATHS").ok();
    let visits = visits();
    let feed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("event.json")).unwrap()).unwrap();
    let session = feed["sessions"][0]["id"].as_str().unwrap().to_owned();
    let speaker = feed["speakers"][0]["id"].as_str().unwrap().to_owned();
    let pages = [
        ("/".to_owned(), "main h1", false),
        ("/agenda".to_owned(), "main .session-title", true),
        (format!("/agenda/{session}"), "main h1", true),
        (format!("/speakers/{speaker}"), "main h1", false),
    ];
    let pages: Vec<_> = pages
        .into_iter()
        .filter(|(path, _, _)| {
            only.as_deref()
                .is_none_or(|only| only.split(',').any(|p| p == path))
        })
        .collect();
    let nginx = Nginx::start(&site, "/");
    println!("{}", site.display());
    println!(
        "{:<28} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}  (medians of {visits} cold visits; Lighthouse's mobile network and CPU)",
        "page", "content", "FCP", "LCP", "app", "task", "tap wait"
    );
    run(async {
        for (path, css, star) in &pages {
            let (mut content, mut fcp, mut app, mut wait) = (vec![], vec![], vec![], vec![]);
            let mut task = vec![];
            let mut largest = vec![];
            let mut kept = 0;
            for _ in 0..visits {
                let browser = at(support::PHONE).browser().await;
                browser.cdp("Network.enable", json!({})).await;
                // Cold: nothing from any cache.
                browser.cdp("Network.clearBrowserCache", json!({})).await;
                browser
                    .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
                    .await;
                browser
                    .cdp(
                        "Network.emulateNetworkConditions",
                        json!({
                            "offline": false,
                            "latency": 150,
                            "downloadThroughput": 1_638_400 / 8,
                            "uploadThroughput": 750_000 / 8,
                        }),
                    )
                    .await;
                browser
                    .cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
                    .await;
                browser
                    .cdp(
                        "Page.addScriptToEvaluateOnNewDocument",
                        json!({ "source": WATCH.replace("CSS", &json!(css).to_string()) }),
                    )
                    .await;
                let url = format!("http://127.0.0.1:{}{path}", nginx.port);
                browser.visit(&url).await;
                support::eventually("the content showed", || async {
                    browser.eval("return !!window.__seen.content").await == true
                })
                .await;
                if *star {
                    // Tapped as soon as the content is painted (the star's centre, by CDP).
                    support::eventually("the first paint", || async {
                        browser
                            .eval("return performance.getEntriesByName('first-contentful-paint').length > 0")
                            .await
                            == true
                    })
                    .await;
                    let point = browser
                        .eval(
                            "const r = document.querySelector('main button.star').getBoundingClientRect();
                             return [r.x + r.width / 2, r.y + r.height / 2]",
                        )
                        .await;
                    for kind in ["mousePressed", "mouseReleased"] {
                        browser
                            .cdp(
                                "Input.dispatchMouseEvent",
                                json!({ "type": kind, "x": point[0].clone(), "y": point[1].clone(),
                                        "button": "left", "clickCount": 1 }),
                            )
                            .await;
                    }
                }
                support::eventually("the app took over", || async {
                    browser.eval("return !!window.__seen.app").await == true
                })
                .await;
                let seen = browser
                    .eval(
                        "return [window.__seen.content,
                          performance.getEntriesByName('first-contentful-paint')[0].startTime,
                          window.__seen.app, window.__seen.delay ?? -1, window.__seen.largest]",
                    )
                    .await;
                if std::env::var("BENCH_DEBUG").is_ok() {
                    println!("{}", browser.eval("return [performance.getEntriesByType('navigation').map(e => [Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize, Math.round(e.domInteractive)])].concat(performance.getEntriesByType('resource').map(e => [e.name.slice(-30), Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize, e.encodedBodySize]))").await);
                }
                // On screen once painted: not before the first paint.
                content.push(seen[0].as_f64().unwrap().max(seen[1].as_f64().unwrap()));
                fcp.push(seen[1].as_f64().unwrap());
                largest.push(seen[4].as_f64().unwrap());
                app.push(seen[2].as_f64().unwrap());
                // Long tasks are reported when they end: a moment for the last.
                tokio_sleep(300).await;
                task.push(
                    browser
                        .eval("return window.__seen.task")
                        .await
                        .as_f64()
                        .unwrap(),
                );
                if *star {
                    wait.push(seen[3].as_f64().unwrap());
                    // Was the tap kept? Starred once the app runs, or lost.
                    tokio_sleep(1500).await;
                    let starred = browser
                        .eval("return document.querySelector('main button.star')?.getAttribute('aria-pressed')")
                        .await;
                    kept += usize::from(starred == "true");
                }
            }
            let tap = if *star {
                format!(
                    "{:>7.0}ms  (starred after {kept} of {visits} taps)",
                    median(wait)
                )
            } else {
                format!("{:>9}", "")
            };
            println!(
                "{path:<28} {:>7.0}ms {:>7.0}ms {:>7.0}ms {:>7.0}ms {:>7.0}ms {tap}",
                median(content),
                median(fcp),
                median(largest),
                median(app),
                median(task)
            );
        }
    });
}

/// Waits `ms` milliseconds without blocking the runtime.
#[cfg(not(target_arch = "wasm32"))]
async fn tokio_sleep(ms: u64) {
    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
}
