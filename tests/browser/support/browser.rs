//! Headless Chromium driven through chromedriver (WebDriver), one per test.

use super::Viewport;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// How long to wait for the portal to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// A DevTools protocol command, sent through chromedriver.
#[derive(Debug)]
struct Cdp {
    command: String,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// A running chromedriver and a browser session on it; both end when dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    pub downloads: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn find(program: &str, candidates: &[&str]) -> String {
    candidates
        .iter()
        .find(|path| Path::new(path).exists())
        .map(|path| path.to_string())
        .unwrap_or_else(|| {
            panic!("{program} is not installed: run `make test`, which installs Debian's chromium and chromium-driver")
        })
}

impl Browser {
    /// Starts chromedriver and headless Chromium with a fresh profile, at `viewport`.
    pub async fn start((width, height): Viewport) -> Self {
        Self::start_with(width, height, &[]).await
    }

    /// [`Browser::start`], in dark mode (`prefers-color-scheme: dark`).
    pub async fn start_dark((width, height): Viewport) -> Self {
        Self::start_with(
            width,
            height,
            &[
                "--force-dark-mode",
                "--blink-settings=preferredColorScheme=0",
            ],
        )
        .await
    }

    /// [`Browser::start`], with the computer's clock in time zone `zone` (IANA name).
    pub async fn start_in_zone((width, height): Viewport, zone: &str) -> Self {
        Self::launch(width, height, &[], Some(zone)).await
    }

    /// [`Browser::start`], with the browser's preferred languages set to `languages`
    /// (comma-separated tags, as `navigator.languages` and `Accept-Language` give them).
    pub async fn start_in_languages((width, height): Viewport, languages: &str) -> Self {
        Self::launch_with(width, height, &[], None, Some(languages)).await
    }

    /// [`Browser::start`] with more Chromium arguments.
    async fn start_with(width: u32, height: u32, extra: &[&str]) -> Self {
        Self::launch(width, height, extra, None).await
    }

    async fn launch(width: u32, height: u32, extra: &[&str], zone: Option<&str>) -> Self {
        Self::launch_with(width, height, extra, zone, None).await
    }

    async fn launch_with(
        width: u32,
        height: u32,
        extra: &[&str],
        zone: Option<&str>,
        languages: Option<&str>,
    ) -> Self {
        // English unless a test asks for others, whatever the machine's own locale.
        let languages = languages.unwrap_or("en-GB,en");
        let chromedriver = find("chromedriver", &["/usr/bin/chromedriver"]);
        let chromium = find(
            "chromium",
            &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        );
        let port = free_port();
        let mut driver = Command::new(chromedriver);
        // Chromium inherits chromedriver's environment and reads its zone from TZ: UTC
        // unless a test asks for another, whatever the machine's own zone.
        driver.env("TZ", zone.unwrap_or("UTC"));
        let driver = driver
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let scratch = std::env::temp_dir().join(format!("event-portal-browser-{port}"));
        let profile = scratch.join("profile");
        let downloads = scratch.join("downloads");
        std::fs::create_dir_all(&downloads).unwrap();
        let mut args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={width},{height}"),
        ];
        args.push(format!(
            "--lang={}",
            languages.split(',').next().unwrap_or("en")
        ));
        args.extend(extra.iter().map(|arg| arg.to_string()));
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                    "intl.accept_languages": languages,
                }
            }
        });
        let capabilities = match capabilities {
            serde_json::Value::Object(map) => map,
            _ => unreachable!(),
        };
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            match ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if started.elapsed() < Duration::from_secs(20) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("could not start a browser session: {e}"),
            }
        };
        let browser = Self {
            client,
            driver,
            profile: scratch,
            downloads,
        };
        browser.resize((width, height)).await;
        browser
    }

    /// Makes the viewport exactly `viewport`, in CSS pixels.
    pub async fn resize(&self, (width, height): Viewport) {
        self.client.set_window_size(width, height).await.unwrap();
        let inner: (u64, u64) = serde_json::from_value(
            self.client
                .execute("return [window.innerWidth, window.innerHeight]", vec![])
                .await
                .unwrap(),
        )
        .unwrap();
        // Headless windows have no browser chrome, so window and viewport agree; if a
        // platform adds some, grow the window by the difference.
        if inner != (u64::from(width), u64::from(height)) {
            let w = 2 * width - inner.0 as u32;
            let h = 2 * height - inner.1 as u32;
            self.client.set_window_size(w, h).await.unwrap();
        }
    }

    /// Sends a DevTools protocol command to the page (through chromedriver's
    /// `goog/cdp/execute`) and returns its result.
    pub async fn cdp(&self, command: &str, params: serde_json::Value) -> serde_json::Value {
        self.client
            .issue_cmd(Cdp {
                command: command.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("DevTools command {command} failed: {e}"))
    }

    /// Records the page's `securitypolicyviolation` events from the start of every page
    /// loaded from now on; [`Browser::policy_violations`] reads them.
    pub async fn record_policy_violations(&self) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "window.__violations = [];
                addEventListener('securitypolicyviolation', (e) => window.__violations.push(
                  e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' +
                  e.sourceFile + ':' + e.lineNumber + ' (' + e.sample + ')'), true);" }),
        )
        .await;
    }

    /// The Content-Security-Policy violations of the page so far (see
    /// [`Browser::record_policy_violations`]).
    pub async fn policy_violations(&self) -> Vec<String> {
        serde_json::from_value(
            self.eval("return window.__violations || ['not recording']")
                .await,
        )
        .unwrap()
    }

    /// Waits until an activated service worker controls the page.
    pub async fn wait_for_service_worker(&self) {
        crate::support::eventually("no service worker took control of the page", || async {
            self.eval(
                "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller
                   && navigator.serviceWorker.controller.state === 'activated'",
            )
            .await
                == serde_json::Value::Bool(true)
        })
        .await;
    }

    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    /// Waits for an element matching `css` whose text satisfies `test`, and returns it.
    pub async fn wait_for(&self, css: &str, test: impl Fn(&str) -> bool) -> Element {
        let started = Instant::now();
        let mut seen = Vec::new();
        loop {
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                seen.clear();
                for element in elements {
                    if let Ok(text) = element.text().await {
                        if test(&text) {
                            return element;
                        }
                        seen.push(text);
                    }
                }
            }
            if started.elapsed() > PATIENCE {
                panic!("no `{css}` with the expected text appeared; saw {seen:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for an element matching `css` that says exactly `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> Element {
        self.wait_for(css, |t| t.trim() == text).await
    }

    /// The texts of every element matching `css`, now. (When the page replaces an
    /// element while it is being read, as a live update does, it reads them again.)
    pub async fn texts(&self, css: &str) -> Vec<String> {
        'again: for _ in 0..20 {
            let mut out = Vec::new();
            for element in self.client.find_all(Locator::Css(css)).await.unwrap() {
                match element.text().await {
                    Ok(text) => out.push(text.trim().to_owned()),
                    Err(_) => continue 'again,
                }
            }
            return out;
        }
        panic!("`{css}` kept changing while it was read");
    }

    /// Clicks the element `locator` finds (which must be there).
    pub async fn click(&self, locator: Locator<'_>) {
        self.client
            .find(locator)
            .await
            .unwrap_or_else(|e| panic!("nothing to click: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// Chooses the interface's language `tag` (`ar`) from the picker, as a visitor
    /// would: on a phone, where the six languages sit behind one button, it opens that
    /// button first.
    pub async fn choose_language(&self, tag: &str) {
        self.open_disclosure("#language-toggle").await;
        self.click(Locator::Css(&format!("#language-{tag}"))).await;
    }

    /// Opens the agenda's filters, as a visitor would: on a phone, where they sit behind
    /// one "Filters" button, it presses that button (wider, they are always shown).
    pub async fn open_filters(&self) {
        self.open_disclosure("#filters-toggle").await;
    }

    /// Presses the disclosure button `css` finds if it is shown and closed (phones show
    /// it; wider screens show what it holds instead).
    async fn open_disclosure(&self, css: &str) {
        let toggle = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"));
        if toggle.is_displayed().await.unwrap()
            && toggle.attr("aria-expanded").await.unwrap().as_deref() != Some("true")
        {
            toggle.click().await.unwrap();
        }
    }

    /// Types `text` into the field `css` finds, key by key, as a visitor would.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no field `{css}`: {e}"))
            .send_keys(text)
            .await
            .unwrap();
    }

    /// Presses `keys` together (as a chord: Shift then Tab) and lets them go, on
    /// whatever has focus, as a keyboard does.
    pub async fn press(&self, keys: &[Key]) {
        let mut actions = KeyActions::new("keyboard".into());
        for key in keys {
            actions = actions.then(KeyAction::Down {
                value: (*key).into(),
            });
        }
        for key in keys.iter().rev() {
            actions = actions.then(KeyAction::Up {
                value: (*key).into(),
            });
        }
        self.client.perform_actions(actions).await.unwrap();
    }

    /// What has focus, described as `tag#id[attributes] text`, for the keyboard tests.
    pub async fn focused(&self) -> String {
        let described = self
            .eval(
                "const e = document.activeElement;
                 if (!e) return '';
                 const attrs = ['href', 'aria-pressed', 'aria-current', 'download', 'lang']
                   .filter(a => e.hasAttribute(a)).map(a => `[${a}=${e.getAttribute(a)}]`).join('');
                 return `${e.tagName.toLowerCase()}#${e.id}${attrs} ${e.textContent.trim()}`;",
            )
            .await;
        described.as_str().unwrap_or_default().to_owned()
    }

    /// Presses `keys` until what has focus satisfies `test` (at most `most` times), and
    /// returns its description; fails with the path the focus took otherwise.
    pub async fn press_until(
        &self,
        keys: &[Key],
        most: usize,
        test: impl Fn(&str) -> bool,
    ) -> String {
        let mut path = Vec::new();
        for _ in 0..most {
            self.press(keys).await;
            let focused = self.focused().await;
            if test(&focused) {
                return focused;
            }
            path.push(focused);
        }
        panic!(
            "the keyboard never reached it; focus went through:\n{}",
            path.join("\n")
        );
    }

    /// Runs a script and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Ends the session. (Dropping also stops chromedriver, which ends Chromium.)
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A test that failed never closed its session: end its Chromium by profile.
        let _ = Command::new("pkill")
            .arg("-f")
            .arg(self.profile.display().to_string())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
