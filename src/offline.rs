//! What the browser can keep for a visitor with no network, as `src/web/offline.js`
//! lends it to the portal (`window.eventPortal`, release builds only; the service
//! worker itself is `src/web/sw.js`): whether a new version of the portal waits, the
//! documents saved for offline use, and how much the site stores. Every call fails
//! softly: under `trunk serve`, or in a browser without service workers, the portal
//! simply shows no offline controls.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = updateWaiting)]
    fn js_update_waiting() -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = update)]
    fn js_update() -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = canSave)]
    fn js_can_save() -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = savedBytes)]
    fn js_saved_bytes(url: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = save)]
    fn js_save(url: &str, progress: &Function) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = remove)]
    fn js_remove(url: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = eventPortal, js_name = usage)]
    fn js_usage() -> Result<Promise, JsValue>;
}

/// The window event `offline.js` sends when a new version starts waiting.
pub const UPDATE_EVENT: &str = "event-portal-update";

/// Whether a new version of the portal is installed and waits for a reload.
pub fn update_waiting() -> bool {
    js_update_waiting().unwrap_or(false)
}

/// Lets the waiting version take over; the page reloads when it has.
pub fn update() {
    if js_update().is_err() {
        let _ = leptos::prelude::window().location().reload();
    }
}

/// Whether documents can be saved for offline use here.
pub fn can_save() -> bool {
    js_can_save().unwrap_or(false)
}

async fn settle(promise: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

fn bytes(value: &JsValue) -> Option<u64> {
    value.as_f64().filter(|n| *n >= 0.0).map(|n| n as u64)
}

/// The size of the saved copy of the document at `url`, if there is one.
pub async fn saved_bytes(url: &str) -> Option<u64> {
    bytes(&settle(js_saved_bytes(url)).await.ok()?)
}

/// Saves the document at `url` for offline use, telling `progress` the bytes received
/// and the total (0 when the server does not say) as they come; its size when saved.
pub async fn save(url: &str, progress: impl Fn(u64, u64) + 'static) -> Option<u64> {
    let progress =
        Closure::<dyn Fn(JsValue, JsValue)>::new(move |done: JsValue, total: JsValue| {
            progress(bytes(&done).unwrap_or(0), bytes(&total).unwrap_or(0));
        });
    let saved = settle(js_save(url, progress.as_ref().unchecked_ref())).await;
    drop(progress);
    bytes(&saved.ok()?)
}

/// Removes the saved copy of the document at `url`.
pub async fn remove(url: &str) {
    let _ = settle(js_remove(url)).await;
}

/// The bytes this site stores on the device and the most the browser allows it.
pub async fn usage() -> Option<(u64, u64)> {
    let pair = Array::from(&settle(js_usage()).await.ok()?);
    Some((bytes(&pair.get(0))?, bytes(&pair.get(1))?))
}
