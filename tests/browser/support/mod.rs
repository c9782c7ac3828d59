//! Shared pieces of the browser tests: the test server, the browser, the window sizes
//! they open at, and waiting.

pub mod browser;
pub mod nginx;
pub mod server;

use browser::Browser;
use server::Server;

/// The sample event's title (public/event.json).
pub const TITLE: &str =
    "Artificial Intelligence and Robotics: Reshaping the Future of Crime, Terrorism and Security";

/// A window's size, width by height in CSS pixels.
pub type Viewport = (u32, u32);
/// A phone, held upright.
pub const PHONE: Viewport = (375, 812);
/// A small phone: the first screen the programme must be on (issue 15).
pub const SMALL_PHONE: Viewport = (375, 667);
/// The narrowest screen WCAG's reflow asks for.
pub const NARROWEST: Viewport = (320, 640);
/// A laptop.
pub const DESKTOP: Viewport = (1280, 800);

/// The release build served by a fresh test server, and a fresh browser at `viewport`:
/// how most tests begin.
pub async fn open(viewport: Viewport) -> (Server, Browser) {
    let server = Server::start(&dist());
    let browser = Browser::start(viewport).await;
    (server, browser)
}

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

/// The release build the tests drive (`make dist` writes it; `DIST` overrides).
pub fn dist() -> PathBuf {
    let dist = std::env::var_os("DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dist.join("index.html").is_file() && dist.join("404.html").is_file(),
        "{} has no release build: run `make dist` first (make test does)",
        dist.display()
    );
    dist
}

/// The checker for Node that `make checker` builds (its wasm; checker/feedcheck.mjs runs it).
pub fn checker_wasm() -> PathBuf {
    let wasm = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/checker/feedcheck.wasm");
    assert!(
        wasm.is_file(),
        "{} is missing: run `make checker` first (make test does)",
        wasm.display()
    );
    wasm
}

/// The sample feed as JSON, to change in a test.
pub fn sample_feed() -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/event.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// One browser at a time: two Chromiums on two cores make timing flaky.
pub fn one_at_a_time() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs one browser test to completion, alone.
pub fn run(test: impl std::future::Future<Output = ()>) {
    let _alone = one_at_a_time();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(test);
}

/// Waits until `check` holds, asking every 100 ms; fails, saying `what` did not happen,
/// after [`browser::PATIENCE`].
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = std::time::Instant::now();
    while !check().await {
        assert!(started.elapsed() < browser::PATIENCE, "{what}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Writes `feed` as pretty JSON to a file the browser can be given, and returns the
/// file's path and text.
pub fn draft_file(name: &str, feed: &serde_json::Value) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("event-portal-drafts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let text = serde_json::to_string_pretty(feed).unwrap();
    std::fs::write(&path, &text).unwrap();
    (path, text)
}

/// Gives the preview page's file input a draft, as an organiser choosing it would.
pub async fn choose_draft(browser: &browser::Browser, path: &std::path::Path) {
    let input = browser
        .client
        .find(fantoccini::Locator::Css("input[type=file]"))
        .await
        .unwrap();
    input.send_keys(&path.display().to_string()).await.unwrap();
}
