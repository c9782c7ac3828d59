//! Any bytes through everything the portal and feedcheck do with a feed: parse, read and
//! check, lint, the agenda's days, now/next, search, filters and overlaps, what changed
//! against the sample feed (a live update), the fingerprints a live update keys the lists
//! by, the text helpers and every export. With
//! `panic = "abort"` in the portal, a panic anywhere here would kill it for every visitor.

#![no_main]

use std::sync::OnceLock;

use event_portal::agenda::filter::{Filter, Matcher};
use event_portal::agenda::{fingerprint, search};
use event_portal::feed::{self, DateTime, Feed};
use event_portal::{agenda, export, i18n};
use libfuzzer_sys::fuzz_target;

/// The sample feed, the "before" of a live update.
fn sample() -> &'static Feed {
    static SAMPLE: OnceLock<Feed> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let text = include_str!("../../public/event.json");
        feed::load(text).feed.expect("the sample feed reads")
    })
}

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
    let _ = feed::changes::changes(sample(), &feed);
    let _ = feed::changes::changes(&feed, sample());
    let sessions: Vec<_> = feed.sessions_by_time().collect();
    let _ = agenda::overlaps(&sessions);
    // The feed's own text as a search, and as a filter from the address.
    let query = text.get(..text.len().min(40)).unwrap_or("");
    let filter = Filter::from_pairs([("q", query), ("day", query), ("kind", query), ("track", query)]);
    let _ = Matcher::new(&feed, sessions.iter().copied()).visible(&filter);
    let _ = filter.to_query();
    let _ = search::fold(text);
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
        // Numbers as French writes them (the catalogues themselves are read once and
        // kept for the page's life, which LeakSanitizer would count as a leak).
        let numbers = i18n::Numbers {
            group: "\u{202f}",
            decimal: ",",
            min_grouping: 2,
            units: ["octets", "ko", "Mo", "Go", "To"],
        };
        let _ = numbers.file_size(document.bytes);
        let _ = numbers.integer(document.bytes);
        let _ = i18n::format_name(&document.media_type);
        let _ = fingerprint::document(document);
    }
    let _ = fingerprint::frame(&feed);
    let _ = fingerprint::titled_list(&feed, feed.updates.is_empty());
    for session in &feed.sessions {
        let _ = fingerprint::line(&feed, session);
    }
    for update in &feed.updates {
        let _ = fingerprint::update(&feed, update);
    }
    for speaker in &feed.speakers {
        let _ = fingerprint::speaker(speaker);
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
