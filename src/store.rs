//! The one place the feed is fetched, and the store every page reads it from.
//!
//! ```text
//! event.json --fetch--> feed::load (parse + validate) --> FeedStore { feed, status }
//!                                                     --> pages (read only)
//! ```
//! A failed load never takes away a feed that loaded before: `feed` keeps the last good
//! value and `status` says what went wrong, so pages can show both.
//!
//! Live updates: the store checks the feed again every `refresh` seconds (a little
//! jitter; while the tab is hidden it waits, and it checks at once when the tab is shown
//! again or the browser comes back online), backing off on failures up to ten times
//! `refresh`. Requests revalidate (`cache: no-cache`): the browser sends the validators
//! it holds, and an unchanged feed costs a `304` and no body. A request that takes more
//! than [`TIMEOUT`] (10 seconds) is abandoned. A feed whose text is the same as the shown one's is not
//! read again. The last good feed is kept in `localStorage`: on the next visit it is on
//! screen before the network answers (stale-while-revalidate).
//!
//! The store holds its sources (the published feed as last fetched, and in the preview
//! build an organiser's draft) and derives the rest: `feed`, what every page shows, is
//! the draft while one is previewed and the published feed otherwise, so leaving a
//! preview needs no fetch, and the checks in the background keep the published feed
//! current meanwhile.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::feed::changes::{Changes, changes};
use crate::feed::{self, Diagnostic, Feed, Severity};
use crate::http::{self, Ask, HttpError};

/// Where the feed lives, relative to the page's `<base href>`.
pub const FEED_URL: &str = "event.json";

/// Storage keys of the last good feed's text and of when it was last known current.
const STORED_FEED: &str = "event-portal/feed";
const STORED_CHECKED: &str = "event-portal/feed-checked";

/// A request for the feed is abandoned after this long.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Why the feed could not be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FeedError {
    /// Fetching it failed (no answer, an error status, too slow).
    #[error(transparent)]
    Http(#[from] HttpError),
    #[error("the feed is not usable: {0}")]
    Invalid(String),
    #[error("the feed is larger than the {} MB the portal reads", feed::MAX_BYTES / 1_000_000)]
    TooLarge,
}

/// Where loading stands.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedStatus {
    Loading,
    Ready,
    /// The network did not answer and the service worker's kept copy is shown: the last
    /// good data, not known to be current.
    Offline,
    Failed(FeedError),
}

/// A draft feed an organiser is previewing, as the checks found it.
#[cfg(feature = "preview")]
#[derive(Debug, PartialEq)]
pub struct Draft {
    /// The file's name, as the organiser chose it.
    pub file: String,
    /// The organisers' page it came from, for the way back (`preview/`, `edit/`).
    pub back: &'static str,
    /// Every problem, reading errors first, then the warnings of `feed::lint`.
    pub diagnostics: Vec<Diagnostic>,
    /// The feed, when the portal could be built from it: every page then shows it.
    pub feed: Option<Arc<Feed>>,
    /// When it could not: the event's title as far as it is written, if the draft is
    /// JSON and has one (the editor's header shows it, not the published event's).
    pub title: Option<crate::feed::json::Node>,
}

/// What the store keeps between checks.
#[derive(Default)]
struct Poll {
    /// A hash of the shown feed's text: the same text is not read twice.
    hash: Option<u64>,
    /// Failed checks in a row, for the back-off.
    failures: u32,
    /// A check is under way.
    busy: bool,
    /// The next check, when one is scheduled.
    timer: Option<TimeoutHandle>,
    /// A check fell due while the tab was hidden: check when it is shown.
    due: bool,
    /// Checks made since the page was opened.
    checks: u32,
}

/// What changed while the visitor watched: for the markers on sessions and the notices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Seen {
    /// Ids of sessions whose time, room or status changed since the page was opened.
    pub changed: Vec<String>,
    /// The latest changes, to announce (cleared when the visitor dismisses them).
    pub news: Changes,
}

/// What pages show. In the organisers' preview build, a `Memo` of the draft and the
/// published feed, compared by identity (a feed is read once; comparing two whole feeds
/// would cost more than the pages it spares). The visitors' build has no draft: what
/// pages show is the published feed itself, read-only (a `Memo` of nothing else to
/// derive from would cost wasm for no behaviour: README, "Size").
#[cfg(feature = "preview")]
pub type ShownFeed = Memo<Option<Arc<Feed>>>;
#[cfg(not(feature = "preview"))]
pub type ShownFeed = ReadSignal<Option<Arc<Feed>>>;

/// The current feed and how its loading went, shared through context.
#[derive(Clone, Copy)]
pub struct FeedStore {
    /// What every page shows: the draft while one is previewed, else the last published
    /// feed that loaded, if any ever did (see [`ShownFeed`]).
    pub feed: ShownFeed,
    /// The published feed as last fetched.
    published: RwSignal<Option<Arc<Feed>>>,
    /// How fetching the published feed went.
    pub status: ReadSignal<FeedStatus>,
    /// When the shown feed was last known to be current (ms since the epoch).
    pub checked: ReadSignal<Option<f64>>,
    /// What changed since the page was opened.
    pub seen: ReadSignal<Arc<Seen>>,
    set_checked: WriteSignal<Option<f64>>,
    set_seen: WriteSignal<Arc<Seen>>,
    poll: StoredValue<Poll, LocalStorage>,
    /// The draft being previewed, if any (in the preview build only).
    #[cfg(feature = "preview")]
    pub draft: ReadSignal<Option<Arc<Draft>>>,
    set_status: WriteSignal<FeedStatus>,
    #[cfg(feature = "preview")]
    set_draft: WriteSignal<Option<Arc<Draft>>>,
}

impl FeedStore {
    /// A store with no feed yet; [`FeedStore::start`] fetches one and keeps checking.
    pub fn new() -> Self {
        let published = RwSignal::new(None::<Arc<Feed>>);
        let (status, set_status) = signal(FeedStatus::Loading);
        let (checked, set_checked) = signal(None);
        let (seen, set_seen) = signal(Arc::new(Seen::default()));
        #[cfg(feature = "preview")]
        let (draft, set_draft) = signal(None::<Arc<Draft>>);
        #[cfg(feature = "preview")]
        let feed = Memo::new_with_compare(
            move |_| {
                draft
                    .with(|draft| draft.as_ref().and_then(|d| d.feed.clone()))
                    .or_else(|| published.get())
            },
            |before, now| match (before, now) {
                (Some(Some(before)), Some(Some(now))) => !Arc::ptr_eq(before, now),
                (Some(None), Some(None)) => false,
                _ => true,
            },
        );
        #[cfg(not(feature = "preview"))]
        let feed = published.read_only();
        Self {
            feed,
            published,
            status,
            checked,
            seen,
            set_checked,
            set_seen,
            poll: StoredValue::new_local(Poll::default()),
            #[cfg(feature = "preview")]
            draft,
            set_status,
            #[cfg(feature = "preview")]
            set_draft,
        }
    }

    /// A store showing `feed`, loaded and current, that never fetches: for pages
    /// rendered at publish time (`render`).
    #[cfg(feature = "render")]
    pub fn rendered(feed: Arc<Feed>) -> Self {
        let store = Self::new();
        store.published.set(Some(feed));
        store.set_status.set(FeedStatus::Ready);
        store
    }

    /// Checks a draft feed with the portal's own validation and, when it can be read,
    /// shows it on every page in place of the published one. Nothing leaves the browser.
    /// A draft that cannot be read shows what the checks found, and the published feed.
    #[cfg(feature = "preview")]
    pub fn preview(self, file: String, json: &str, back: &'static str) {
        let loaded = feed::load_with(json, crate::intl::is_time_zone);
        let mut diagnostics = loaded.diagnostics;
        if let Some(draft) = &loaded.feed {
            diagnostics.extend(feed::lint(draft));
        }
        let title = loaded
            .feed
            .is_none()
            .then(|| feed::json::parse(json).ok())
            .flatten()
            .and_then(|root| root.get("event")?.get("title").cloned());
        self.set_draft.set(Some(Arc::new(Draft {
            file,
            back,
            diagnostics: feed::in_file_order(diagnostics),
            feed: loaded.feed.map(Arc::new),
            title,
        })));
    }

    /// Ends a preview: the pages show the published feed again.
    #[cfg(feature = "preview")]
    pub fn leave_preview(self) {
        self.set_draft.set(None);
    }

    /// Shows the feed kept from the last visit, if any, then checks the published one
    /// and keeps checking (see the module's documentation).
    pub fn start(self) {
        if let Some(text) = read_storage(STORED_FEED)
            && let Some(feed) = feed::load_with(&text, crate::intl::is_time_zone).feed
        {
            self.poll.update_value(|poll| poll.hash = Some(hash(&text)));
            self.published.set(Some(Arc::new(feed)));
            // Whole milliseconds: float parsing and printing would add 20 KB to the wasm.
            let checked = read_storage(STORED_CHECKED).and_then(|t| t.parse::<i64>().ok());
            self.set_checked.set(checked.map(|ms| ms as f64));
        }
        let check_now = move || {
            self.poll.update_value(|poll| poll.due = false);
            self.load();
        };
        // The page's lifetime: the handles are never removed. `visibilitychange` is
        // fired at the document and bubbles to the window.
        let _ = window_event_listener_untyped("visibilitychange", move |_| {
            if !document_hidden() && self.poll.with_value(|poll| poll.due) {
                check_now();
            }
        });
        let _ = window_event_listener_untyped("online", move |_| check_now());
        self.load();
    }

    /// Takes back the visitor's notices of changes (the markers on sessions stay).
    pub fn dismiss_news(self) {
        self.set_seen
            .update(|seen| Arc::make_mut(seen).news = Changes::default());
    }

    /// Checks the feed now, in the background, and schedules the next check. The first
    /// load takes the start script's request for the feed (which `index.html` preloads, and
    /// whose title the first paint shows: src/web/first-paint.js); later ones
    /// revalidate with the server.
    pub fn load(self) {
        if self.poll.with_value(|poll| poll.busy) {
            return;
        }
        // The page's first check takes what the start script fetched (a return visit's too).
        let first = self.poll.with_value(|poll| poll.checks == 0);
        self.poll.update_value(|poll| {
            poll.busy = true;
            poll.checks += 1;
            if let Some(timer) = poll.timer.take() {
                timer.clear();
            }
        });
        if self.published.with_untracked(Option::is_none) {
            self.set_status.set(FeedStatus::Loading);
        }
        spawn_local(async move {
            let known = self.poll.with_value(|poll| poll.hash);
            let (result, offline) = match fetch(!first, known).await {
                Ok((fetched, offline)) => (Ok(fetched), offline),
                Err(error) => (Err(error), false),
            };
            // Reading the feed and building pages from it are two tasks, not one long
            // one: the browser may paint and handle input in between.
            if matches!(result, Ok(Checked::New(..))) {
                next_task().await;
            }
            self.poll.update_value(|poll| poll.busy = false);
            let ok = match result {
                Ok(Checked::Same) => true,
                Ok(Checked::New(text, hash, feed)) => {
                    self.apply(*feed);
                    self.poll.update_value(|poll| poll.hash = Some(hash));
                    write_storage(STORED_FEED, &text);
                    true
                }
                Err(error) => {
                    log_error(&format!("Event Portal: {error}"));
                    self.set_status.set(FeedStatus::Failed(error));
                    false
                }
            };
            if ok && offline {
                // The service worker's copy: shown, but not known to be current.
                log_warning("Event Portal: offline, showing the copy kept on this device");
                self.set_status.set(FeedStatus::Offline);
            } else if ok {
                let now = js_sys::Date::now();
                self.set_status.set(FeedStatus::Ready);
                self.set_checked.set(Some(now));
                write_storage(STORED_CHECKED, &(now as i64).to_string());
            }
            self.schedule(ok && !offline);
        });
    }

    /// Shows a newer published feed, noting what changed against the one before.
    fn apply(self, feed: Feed) {
        if let Some(old) = self.published.get_untracked() {
            let found = changes(&old, &feed);
            if !found.is_empty() {
                self.set_seen.update(|seen| {
                    let seen = Arc::make_mut(seen);
                    for change in &found.sessions {
                        if !seen.changed.contains(&change.id) {
                            seen.changed.push(change.id.clone());
                        }
                    }
                    let news = &mut seen.news;
                    news.new_updates.extend(found.new_updates);
                    news.new_sessions.extend(found.new_sessions);
                    news.sessions
                        .retain(|c| !found.sessions.iter().any(|f| f.id == c.id));
                    news.sessions.extend(found.sessions);
                });
            }
        }
        self.published.set(Some(Arc::new(feed)));
    }

    /// The next check: after `refresh` seconds, doubled after each failure up to ten
    /// times, give or take a tenth (so that a thousand portals do not ask at once).
    fn schedule(self, ok: bool) {
        let refresh = self
            .published
            .with_untracked(|feed| feed.as_ref().map(|f| f.refresh))
            .unwrap_or(feed::DEFAULT_REFRESH);
        let failures = self.poll.with_value(|poll| poll.failures);
        let failures = if ok { 0 } else { failures + 1 };
        let factor = 2f64.powi(failures.min(4) as i32).min(10.0);
        let jitter = 0.9 + 0.2 * js_sys::Math::random();
        let delay = f64::from(refresh) * 1000.0 * factor * jitter;
        let timer = set_timeout_with_handle(
            move || {
                if document_hidden() {
                    self.poll.update_value(|poll| poll.due = true);
                } else {
                    self.load();
                }
            },
            Duration::from_millis(delay as u64),
        )
        .ok();
        self.poll.update_value(|poll| {
            poll.failures = failures;
            poll.timer = timer;
        });
    }
}

impl Default for FeedStore {
    fn default() -> Self {
        Self::new()
    }
}

/// What a check found.
enum Checked {
    /// The same text as the feed on screen (or a `304`).
    Same,
    /// A new, readable feed: its text, the text's hash, and the feed.
    New(String, u64, Box<Feed>),
}

/// A cheap fingerprint of the feed's text.
fn hash(text: &str) -> u64 {
    crate::hash::of_text(text)
}

/// Resolves in a later task of the event loop (a `setTimeout` of 0).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn document_hidden() -> bool {
    document().hidden()
}

fn read_storage(key: &str) -> Option<String> {
    window().local_storage().ok()??.get_item(key).ok()?
}

fn write_storage(key: &str, value: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        // Full or refused: the next visit waits for the network, as the first one did.
        let _ = storage.set_item(key, value);
    }
}

/// Fetches the feed; `true` with it when it is the service worker's offline copy.
async fn fetch(revalidate: bool, known: Option<u64>) -> Result<(Checked, bool), FeedError> {
    let ask = Ask {
        revalidate,
        timeout: Some(TIMEOUT),
        // The page's first check (see `load`).
        started_feed: !revalidate,
    };
    let http::Fetched { text, offline } = http::get_text(FEED_URL, ask).await?;
    // Past the limit, a feed is refused unread: reading it could stall a phone.
    if text.len() > feed::MAX_BYTES {
        return Err(FeedError::TooLarge);
    }
    let fingerprint = hash(&text);
    if known == Some(fingerprint) {
        return Ok((Checked::Same, offline));
    }
    let loaded = feed::load_with(&text, crate::intl::is_time_zone);
    // Organisers read these in the browser's console: the validator's own words.
    for diagnostic in &loaded.diagnostics {
        match diagnostic.severity {
            Severity::Error => log_error(&format!("event.json: {diagnostic}")),
            Severity::Warning => log_warning(&format!("event.json: {diagnostic}")),
        }
    }
    // The first problem, for the error page's detail line.
    match loaded.feed {
        Some(feed) => Ok((Checked::New(text, fingerprint, Box::new(feed)), offline)),
        None => Err(FeedError::Invalid(
            loaded
                .diagnostics
                .first()
                .map(Diagnostic::to_string)
                .unwrap_or_default(),
        )),
    }
}

fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

fn log_warning(message: &str) {
    web_sys::console::warn_1(&message.into());
}
