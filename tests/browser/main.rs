//! The built portal in headless Chromium, served over HTTP by a server the test controls:
//! one test crate, a module per area. Needs `dist/` (`make dist`), Debian's `chromium` and `chromium-driver`, nginx for the
//! deploy recipes and axe-core for accessibility; `make test` provides them all.
//!
//! The tests of a module open a browser one at a time (`support::run`): two Chromiums
//! on two cores make timing flaky.

#![cfg(not(target_arch = "wasm32"))]

mod support;

/// axe-core on every page, light and dark, left to right and right to left.
mod accessibility;
/// The hosting recipes of docs/DEPLOY.md (nginx, `_headers`) against the release build.
mod deploy;
/// The organisers' editor, from the release archive on nginx.
mod editor;
/// What a visitor sees without scrolling, on phones and on the desktop grid.
mod first_screen;
/// The harness itself: nothing of one test reaches the next.
mod harness;
/// The six languages, right to left, the keyboard, no sideways scroll.
mod languages;
/// The page follows a feed changed or broken while it is open.
mod live;
/// A new event.json on the same build: everything of the event follows it, unrebuilt.
mod new_event;
/// The service worker, saved documents, the update prompt, the CSP, sub-paths.
mod offline;
/// The organisers' preview of a draft feed.
mod organisers;
/// What each page shows of the feed, its errors, printing.
mod pages;
/// The organisers' release unpacked, with another event, on nginx at / and a sub-path.
mod release;
/// The pages rendered at publish time: read before the wasm and without JavaScript.
mod rendered;
/// The visitor's tools: filters in the address, the grid, stars, My agenda, calendars.
mod visitor;

/// A file in this folder that no `mod` names would compile nowhere and run never.
#[test]
fn every_file_here_is_a_module() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let main = std::fs::read_to_string(here.join("main.rs")).unwrap();
    for entry in std::fs::read_dir(&here).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(module) = name.strip_suffix(".rs").filter(|m| *m != "main") {
            assert!(
                main.contains(&format!("\nmod {module};")),
                "tests/browser/{name} is not a module of main.rs"
            );
        }
    }
}
