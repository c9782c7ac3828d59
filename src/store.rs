//! The one place the feed is fetched, and the store every page reads it from.
//!
//! ```text
//! event.json --fetch--> feed::load (parse + validate) --> FeedStore { feed, status }
//!                                                     --> pages (read only)
//! ```
//! A failed load never takes away a feed that loaded before: `feed` keeps the last good
//! value and `status` says what went wrong, so pages can show both.
//!
//! On `/preview` an organiser's draft takes the published feed's place in `feed`, and
//! `draft` says so (and holds what the checks found), until they leave the preview.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::RequestCache;

use crate::feed::{self, Diagnostic, Feed, Severity};

/// Where the feed lives, relative to the page's `<base href>`.
pub const FEED_URL: &str = "event.json";

/// Why the feed could not be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FeedError {
    #[error("the network did not answer ({0})")]
    Network(String),
    #[error("the server answered {0}")]
    Status(u16),
    #[error("the feed is not usable: {0}")]
    Invalid(String),
    #[error("the feed is larger than the 2 MB the portal reads")]
    TooLarge,
}

/// Where loading stands.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedStatus {
    Loading,
    Ready,
    Failed(FeedError),
}

/// A draft feed an organiser is previewing, as the checks found it.
#[cfg(feature = "preview")]
#[derive(Debug, PartialEq)]
pub struct Draft {
    /// The file's name, as the organiser chose it.
    pub file: String,
    /// Every problem, reading errors first, then the warnings of `feed::lint`.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the portal could be built from it (and now shows it).
    pub shown: bool,
}

/// The current feed and how its loading went, shared through context.
#[derive(Clone, Copy)]
pub struct FeedStore {
    /// The last feed that loaded, if any ever did; the draft while one is previewed.
    pub feed: ReadSignal<Option<Arc<Feed>>>,
    pub status: ReadSignal<FeedStatus>,
    /// The draft being previewed, if any (in the preview build only).
    #[cfg(feature = "preview")]
    pub draft: ReadSignal<Option<Arc<Draft>>>,
    set_feed: WriteSignal<Option<Arc<Feed>>>,
    set_status: WriteSignal<FeedStatus>,
    #[cfg(feature = "preview")]
    set_draft: WriteSignal<Option<Arc<Draft>>>,
}

impl FeedStore {
    /// A store with no feed yet; call [`FeedStore::load`] to fetch one.
    pub fn new() -> Self {
        let (feed, set_feed) = signal(None);
        let (status, set_status) = signal(FeedStatus::Loading);
        #[cfg(feature = "preview")]
        let (draft, set_draft) = signal(None);
        Self {
            feed,
            status,
            #[cfg(feature = "preview")]
            draft,
            set_feed,
            set_status,
            #[cfg(feature = "preview")]
            set_draft,
        }
    }

    /// Checks a draft feed with the portal's own validation and, when it can be read,
    /// shows it on every page in place of the published one. Nothing leaves the browser.
    #[cfg(feature = "preview")]
    pub fn preview(self, file: String, json: &str) {
        let was_shown = self.draft.get_untracked().is_some_and(|draft| draft.shown);
        let loaded = feed::load_with(json, crate::intl::is_time_zone);
        let mut diagnostics = loaded.diagnostics;
        let shown = loaded.feed.is_some();
        if let Some(draft) = loaded.feed {
            diagnostics.extend(feed::lint(&draft));
            self.set_feed.set(Some(Arc::new(draft)));
            self.set_status.set(FeedStatus::Ready);
        }
        self.set_draft.set(Some(Arc::new(Draft {
            file,
            diagnostics: feed::in_file_order(diagnostics),
            shown,
        })));
        if was_shown && !shown {
            // An earlier draft is no longer what the checks are about: never show it
            // unmarked. Back to the published feed.
            self.set_feed.set(None);
            self.load();
        }
    }

    /// Ends a preview: the published feed is loaded again.
    #[cfg(feature = "preview")]
    pub fn leave_preview(self) {
        if self.draft.get_untracked().is_some_and(|draft| draft.shown) {
            self.set_feed.set(None);
        }
        self.set_draft.set(None);
        self.load();
    }

    /// Fetches the feed in the background. The first load may be answered by the
    /// `<link rel="preload">` in `index.html`; a retry always asks the server again.
    pub fn load(self) {
        let first = self.feed.get_untracked().is_none()
            && self.status.get_untracked() == FeedStatus::Loading;
        self.set_status.set(FeedStatus::Loading);
        spawn_local(async move {
            let result = fetch(!first).await;
            // A draft being previewed stays on screen until the organiser leaves it.
            #[cfg(feature = "preview")]
            if self.draft.get_untracked().is_some_and(|draft| draft.shown) {
                return;
            }
            match result {
                Ok(feed) => {
                    self.set_feed.set(Some(Arc::new(feed)));
                    self.set_status.set(FeedStatus::Ready);
                }
                Err(error) => {
                    log_error(&format!("Event Portal: {error}"));
                    self.set_status.set(FeedStatus::Failed(error));
                }
            }
        });
    }
}

impl Default for FeedStore {
    fn default() -> Self {
        Self::new()
    }
}

async fn fetch(revalidate: bool) -> Result<Feed, FeedError> {
    let mut request = Request::get(FEED_URL);
    if revalidate {
        request = request.cache(RequestCache::NoCache);
    }
    let response = request.send().await.map_err(network_error)?;
    if !response.ok() {
        return Err(FeedError::Status(response.status()));
    }
    let text = response.text().await.map_err(network_error)?;
    // Past the limit, a feed is refused unread: reading it could stall a phone.
    if text.len() > feed::MAX_BYTES {
        return Err(FeedError::TooLarge);
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
    loaded.feed.ok_or_else(|| {
        FeedError::Invalid(
            loaded
                .diagnostics
                .first()
                .map(Diagnostic::to_string)
                .unwrap_or_default(),
        )
    })
}

/// The browser's own words for a failed request. (Matched, not formatted with
/// `Display`: that would pull serde_json's error messages into the wasm for a JSON
/// error this code never asks gloo-net to produce.)
fn network_error(error: gloo_net::Error) -> FeedError {
    FeedError::Network(match error {
        gloo_net::Error::JsError(js) => js.message,
        gloo_net::Error::GlooError(message) => message,
        gloo_net::Error::SerdeError(_) => String::new(),
    })
}

fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

fn log_warning(message: &str) {
    web_sys::console::warn_1(&message.into());
}
