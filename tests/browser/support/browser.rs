//! Headless Chromium driven through chromedriver (WebDriver), one per test.

use super::Viewport;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

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

/// A running chromedriver and a browser session on it; both end when dropped, so no
/// test closes one by hand.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    pub downloads: PathBuf,
}

/// Starts chromedriver on a port of its choosing (`--port=0`), in the zone `zone`, and
/// returns it with the port it says it listens on. Its further output is read and
/// dropped, so that it never blocks on a full pipe. chromedriver also listens on the
/// same port over IPv6, and exits when that one is taken (once in a run of `make test`):
/// then it is started again.
fn start_chromedriver(zone: &str) -> (Child, u16) {
    use std::io::BufRead;
    let chromedriver = find("chromedriver", &["/usr/bin/chromedriver"]);
    let mut said = Vec::new();
    for _ in 0..5 {
        // Chromium inherits chromedriver's environment and reads its zone from TZ.
        let mut driver = Command::new(&chromedriver)
            .env("TZ", zone)
            .arg("--port=0")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let mut lines = std::io::BufReader::new(driver.stdout.take().unwrap()).lines();
        let port = lines.by_ref().map_while(Result::ok).find_map(|line| {
            let port = line
                .strip_prefix("ChromeDriver was started successfully on port ")
                .and_then(|port| port.trim_end_matches('.').parse().ok());
            said.push(line);
            port
        });
        if let Some(port) = port {
            std::thread::spawn(move || lines.for_each(drop));
            return (driver, port);
        }
        let _ = driver.wait();
    }
    panic!("chromedriver did not start; it said:\n{}", said.join("\n"))
}

/// A new, empty folder for one browser's profile and downloads.
fn fresh_scratch() -> PathBuf {
    static BROWSERS: AtomicUsize = AtomicUsize::new(0);
    let n = BROWSERS.fetch_add(1, Ordering::Relaxed);
    let scratch =
        std::env::temp_dir().join(format!("event-portal-browser-{}-{n}", std::process::id()));
    // Left by an earlier run whose process had this id: nothing runs in it now.
    let _ = std::fs::remove_dir_all(&scratch);
    scratch
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

/// The visitor's settings a browser starts with (see `support::Visit`).
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Preferred languages, comma-separated tags (`navigator.languages`,
    /// `Accept-Language`); English when `None`.
    pub languages: Option<String>,
    /// The computer's time zone (IANA name); UTC when `None`.
    pub zone: Option<String>,
    /// `prefers-color-scheme: dark`.
    pub dark: bool,
    /// JavaScript is turned off for pages (the test's own scripts still run).
    pub no_script: bool,
}

impl Browser {
    /// Starts chromedriver and headless Chromium with a fresh profile, at `viewport`.
    pub async fn start(viewport: Viewport) -> Self {
        Self::launch(viewport, &Settings::default()).await
    }

    /// Starts chromedriver and headless Chromium with a fresh profile, at `viewport`,
    /// with the visitor's `settings`.
    pub async fn launch((width, height): Viewport, settings: &Settings) -> Self {
        let zone = settings.zone.as_deref();
        let mut extra: Vec<&str> = Vec::new();
        let mut blink = Vec::new();
        if settings.dark {
            extra.push("--force-dark-mode");
            blink.push("preferredColorScheme=0");
        }
        if settings.no_script {
            blink.push("scriptEnabled=false");
        }
        let blink = format!("--blink-settings={}", blink.join(","));
        if blink.contains('=') && !blink.ends_with('=') {
            extra.push(&blink);
        }
        // English unless a test asks for others, whatever the machine's own locale.
        let languages = settings.languages.as_deref().unwrap_or("en-GB,en");
        let chromium = find(
            "chromium",
            &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        );
        // chromedriver picks its own free port and says which: a port chosen here and
        // handed over could be taken in between. UTC unless a test asks for another
        // zone, whatever the machine's own.
        let (driver, port) = start_chromedriver(zone.unwrap_or("UTC"));
        // A folder no other browser was given, this run or an earlier one: a profile
        // holds the languages and the storage of the test that used it.
        let scratch = fresh_scratch();
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
        // chromedriver answers once it has started.
        let client = crate::support::poll(Duration::from_secs(20), || async {
            ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
                .map_err(|e| format!("could not start a browser session: {e}"))
        })
        .await;
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

    /// Opens `url` and, when it is a page rendered at publish time, waits until the app
    /// has taken it over: the app's elements replace the rendered ones, so a test that
    /// acted on a rendered element would act on one about to go. (To see the rendered
    /// page itself, [`Browser::visit`].)
    pub async fn open(&self, url: &str) {
        self.visit(url).await;
        self.wait_for_app().await;
    }

    /// Waits until the app has taken over the page rendered at publish time (there is
    /// none left). A current page is the reader's until their first click or key (or
    /// five seconds alone, src/web/first-paint.js): a key that does nothing else (Shift)
    /// asks for the app as a visitor would.
    pub async fn wait_for_app(&self) {
        if self.shows_rendered_page().await {
            self.press(&[Key::Shift]).await;
        }
        crate::support::eventually("the app took over the rendered page", || async {
            !self.shows_rendered_page().await
        })
        .await;
    }

    /// Whether the page is still the one rendered at publish time (the app has not
    /// taken it over).
    pub async fn shows_rendered_page(&self) -> bool {
        self.eval("return !!document.querySelector('#shell.rendered')")
            .await
            == true
    }

    /// Opens `url`, and nothing more: what the page shows before the app starts.
    pub async fn visit(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    /// Waits for an element matching `css` whose text satisfies `test`, and returns what
    /// it showed then. Its text and attributes are read in the same script that found it
    /// (one task of the page), so a re-render between finding and reading cannot make
    /// them stale: read them from the [`Seen`], not from its element.
    pub async fn wait_for(&self, css: &str, test: impl Fn(&str) -> bool) -> Seen {
        self.wait_for_within(PATIENCE, css, test).await
    }

    /// [`Browser::wait_for`], within `limit` (for what must show in a given time).
    pub async fn wait_for_within(
        &self,
        limit: Duration,
        css: &str,
        test: impl Fn(&str) -> bool,
    ) -> Seen {
        crate::support::poll(limit, || async {
            let seen = self.seen(css).await;
            match seen.iter().position(|shown| test(&shown.text)) {
                Some(at) => Ok(seen.into_iter().nth(at).unwrap()),
                None => Err(format!(
                    "no `{css}` with the expected text appeared; saw {:?}",
                    seen.iter().map(|s| &s.text).collect::<Vec<_>>()
                )),
            }
        })
        .await
    }

    /// Waits for an element matching `css` that says exactly `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> Seen {
        self.wait_for(css, |t| t.trim() == text).await
    }

    /// Every element matching `css` now, with its text (as the visitor sees it: nothing
    /// for an element not rendered) and attributes, read in one script.
    pub async fn seen(&self, css: &str) -> Vec<Seen> {
        let found = self
            .client
            .execute(VISIBLE_TEXT, vec![json!(css)])
            .await
            .unwrap_or_else(|e| panic!("could not read `{css}`: {e}"));
        let found: Vec<(serde_json::Value, String, HashMap<String, String>)> =
            serde_json::from_value(found).unwrap();
        found
            .into_iter()
            .map(|(element, text, attributes)| {
                let id = element
                    .as_object()
                    .and_then(|o| o.values().next())
                    .and_then(|v| v.as_str())
                    .unwrap()
                    .to_owned();
                Seen {
                    element: Element::from_element_id(self.client.clone(), id.into()),
                    text: text.trim().to_owned(),
                    attributes,
                }
            })
            .collect()
    }

    /// Waits until the page says it is in language `lang` (`<html lang>`): the portal
    /// starts in English, compiled in, and turns to another language once its catalogue
    /// has arrived. Feed text is the same in every language, so a wait for it alone can
    /// pass before the turn.
    pub async fn wait_for_language(&self, lang: &str) {
        crate::support::until_equal("the page's language", lang, || async {
            self.eval("return document.documentElement.lang")
                .await
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .await;
    }

    /// The attribute `name` of the first element matching `css`, now.
    pub async fn attribute(&self, css: &str, name: &str) -> Option<String> {
        self.seen(css)
            .await
            .first()
            .and_then(|seen| seen.attr(name).map(str::to_owned))
    }

    /// The texts of every element matching `css`, now, read in one script (a live update
    /// replacing elements meanwhile cannot tear the list).
    pub async fn texts(&self, css: &str) -> Vec<String> {
        self.seen(css).await.into_iter().map(|s| s.text).collect()
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

    /// The folder of this browser's profile and downloads, removed when it is dropped.
    pub fn profile(&self) -> &Path {
        &self.profile
    }

    /// Runs a script and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Every test ends its browser here, passed or failed: Chromium by its profile,
        // then chromedriver. Chromium writes to its profile as it exits, so the folder
        // is removed once no process of it is left (else it comes back, half written,
        // and the next browser given it starts with this one's languages and storage).
        let chromium = format!(
            "user-data-dir={}( |$)",
            self.profile.join("profile").display()
        );
        let _ = Command::new("pkill").arg("-f").arg(&chromium).status();
        let started = std::time::Instant::now();
        while started.elapsed() < Duration::from_secs(10)
            && Command::new("pgrep")
                .arg("-f")
                .arg(&chromium)
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|status| status.success())
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("pkill")
            .arg("-KILL")
            .arg("-f")
            .arg(&chromium)
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Every element `arguments[0]` matches, as `[element, text, attributes]`, in one
/// script. The text is what a visitor sees, as WebDriver's "Get Element Text" gives it
/// (nothing for an element not shown, no text under `display: none` or hidden, a line
/// for each block, non-breaking spaces as spaces), but read from computed styles, not
/// from layout: `innerText` is empty for the agenda's lines that `content-visibility:
/// auto` leaves unrendered off screen, and forcing them to render would move the page.
const VISIBLE_TEXT: &str = "
const seen = (root) => {
  if (!root.checkVisibility()) return '';
  let out = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const style = getComputedStyle(node.parentElement);
      if (style.visibility !== 'visible') return;
      const text = style.whiteSpace.startsWith('pre') ? node.data : node.data.replace(/\\n/g, ' ');
      out += style.textTransform === 'uppercase' ? text.toUpperCase() : text;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const display = getComputedStyle(node).display;
    if (display === 'none' || node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
    if (node.tagName === 'BR') { out += '\\n'; return; }
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) out += '\\n';
    for (const child of node.childNodes) walk(child);
    if (block) out += '\\n';
  };
  walk(root);
  return out.replace(/\\u00a0/g, ' ').split('\\n')
    .map((line) => line.replace(/[ \\t\\r\\f]+/g, ' ').trim()).filter((line) => line)
    .join('\\n');
};
return [...document.querySelectorAll(arguments[0])].map((e) => [e, seen(e),
  Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]))]);
";

/// An element as a wait found it: its text and attributes as they were at that moment.
pub struct Seen {
    /// The element itself, to click or type into (it may since have been replaced).
    pub element: Element,
    /// Its rendered text, trimmed.
    pub text: String,
    attributes: HashMap<String, String>,
}

impl Seen {
    /// The attribute `name`, if the element had it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}
