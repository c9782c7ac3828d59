//! Event Portal: the public face of an event, built from one JSON feed.
//!
//! The pure parts (the [`feed`] model and its checks, [`agenda`] logic, [`units`]) build
//! for every target and are tested natively. The user interface (`app`, `pages`,
//! `components`) exists only when compiling for the browser (wasm32).

pub mod agenda;
pub mod feed;
pub mod i18n;
pub mod units;
