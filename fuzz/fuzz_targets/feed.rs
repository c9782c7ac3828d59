//! Any bytes through everything the portal and feedcheck do with a feed: parse, read and
//! check, lint, the agenda's days and now/next, the text helpers and every export. With
//! `panic = "abort"` in the portal, a panic anywhere here would kill it for every visitor.

#![no_main]

use event_portal::feed::{self, DateTime};
use event_portal::{agenda, export, i18n, units};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The portal asks the browser whether a zone exists; accept them all to reach deeper.
    let loaded = feed::load_with(text, |_| true);
    for diagnostic in &loaded.diagnostics {
        let _ = diagnostic.to_string();
    }
    let Some(feed) = loaded.feed else {
        return;
    };
    let _ = feed::lint(&feed);
    for day in agenda::days(&feed) {
        assert!(!day.sessions.is_empty());
    }
    for now in [i64::MIN / 4, 0, feed.updated.unix, i64::MAX / 4] {
        let _ = agenda::phase(&feed, now);
    }
    for session in feed.sessions_by_time() {
        let _ = feed.sessions_of_speaker(session.speakers.first().map_or("", String::as_str));
        for text in session.abstract_text.iter().chain([&session.title]) {
            let picked = text.pick(&["fr", "en"]);
            let _ = feed::text::paragraphs(picked.text);
        }
    }
    for document in &feed.documents {
        let _ = units::file_size(document.bytes);
        let _ = i18n::format_name(&document.media_type);
    }
    let _ = i18n::zone_place(&feed.event.timezone);
    let now = DateTime {
        unix: 1_554_231_600,
        offset_minutes: -240,
    };
    let _ = export::ics::calendar(
        &feed,
        feed.sessions_by_time(),
        now,
        Some("https://example.org/"),
    );
    let _ = export::json_ld(&feed, None);
    let _ = export::json_feed(&feed, Some("https://example.org/"));
});
