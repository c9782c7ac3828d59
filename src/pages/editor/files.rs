//! The editor's files: the draft kept in the browser's storage, the file opened and
//! written back (src/web/editor-files.js), and the download elsewhere.

use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/web/editor-files.js")]
extern "C" {
    #[wasm_bindgen(js_name = keepDraft)]
    fn keep_draft_js(text: &str) -> Promise;
    #[wasm_bindgen(js_name = keptDraft)]
    fn kept_draft_js() -> Promise;
    #[wasm_bindgen(js_name = dropDraft)]
    fn drop_draft_js() -> Promise;
    #[wasm_bindgen(js_name = canSaveInPlace)]
    pub fn can_save_in_place() -> bool;
    #[wasm_bindgen(js_name = openFile)]
    fn open_file_js() -> Promise;
    #[wasm_bindgen(js_name = modifiedOnDisk)]
    fn modified_on_disk_js(handle: &JsValue) -> Promise;
    #[wasm_bindgen(js_name = saveFile)]
    fn save_file_js(handle: &JsValue, text: &str) -> Promise;
}

async fn settle(promise: Promise) -> JsValue {
    JsFuture::from(promise).await.unwrap_or(JsValue::NULL)
}

/// Keeps the draft; where it went (`opfs`, `indexeddb`), if anywhere.
pub async fn keep_draft(text: &str) -> Option<String> {
    settle(keep_draft_js(text)).await.as_string()
}

/// The draft kept by an earlier visit, if any.
pub async fn kept_draft() -> Option<String> {
    settle(kept_draft_js()).await.as_string()
}

pub async fn drop_draft() {
    settle(drop_draft_js()).await;
}

/// A file the organiser opened with the browser's file picker, kept to save to.
pub struct Opened {
    pub handle: JsValue,
    pub name: String,
    pub text: String,
    /// When it was last written, as the disk said on opening (ms).
    pub modified: f64,
}

/// Asks for a file to open (File System Access); `None` when cancelled.
pub async fn open_file() -> Option<Opened> {
    let found = settle(open_file_js()).await;
    let field = |name: &str| Reflect::get(&found, &JsValue::from_str(name)).ok();
    Some(Opened {
        handle: field("handle").filter(|h| !h.is_undefined())?,
        name: field("name")?.as_string()?,
        text: field("text")?.as_string()?,
        modified: field("modified")?.as_f64()?,
    })
}

/// When the file behind `handle` was last written, as the disk says now.
pub async fn modified_on_disk(handle: &JsValue) -> Option<f64> {
    settle(modified_on_disk_js(handle)).await.as_f64()
}

/// Writes `text` over the file; when it was written, or `None` when it could not be.
pub async fn save_file(handle: &JsValue, text: &str) -> Option<f64> {
    settle(save_file_js(handle, text)).await.as_f64()
}
