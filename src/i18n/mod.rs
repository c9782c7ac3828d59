//! The interface's words: one catalogue per language, checked by the compiler.
//!
//! Every user-visible string of the interface comes from a [`Messages`] value. A catalogue
//! is a `const` of that struct, so a language that misses a message does not compile; a
//! message with numbers in it is a function, so each language can place them and choose
//! its plural forms. Feed text (titles, bios, ...) never comes from here: it is the
//! organiser's, in the languages the feed gives.
//!
//! The six official languages of the United Nations have a catalogue each, in the terms
//! the UN's own sites use ("Agenda" is جدول الأعمال, 议程, ordre du jour, повестка дня,
//! programa). Adding a language is adding a file like `en.rs` and a [`Language`].

mod ar;
mod en;
mod es;
mod fr;
pub mod numbers;
pub mod plural;
mod ru;
mod zh;

pub use numbers::Numbers;

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

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    Arabic,
    Chinese,
    English,
    French,
    Russian,
    Spanish,
}

impl Language {
    /// Every language, in the order UN sites list them (by their English names).
    pub const ALL: [Language; 6] = [
        Language::Arabic,
        Language::Chinese,
        Language::English,
        Language::French,
        Language::Russian,
        Language::Spanish,
    ];

    /// Its catalogue.
    pub fn messages(self) -> &'static Messages {
        match self {
            Language::Arabic => &ar::AR,
            Language::Chinese => &zh::ZH,
            Language::English => &en::EN,
            Language::French => &fr::FR,
            Language::Russian => &ru::RU,
            Language::Spanish => &es::ES,
        }
    }

    /// Its tag: `ar`, `zh`, `en`, `fr`, `ru`, `es`.
    pub fn tag(self) -> &'static str {
        self.messages().lang
    }

    /// Its name in itself, as a language picker shows it: العربية, 中文, English…
    pub fn name(self) -> &'static str {
        self.messages().language_name
    }

    /// The language a BCP 47 tag asks for, by its primary subtag (`fr-CA` is French,
    /// `zh-TW` Chinese), if it is one of ours.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?;
        Language::ALL
            .into_iter()
            .find(|language| primary.eq_ignore_ascii_case(language.tag()))
    }
}

/// The language to show a visitor: the one they chose, else the first of their
/// browser's languages that the portal has, else the feed's first language if the
/// portal has it, else English.
pub fn negotiate<'a>(
    chosen: Option<&str>,
    browser: impl IntoIterator<Item = &'a str>,
    feed: Option<&str>,
) -> Language {
    chosen
        .and_then(Language::from_tag)
        .or_else(|| browser.into_iter().find_map(Language::from_tag))
        .or_else(|| feed.and_then(Language::from_tag))
        .unwrap_or(Language::English)
}

/// One language's interface strings.
pub struct Messages {
    /// The language tag for `<html lang>`.
    pub lang: &'static str,
    /// The locale passed to `Intl` for dates and times (`en-GB`: 2 April 2019, 15:00).
    pub locale: &'static str,
    pub direction: Direction,
    /// The language's name in itself, for the language picker.
    pub language_name: &'static str,
    /// How it writes numbers and file sizes.
    pub numbers: Numbers,
    /// The label of the language picker.
    pub choose_language: &'static str,
    /// Between the items of a list: ", ", "، " in Arabic, "，" in Chinese.
    pub comma: &'static str,

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

/// The catalogue for a language tag, English when the portal does not have it.
pub fn messages(lang: &str) -> &'static Messages {
    Language::from_tag(lang)
        .unwrap_or(Language::English)
        .messages()
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
        "text/plain" => "TXT".into(),
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

    /// Every message that is a plain string, by name.
    fn strings(m: &Messages) -> Vec<(&'static str, &'static str)> {
        macro_rules! named {
            ($($field:ident),* $(,)?) => { vec![$((stringify!($field), m.$field)),*] };
        }
        named!(
            language_name,
            choose_language,
            skip_to_content,
            main_navigation,
            nav_home,
            nav_agenda,
            nav_speakers,
            nav_documents,
            nav_updates,
            nav_my_agenda,
            portal_name,
            powered_by,
            loading,
            feed_failed_title,
            feed_failed_hint,
            news,
            dismiss,
            changed,
            retry,
            not_found_title,
            not_found_body,
            back_home,
            session_not_found,
            speaker_not_found,
            back_to_agenda,
            back_to_speakers,
            when,
            venue,
            map,
            about,
            organisers,
            links,
            happening_now,
            up_next,
            nothing_now,
            event_ended,
            latest_updates,
            all_updates,
            no_updates,
            agenda_title,
            no_sessions,
            room,
            track,
            speakers,
            moderators,
            cancelled,
            cancelled_notice,
            session_documents,
            livestream_upcoming,
            watch_live,
            watch_recording,
            now_badge,
            jump_to_now,
            search_sessions,
            filters,
            kind,
            all_days,
            all_tracks,
            all_rooms,
            all_kinds,
            days,
            clear_filters,
            no_matches,
            view,
            view_grid,
            view_list,
            calendar_session,
            calendar_event,
            calendar_mine,
            my_agenda_title,
            my_agenda_empty,
            overlaps,
            share_my_agenda,
            import_shared,
            speakers_title,
            no_speakers,
            their_sessions,
            search_speakers,
            no_speakers_match,
            documents_title,
            no_documents,
            language,
            format,
            size,
            published,
            updates_title,
            important,
            concerns,
            preview_title,
            preview_intro,
            preview_choose,
            preview_unreadable,
            preview_shown,
            preview_not_shown,
            error,
            warning,
            preview_banner,
            back_to_checks,
            leave_preview
        )
    }

    /// Messages that are rightly the same word as in English.
    const SAME_AS_ENGLISH: &[(&str, &str)] = &[
        ("fr", "nav_documents"),
        ("fr", "documents_title"),
        ("fr", "session_documents"),
        ("fr", "format"),
        ("fr", "important"),
        ("es", "error"),
    ];

    #[test]
    fn every_catalogue_translates_every_message() {
        let english = strings(Language::English.messages());
        for language in Language::ALL {
            let m = language.messages();
            assert_eq!(m.lang, language.tag());
            for ((name, text), (_, english)) in strings(m).into_iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{}: {name} is empty", m.lang);
                assert!(!text.contains('{'), "{}: {name} has a placeholder", m.lang);
                let same = text == *english && name != "portal_name";
                let allowed = SAME_AS_ENGLISH.contains(&(m.lang, name));
                assert!(
                    !same || language == Language::English || allowed,
                    "{}: {name} is still in English: {text}",
                    m.lang
                );
            }
            // Messages with words in them keep the words they are given, and say more.
            let english = Language::English.messages();
            for (name, out, args) in [
                ("new_update", (m.new_update)("Doors"), vec!["Doors"]),
                (
                    "starred_moved",
                    (m.starred_moved)("Panel 2", "Room 4", "16:00"),
                    vec!["Panel 2", "Room 4", "16:00"],
                ),
                (
                    "starred_rescheduled",
                    (m.starred_rescheduled)("Panel 2", "16:00"),
                    vec!["Panel 2", "16:00"],
                ),
                (
                    "starred_cancelled",
                    (m.starred_cancelled)("Panel 2"),
                    vec!["Panel 2"],
                ),
                (
                    "starred_restored",
                    (m.starred_restored)("Panel 2"),
                    vec!["Panel 2"],
                ),
                ("zone_time", (m.zone_time)("New York"), vec!["New York"]),
                (
                    "times_in_zone",
                    (m.times_in_zone)("New York", "GMT-4"),
                    vec!["New York", "GMT-4"],
                ),
                ("star", (m.star)("Panel 2"), vec!["Panel 2"]),
                ("show_own_zone", (m.show_own_zone)("Tokyo"), vec!["Tokyo"]),
                ("photo_of", (m.photo_of)("Ana Ruiz"), vec!["Ana Ruiz"]),
                (
                    "download",
                    (m.download)("PDF", "1.2 MB"),
                    vec!["PDF", "1.2 MB"],
                ),
                (
                    "preview_too_large",
                    (m.preview_too_large)("3 MB"),
                    vec!["3 MB"],
                ),
                (
                    "preview_summary",
                    (m.preview_summary)("event.json", 0, 0),
                    vec!["event.json"],
                ),
                ("line_column", (m.line_column)(12, 5), vec!["12", "5"]),
                ("sessions_shown", (m.sessions_shown)(3, 7), vec!["3", "7"]),
                ("speakers_shown", (m.speakers_shown)(3, 7), vec!["3", "7"]),
                ("shared_list", (m.shared_list)(3), vec!["3"]),
                ("feed_stale", (m.feed_stale)(7), vec!["7"]),
                ("starts_in", (m.starts_in)(3 * 86_400), vec!["3"]),
            ] {
                for arg in args {
                    assert!(out.contains(arg), "{}: {name} lost {arg:?}: {out}", m.lang);
                }
                assert!(out.chars().count() > 3, "{}: {name}: {out}", m.lang);
                if language != Language::English {
                    let text = match name {
                        "starred_moved" => (english.starred_moved)("Panel 2", "Room 4", "16:00"),
                        "sessions_shown" => (english.sessions_shown)(3, 7),
                        "line_column" => (english.line_column)(12, 5),
                        _ => String::new(),
                    };
                    assert_ne!(out, text, "{}: {name} is still in English", m.lang);
                }
            }
            for kind in crate::feed::SessionKind::ALL {
                assert!(!(m.session_kind)(kind).is_empty());
            }
        }
    }

    #[test]
    fn counted_words_take_each_language_s_plural_forms() {
        let starts = |language: Language, minutes: i64| {
            (language.messages().starts_in)(minutes * 60).replace('\u{a0}', " ")
        };
        assert_eq!(starts(Language::Russian, 1), "Начнётся через 1 минуту");
        assert_eq!(starts(Language::Russian, 3), "Начнётся через 3 минуты");
        assert_eq!(starts(Language::Russian, 11), "Начнётся через 11 минут");
        assert_eq!(starts(Language::Russian, 21), "Начнётся через 21 минуту");
        assert_eq!(starts(Language::Arabic, 1), "يبدأ بعد دقيقة واحدة");
        assert_eq!(starts(Language::Arabic, 2), "يبدأ بعد دقيقتين");
        assert_eq!(starts(Language::Arabic, 3), "يبدأ بعد 3 دقائق");
        assert_eq!(starts(Language::Arabic, 11), "يبدأ بعد 11 دقيقة");
        assert_eq!(starts(Language::French, 1), "Commence dans 1 minute");
        assert_eq!(
            starts(Language::Spanish, 2 * 60),
            "Empieza dentro de 2 horas"
        );
        assert_eq!(starts(Language::Chinese, 5), "5 分钟后开始");
        assert_eq!(starts(Language::English, 24 * 60), "Starts tomorrow");
        let shown = |language: Language| {
            (language.messages().sessions_shown)(3, 2_000).replace('\u{a0}', " ")
        };
        assert_eq!(shown(Language::English), "3 of 2,000 sessions");
        assert_eq!(shown(Language::Spanish), "3 de 2000 sesiones");
        assert_eq!(shown(Language::French), "3 sur 2\u{202f}000 séances");
        assert_eq!(shown(Language::Russian), "Показано 3 из 2 000");
        assert_eq!(shown(Language::Arabic), "3 من أصل 2,000 جلسة");
        let errors = |n| (Language::Arabic.messages().preview_summary)("e.json", n, 0);
        assert!(errors(2).contains("خطآن"), "{}", errors(2));
        assert!(errors(5).contains("5 أخطاء"), "{}", errors(5));
    }

    #[test]
    fn the_visitor_s_choice_then_browser_then_feed_decide_the_language() {
        use Language::*;
        assert_eq!(
            negotiate(None, ["de-DE", "fr-CA", "en"], Some("es")),
            French
        );
        assert_eq!(negotiate(Some("ar"), ["fr"], None), Arabic);
        assert_eq!(negotiate(None, ["zh-TW"], None), Chinese);
        assert_eq!(negotiate(None, ["de", "pt-BR"], Some("ru")), Russian);
        assert_eq!(negotiate(None, ["de"], Some("pt")), English);
        assert_eq!(negotiate(Some("xx"), [], None), English);
        assert_eq!(negotiate(None, ["ES_es"], None), Spanish);
        assert_eq!(messages("ar").direction, Direction::RightToLeft);
        assert_eq!(messages("fr-BE").lang, "fr");
        assert_eq!(messages("de").lang, "en");
    }
}
