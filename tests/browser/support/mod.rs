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

/// How a browser test begins: a fresh test server on the release build (serving the
/// sample feed, or the one given), and a fresh browser at a viewport, with the
/// visitor's settings. Both end when the test drops them, passed or failed.
///
/// `at(PHONE).feed(&feed).in_languages("ar").open("/agenda").await`
#[derive(Clone, Debug)]
pub struct Visit {
    viewport: Viewport,
    feed: Option<server::FeedReply>,
    settings: browser::Settings,
}

/// A visit at `viewport`, with the sample event and an English browser in UTC.
pub fn at(viewport: Viewport) -> Visit {
    Visit {
        viewport,
        feed: None,
        settings: browser::Settings::default(),
    }
}

impl Visit {
    /// The server answers `/event.json` with `feed` instead of the sample.
    pub fn feed(mut self, feed: &serde_json::Value) -> Self {
        self.feed = Some(server::FeedReply::json(feed.to_string()));
        self
    }

    /// The browser prefers `languages` (comma-separated tags).
    pub fn in_languages(mut self, languages: &str) -> Self {
        self.settings.languages = Some(languages.to_owned());
        self
    }

    /// The computer's clock is in time zone `zone` (IANA name).
    pub fn in_zone(mut self, zone: &str) -> Self {
        self.settings.zone = Some(zone.to_owned());
        self
    }

    /// The browser runs no script of the page's.
    pub fn without_javascript(mut self) -> Self {
        self.settings.no_script = true;
        self
    }

    /// The browser is in dark mode.
    pub fn dark(mut self) -> Self {
        self.settings.dark = true;
        self
    }

    /// A fresh browser with these settings (for a test that brings its own server).
    pub async fn browser(&self) -> Browser {
        Browser::launch(self.viewport, &self.settings).await
    }

    /// A fresh server and browser, the page not opened yet.
    pub async fn start(self) -> (Server, Browser) {
        let server = Server::start(&dist());
        if let Some(feed) = &self.feed {
            server.set_feed(feed.clone());
        }
        let browser = self.browser().await;
        (server, browser)
    }

    /// A fresh server and browser, at `path` on that server.
    pub async fn open(self, path: &str) -> (Server, Browser) {
        let (server, browser) = self.start().await;
        browser.open(&server.url(path)).await;
        (server, browser)
    }
}

/// The release build served by a fresh test server, and a fresh browser at `viewport`:
/// how most tests begin (`at(viewport).start()`).
pub async fn open(viewport: Viewport) -> (Server, Browser) {
    at(viewport).start().await
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

/// Renders the pages of `site`'s event.json into it, for a portal served at `base`, as
/// publishing does (renderer/render.mjs; `make renderer` builds what it runs).
pub fn render_pages(site: &std::path::Path, base: &str) {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("renderer/render.mjs");
    let rendered = std::process::Command::new("node")
        .arg(script)
        .arg(site)
        .arg(base)
        .env_remove("SITE_URL")
        .env_remove("URL")
        .output()
        .expect("run node renderer/render.mjs");
    assert!(
        rendered.status.success(),
        "render.mjs failed: {}",
        String::from_utf8_lossy(&rendered.stderr)
    );
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

/// The one way the browser tests wait: asks `check` every 50 ms until it gives
/// `Ok(value)`, and returns that value; after `limit`, fails with what `check` said
/// last (its `Err`), so a failure shows what the page showed instead.
pub async fn poll<T, F, Fut>(limit: std::time::Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, String>>,
{
    let started = std::time::Instant::now();
    loop {
        match check().await {
            Ok(value) => return value,
            Err(seen) if started.elapsed() >= limit => {
                panic!("waited {limit:?}: {seen}")
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
        }
    }
}

/// Waits until `check` holds; fails, saying `what` did not happen, after
/// [`browser::PATIENCE`].
pub async fn eventually<F, Fut>(what: &str, check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    eventually_within(browser::PATIENCE, what, check).await
}

/// [`eventually`], within `limit` (for what must happen in a given time).
pub async fn eventually_within<F, Fut>(limit: std::time::Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    poll(limit, || {
        let holds = check();
        async move {
            if holds.await {
                Ok(())
            } else {
                Err(format!("{what} did not happen"))
            }
        }
    })
    .await
}

/// Waits until `read` gives `expected`; fails with what it gave last.
pub async fn until_equal<E, T, F, Fut>(what: &str, expected: E, mut read: F)
where
    E: std::fmt::Debug,
    T: PartialEq<E> + std::fmt::Debug,
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    poll(browser::PATIENCE, || {
        let now = read();
        let expected = &expected;
        async move {
            let now = now.await;
            if now == *expected {
                Ok(())
            } else {
                Err(format!("{what}: expected {expected:?}, saw {now:?}"))
            }
        }
    })
    .await
}

/// Checks that `check` holds the whole of `span`, asking every 50 ms: for what must
/// not happen (no request while a tab is hidden), which only time can show.
pub async fn throughout<F, Fut>(span: std::time::Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = std::time::Instant::now();
    while started.elapsed() < span {
        assert!(check().await, "{what}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(check().await, "{what}");
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
