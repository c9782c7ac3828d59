//! The portal's one way to fetch a text from its own site (the feed, a catalogue), with
//! one error type: what the network, the server or the clock said.

use std::time::Duration;

use gloo_net::http::{Request, Response};
use js_sys::Promise;
use leptos::prelude::set_timeout_with_handle;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, RequestCache};

#[wasm_bindgen]
extern "C" {
    /// The start script's request for the feed (src/web/first-paint.js), once; null
    /// after, and missing where there is no start script (`trunk serve`).
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = takeFeed)]
    fn take_feed(signal: Option<&AbortSignal>) -> Result<Option<Promise>, JsValue>;
}

/// The header the service worker (`src/web/sw.js`) adds to a copy it kept and answers
/// with when the network does not.
const OFFLINE_HEADER: &str = "event-portal-offline";

/// Why a text could not be fetched.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum HttpError {
    /// No answer: offline, refused, or the browser's own reason.
    #[error("the network did not answer ({0})")]
    Network(String),
    /// An answer with an error status.
    #[error("the server answered {0}")]
    Status(u16),
    /// No answer within the time allowed (the request is abandoned).
    #[error("the server did not answer within {} seconds", .0.as_secs())]
    TimedOut(Duration),
}

/// A text as fetched.
pub struct Fetched {
    pub text: String,
    /// The service worker's kept copy, not the network's answer.
    pub offline: bool,
}

/// How to ask.
#[derive(Clone, Copy, Default)]
pub struct Ask {
    /// Revalidate with the server (`cache: no-cache`): an unchanged file costs a `304`.
    pub revalidate: bool,
    /// Abandon the request after this long.
    pub timeout: Option<Duration>,
    /// The feed's first check: take the answer to the start script's request for it, if
    /// it made one and nobody took it yet (the first paint read the title from it): the
    /// feed is downloaded once.
    pub started_feed: bool,
}

/// Fetches the text at `url` (relative to the page's `<base href>`).
pub async fn get_text(url: &str, ask: Ask) -> Result<Fetched, HttpError> {
    let abort = ask.timeout.and_then(|_| AbortController::new().ok());
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = abort.clone().zip(ask.timeout).and_then(|(abort, timeout)| {
        let timed_out = timed_out.clone();
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                abort.abort();
            },
            timeout,
        )
        .ok()
    });
    let signal = abort.as_ref().map(AbortController::signal);
    let mut request = Request::get(url).abort_signal(signal.as_ref());
    if ask.revalidate {
        request = request.cache(RequestCache::NoCache);
    }
    let started = ask
        .started_feed
        .then(|| take_feed(signal.as_ref()).ok().flatten())
        .flatten();
    let result = async {
        let taken = match started {
            Some(started) => JsFuture::from(started).await.ok(),
            None => None,
        };
        // Asked anew when the start script's request failed: the browser's own reason.
        let response = match taken {
            Some(response) => Response::from(response.unchecked_into::<web_sys::Response>()),
            None => request.send().await.map_err(network_error)?,
        };
        if !response.ok() {
            return Err(HttpError::Status(response.status()));
        }
        let offline = response.headers().get(OFFLINE_HEADER).is_some();
        let text = response.text().await.map_err(network_error)?;
        Ok(Fetched { text, offline })
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result.map_err(|error| match ask.timeout {
        Some(timeout) if timed_out.get() => HttpError::TimedOut(timeout),
        _ => error,
    })
}

/// The browser's own words for a failed request. (Matched, not formatted with
/// `Display`: that would pull serde_json's error messages into the wasm for a JSON
/// error this code never asks gloo-net to produce.)
fn network_error(error: gloo_net::Error) -> HttpError {
    HttpError::Network(match error {
        gloo_net::Error::JsError(js) => js.message,
        gloo_net::Error::GlooError(message) => message,
        gloo_net::Error::SerdeError(_) => String::new(),
    })
}
