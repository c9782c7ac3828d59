//! The harness itself: what one test leaves behind must not reach the next.

#![cfg(not(target_arch = "wasm32"))]

use std::time::Duration;

use crate::support::server::Server;
use crate::support::{PHONE, at, dist, run, throughout};

/// A browser's profile holds what a visitor chose (the language in `localStorage`,
/// `intl.accept_languages` in its preferences): if it outlived its test, a later browser
/// given the same folder would start in Arabic with an English test's settings (seen in
/// CI: the editor opened in Arabic for a test of an English browser). The folder is
/// gone once the browser is dropped, Chromium's last writes as it exits included, and no
/// two browsers are given the same one.
#[test]
fn a_dropped_browser_leaves_no_profile_and_the_next_starts_as_its_test_asks() {
    run(async {
        let server = Server::start(&dist());
        let browser = at(PHONE).in_languages("ar").browser().await;
        browser.open(&server.url("/")).await;
        browser
            .eval("localStorage.setItem('left-behind', 'yes'); return true")
            .await;
        let profile = browser.profile().to_owned();
        drop(browser);
        throughout(
            Duration::from_secs(5),
            "the dropped browser's profile is still there, or came back as Chromium exited",
            || async { !profile.exists() },
        )
        .await;
        let next = at(PHONE).browser().await;
        assert_ne!(next.profile(), profile);
        next.open(&server.url("/")).await;
        assert_eq!(
            next.eval("return navigator.languages.join(',')").await,
            "en-GB,en"
        );
        assert_eq!(
            next.eval("return localStorage.getItem('left-behind')")
                .await,
            serde_json::Value::Null
        );
    });
}
