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
    pub portal_name: &'static str,
    pub powered_by: &'static str,

    pub loading: &'static str,
    pub feed_failed_title: &'static str,
    pub feed_failed_hint: &'static str,
    /// Shown above the last good data when a refresh failed.
    pub feed_stale: &'static str,
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

    pub speakers_title: &'static str,
    pub no_speakers: &'static str,
    pub their_sessions: &'static str,
    /// Alternative text of a speaker's photo, given their name.
    pub photo_of: fn(&str) -> String,

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
