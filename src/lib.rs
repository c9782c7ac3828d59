//! Event Portal: the public face of an event, built from one JSON feed.
//!
//! The pure parts (the [`feed`] model and its checks, [`agenda`] logic, [`i18n`]
//! catalogues) build for every target and are tested natively. The user
//! interface (`app`, `store`, `visitor`, `intl`, `pages`, `components`) exists only when compiling
//! for the browser (wasm32).

// Server-side rendering's async view types nest deeper than the default limit.
#![cfg_attr(feature = "render", recursion_limit = "256")]

pub mod agenda;
// The organisers' editor's core: natively (tested) and in the organisers' bundle only. Out
// of the visitors' wasm entirely: unused code there still moved its brotli'd size by
// up to 160 bytes (LLVM's choices elsewhere shift with the crate's contents).
// It names organisers' problems (room clashes, missing bios...), which exist only with
// `sentences`.
#[cfg(any(
    feature = "preview",
    all(feature = "sentences", not(target_arch = "wasm32"))
))]
pub mod editor;
pub mod export;
pub mod feed;
pub mod hash;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod site;
pub mod stored;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod catalogues;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod http;
#[cfg(target_arch = "wasm32")]
pub mod intl;
#[cfg(target_arch = "wasm32")]
pub mod offline;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(all(target_arch = "wasm32", feature = "render"))]
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod visitor;
