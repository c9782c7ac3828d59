//! The interface's words: one catalogue per language, checked by the compiler.
//!
//! Every user-visible string of the interface comes from a [`Messages`] value. A catalogue
//! is a `const` of that struct, so a language that misses a message does not compile; a
//! message with numbers in it is a function, so each language can place them and choose
//! its plural forms. Feed text (titles, bios, ...) never comes from here: it is the
//! organiser's, in the languages the feed gives.
//!
//! English is the only catalogue today; adding one is adding a file like `en.rs` and a
//! line in [`messages`].

mod en;

use crate::feed::{DocumentKind, SessionKind};

/// Writing direction of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// One language's interface strings.
pub struct Messages {
    /// The language tag for `<html lang>`.
    pub lang: &'static str,
    /// The locale passed to `Intl` for dates and times (`en-GB`: 2 April 2019, 15:00).
    pub locale: &'static str,
    pub direction: Direction,

    pub skip_to_content: &'static str,
    pub main_navigation: &'static str,
    pub nav_home: &'static str,
    pub nav_agenda: &'static str,
    pub nav_speakers: &'static str,
    pub nav_documents: &'static str,
    pub nav_updates: &'static str,
    pub nav_my_agenda: &'static str,
    pub portal_name: &'static str,
    pub powered_by: &'static str,

    pub loading: &'static str,
    pub feed_failed_title: &'static str,
    pub feed_failed_hint: &'static str,
    /// Shown above the last good data when a refresh failed: how many minutes ago the
    /// shown data was last known current.
    pub feed_stale: fn(i64) -> String,
    /// The notices of changes: their region's label, and the dismiss button.
    pub news: &'static str,
    pub dismiss: &'static str,
    /// "New announcement: …", given its title.
    pub new_update: fn(&str) -> String,
    /// A starred session moved: title, room, start time.
    pub starred_moved: fn(&str, &str, &str) -> String,
    /// A starred session changed time: title, start time.
    pub starred_rescheduled: fn(&str, &str) -> String,
    /// A starred session was cancelled, or takes place after all: its title.
    pub starred_cancelled: fn(&str) -> String,
    pub starred_restored: fn(&str) -> String,
    /// The badge of a session whose time, room or status changed while the page was open.
    pub changed: &'static str,
    pub retry: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_home: &'static str,
    pub session_not_found: &'static str,
    pub speaker_not_found: &'static str,
    pub back_to_agenda: &'static str,
    pub back_to_speakers: &'static str,

    pub when: &'static str,
    pub venue: &'static str,
    /// The label of the link to the venue's map.
    pub map: &'static str,
    pub about: &'static str,
    pub organisers: &'static str,
    pub links: &'static str,
    pub happening_now: &'static str,
    pub up_next: &'static str,
    pub nothing_now: &'static str,
    /// Seconds until the first session.
    pub starts_in: fn(i64) -> String,
    pub event_ended: &'static str,
    pub latest_updates: &'static str,
    pub all_updates: &'static str,
    pub no_updates: &'static str,
    /// "New York time": the zone's place name.
    pub zone_time: fn(&str) -> String,
    /// "Times are New York time (GMT-4).": the place name and the zone's short name.
    pub times_in_zone: fn(&str, &str) -> String,

    pub agenda_title: &'static str,
    pub no_sessions: &'static str,
    pub room: &'static str,
    pub track: &'static str,
    pub speakers: &'static str,
    pub moderators: &'static str,
    pub cancelled: &'static str,
    pub cancelled_notice: &'static str,
    pub session_documents: &'static str,
    /// The livestream's link before the session starts.
    pub livestream_upcoming: &'static str,
    /// The livestream's link while the session runs.
    pub watch_live: &'static str,
    pub watch_recording: &'static str,
    pub session_kind: fn(SessionKind) -> &'static str,
    /// The badge of a session under way.
    pub now_badge: &'static str,
    pub jump_to_now: &'static str,
    /// The star button's name, given the session's title.
    pub star: fn(&str) -> String,
    /// The time-zone switch, given the visitor's own zone's place name.
    pub show_own_zone: fn(&str) -> String,
    pub search_sessions: &'static str,
    pub filters: &'static str,
    pub kind: &'static str,
    pub all_days: &'static str,
    pub all_tracks: &'static str,
    pub all_rooms: &'static str,
    pub all_kinds: &'static str,
    /// The label of the day tabs.
    pub days: &'static str,
    pub clear_filters: &'static str,
    /// "3 of 7 sessions": shown and all.
    pub sessions_shown: fn(usize, usize) -> String,
    pub no_matches: &'static str,
    /// The label of the grid or list choice.
    pub view: &'static str,
    pub view_grid: &'static str,
    pub view_list: &'static str,
    pub calendar_session: &'static str,
    pub calendar_event: &'static str,
    pub calendar_mine: &'static str,

    pub my_agenda_title: &'static str,
    pub my_agenda_empty: &'static str,
    /// The flag on a starred session whose time overlaps another starred one.
    pub overlaps: &'static str,
    pub share_my_agenda: &'static str,
    /// "Someone shared a list of 3 sessions with you."
    pub shared_list: fn(usize) -> String,
    pub import_shared: &'static str,

    pub speakers_title: &'static str,
    pub no_speakers: &'static str,
    pub their_sessions: &'static str,
    /// Alternative text of a speaker's photo, given their name.
    pub photo_of: fn(&str) -> String,
    pub search_speakers: &'static str,
    /// "3 of 15 speakers": shown and all.
    pub speakers_shown: fn(usize, usize) -> String,
    pub no_speakers_match: &'static str,

    pub documents_title: &'static str,
    pub no_documents: &'static str,
    pub document_kind: fn(DocumentKind) -> &'static str,
    pub language: &'static str,
    pub format: &'static str,
    pub size: &'static str,
    pub published: &'static str,
    /// "Download PDF, 1.2 MB": the format and the size.
    pub download: fn(&str, &str) -> String,

    pub updates_title: &'static str,
    pub important: &'static str,
    pub concerns: &'static str,

    pub preview_title: &'static str,
    pub preview_intro: &'static str,
    pub preview_choose: &'static str,
    /// The file is over the size the portal accepts: its size in words.
    pub preview_too_large: fn(&str) -> String,
    pub preview_unreadable: &'static str,
    /// "event.json: 2 errors, 1 warning": the file's name, errors and warnings.
    pub preview_summary: fn(&str, usize, usize) -> String,
    pub preview_shown: &'static str,
    pub preview_not_shown: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    /// "line 12, column 5".
    pub line_column: fn(u32, u32) -> String,
    /// The banner on every page while a draft is shown.
    pub preview_banner: &'static str,
    pub back_to_checks: &'static str,
    pub leave_preview: &'static str,
}

/// The catalogue for a language tag, English when there is none for it yet.
pub fn messages(_lang: &str) -> &'static Messages {
    &en::EN
}

/// The short name of a file format for a media type: `application/pdf` is "PDF".
pub fn format_name(media_type: &str) -> String {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    match essence {
        "application/pdf" => "PDF".into(),
        "application/msword" => "Word".into(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "Word".into(),
        "application/vnd.ms-powerpoint"
        | "application/vnd.openxmlformats-officedocument.presentationml.presentation" => {
            "PowerPoint".into()
        }
        "application/vnd.ms-excel"
        | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "Excel".into(),
        "text/html" => "HTML".into(),
        "text/plain" => "Text".into(),
        "text/csv" => "CSV".into(),
        "application/zip" => "ZIP".into(),
        "application/epub+zip" => "EPUB".into(),
        other => other
            .rsplit('/')
            .next()
            .unwrap_or(other)
            .trim_start_matches("x-")
            .to_ascii_uppercase(),
    }
}

/// The place name of an IANA zone, for "New York time": `America/New_York` → `New York`.
pub fn zone_place(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// Up to two letters for a person's picture when there is no photo: the first letters
/// of their name's first and last words ("Bettina Tucci Bartsiotas" is "BB"), skipping
/// punctuation. Their case is left as written: CSS shows them in capitals (Rust's
/// case tables would cost the wasm 15 KB).
pub fn initials(name: &str) -> String {
    let firsts: Vec<char> = name
        .split_whitespace()
        .filter_map(|word| word.chars().find(|c| !c.is_ascii_punctuation()))
        .collect();
    let mut out = String::new();
    out.extend(firsts.first());
    if firsts.len() > 1 {
        out.extend(firsts.last());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_formats_and_zones() {
        assert_eq!(format_name("application/pdf"), "PDF");
        assert_eq!(format_name("application/pdf; charset=binary"), "PDF");
        assert_eq!(format_name("image/png"), "PNG");
        assert_eq!(format_name("application/x-tar"), "TAR");
        assert_eq!(zone_place("America/New_York"), "New York");
        assert_eq!(zone_place("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(zone_place("UTC"), "UTC");
    }

    #[test]
    fn initials_take_the_first_and_last_words() {
        assert_eq!(initials("Bettina Tucci Bartsiotas"), "BB");
        assert_eq!(initials("Representative, Google"), "RG");
        assert_eq!(initials("carl"), "c");
        assert_eq!(initials("(NYPD) ø"), "Nø");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("王 小明"), "王小");
    }

    #[test]
    fn english_counts_in_words() {
        let en = messages("en");
        assert_eq!((en.starts_in)(30), "Starts in less than a minute");
        assert_eq!((en.starts_in)(60), "Starts in 1 minute");
        assert_eq!((en.starts_in)(3 * 3600 + 59), "Starts in 3 hours");
        assert_eq!((en.starts_in)(86_400), "Starts tomorrow");
        assert_eq!((en.starts_in)(3 * 86_400 + 5), "Starts in 3 days");
        assert_eq!((en.download)("PDF", "990 bytes"), "Download PDF, 990 bytes");
    }
}
