//! A language's interface strings, read from its catalogue: `public/i18n/<tag>.json`.
//!
//! A catalogue is a JSON file a translator can edit with a text editor: the language's
//! tag, the locale `Intl` formats dates with, its direction, how it writes numbers, and
//! its messages by key. Messages with something in them name it in braces ("Photo of
//! {name}"); counted messages give a form for each plural category the language has
//! ("one", "few", "many", "other", …: see [`super::plural`]).
//!
//! The key lists below are the contract: a catalogue that lacks a key is refused whole
//! (the native tests read all six), and the interface uses only these fields and methods.

use super::{Direction, Language, Numbers};
use crate::feed::json::{self, Node};
use crate::feed::{DocumentKind, SessionKind};

/// Why a catalogue was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError(pub String);

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "catalogue refused: {}", self.0)
    }
}

/// The forms of a counted message, by plural category (those a language does not use
/// are its "other").
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct Plural([&'static str; 6]);

/// Strings of a catalogue live as long as the page: a visitor loads at most six.
fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn missing(key: &str) -> CatalogueError {
    CatalogueError(format!("`{key}` is missing or not a string"))
}

fn string(node: &Node, key: &str) -> Result<&'static str, CatalogueError> {
    node.get(key)
        .and_then(Node::as_str)
        .map(leak)
        .ok_or_else(|| missing(key))
}

fn plural(node: &Node, key: &str) -> Result<Plural, CatalogueError> {
    let forms = node.get(key).ok_or_else(|| missing(key))?;
    let other = string(forms, "other")?;
    let mut out = [other; 6];
    for (i, name) in ["zero", "one", "two", "few", "many"]
        .into_iter()
        .enumerate()
    {
        if let Some(form) = forms.get(name) {
            out[i] = form.as_str().map(leak).ok_or_else(|| missing(name))?;
        }
    }
    Ok(Plural(out))
}

/// Declares the messages: plain texts (public fields), templates with `{names}` in them
/// and counted messages (read through the methods below), and the lists of their keys.
macro_rules! messages {
    (
        texts { $( $(#[doc = $tdoc:literal])* $text:ident, )* }
        templates { $( $(#[doc = $mdoc:literal])* $template:ident, )* }
        plurals { $( $(#[doc = $pdoc:literal])* $plural:ident, )* }
    ) => {
        /// One language's interface strings: its head, and its messages (read as
        /// fields, `m.retry`, through `Deref`).
        pub struct Messages {
            /// The language tag for `<html lang>`.
            pub lang: &'static str,
            /// The locale passed to `Intl` for dates and times (`en-GB`: 2 April 2019, 15:00).
            pub locale: &'static str,
            pub direction: Direction,
            /// How it writes numbers and file sizes.
            pub numbers: Numbers,
            /// Which language this is (its plural rule).
            id: Language,
            texts: Texts,
        }

        /// A language's messages. `repr(C)` with only `&'static str` and `Plural` fields
        /// (a `[&'static str; 6]`), so it is laid out as an array of strings: read as one
        /// (`Messages::assemble`) and moved in at once. Field by field, moving ~230
        /// fields took 11 KB of wasm code.
        #[repr(C)]
        pub struct Texts {
            $( $(#[doc = $tdoc])* pub $text: &'static str, )*
            $( $(#[doc = $mdoc])* pub(super) $template: &'static str, )*
            $( $(#[doc = $pdoc])* pub(super) $plural: Plural, )*
        }

        impl std::ops::Deref for Messages {
            type Target = Texts;
            fn deref(&self) -> &Texts {
                &self.texts
            }
        }

        /// A message by its key, for the tests: the strings of a text or template, or
        /// the six forms of a counted message.
        #[cfg(all(test, not(target_arch = "wasm32")))]
        impl Texts {
            pub(super) fn by_key(&self, key: &str) -> Option<Vec<&'static str>> {
                match key {
                    $( stringify!($text) => Some(vec![self.$text]), )*
                    $( stringify!($template) => Some(vec![self.$template]), )*
                    $( stringify!($plural) => Some(self.$plural.0.to_vec()), )*
                    _ => None,
                }
            }
        }

        /// The keys of the plain texts and of the templates, in catalogue order.
        pub const TEXTS: &[&str] = &[$(stringify!($text),)* $(stringify!($template),)*];
        /// The keys of the counted messages.
        pub const PLURALS: &[&str] = &[$(stringify!($plural),)*];

        impl Messages {
            fn assemble(
                head: (Language, &'static str, &'static str, Direction, Numbers),
                texts: Vec<&'static str>,
                plurals: Vec<Plural>,
            ) -> Result<Self, CatalogueError> {
                let mut all = texts;
                all.extend(plurals.into_iter().flat_map(|plural| plural.0));
                let all: [&'static str; TEXTS.len() + 6 * PLURALS.len()] = all
                    .try_into()
                    .map_err(|_| CatalogueError("wrong number of messages".into()))?;
                // SAFETY: `Texts` is `repr(C)` and holds `TEXTS.len()` `&'static str`
                // then `PLURALS.len()` `Plural`s (`repr(transparent)` over six of them),
                // with no padding between equal fields: the layout of `all`, whose
                // strings are in that order. `transmute` checks that the sizes agree, and
                // the tests read every field of every catalogue back by its key.
                let texts = unsafe { std::mem::transmute::<[&'static str; TEXTS.len() + 6 * PLURALS.len()], Texts>(all) };
                let (id, lang, locale, direction, numbers) = head;
                Ok(Messages { lang, locale, direction, numbers, id, texts })
            }
        }
    };
}

messages! {
    texts {
        /// The label of the language picker.
        choose_language,
        /// Before the age of the programme shown when the network did not answer and
        /// the copy kept on the device is shown.
        offline,
        /// Between the items of a list: ", ", "، " in Arabic, "，" in Chinese.
        comma,
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
        /// The notices of changes: their region's label, and the dismiss button.
        news,
        dismiss,
        /// The badge of a session whose time, room or status changed while the page was open.
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
        /// The label of the link to the venue's map.
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
        /// The livestream's link before the session starts.
        livestream_upcoming,
        /// The livestream's link while the session runs.
        watch_live,
        watch_recording,
        /// The badge of a session under way.
        now_badge,
        jump_to_now,
        search_sessions,
        filters,
        kind,
        all_days,
        all_tracks,
        all_rooms,
        all_kinds,
        /// The label of the day tabs.
        days,
        clear_filters,
        no_matches,
        /// The label of the grid or list choice.
        view,
        view_grid,
        view_list,
        calendar_session,
        calendar_event,
        calendar_mine,
        my_agenda_title,
        my_agenda_empty,
        /// The flag on a starred session whose time overlaps another starred one.
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
        /// The banner on every page while a draft is shown.
        preview_banner,
        back_to_checks,
        leave_preview,
        /// The kinds of session, then of document, as badges and filter choices say them.
        kind_keynote,
        kind_talk,
        kind_panel,
        kind_workshop,
        kind_break,
        kind_other,
        document_report,
        document_agenda,
        document_slides,
        document_other,
        /// The prompt when a new version of the portal is deployed, and its button.
        update_ready,
        reload,
        /// A document's "save for offline" button, its progress bar's label, and the
        /// button that removes the saved copy.
        save_offline,
        saving_offline,
        remove_offline,
        save_failed,
    }
    templates {
        /// "New announcement: {title}".
        new_update,
        /// A starred session moved: `{title}`, `{room}`, `{time}`.
        starred_moved,
        /// A starred session changed time: `{title}`, `{time}`.
        starred_rescheduled,
        /// A starred session was cancelled, or takes place after all: `{title}`.
        starred_cancelled,
        starred_restored,
        /// "New York time": `{place}`.
        zone_time,
        /// "Times are New York time (GMT-4).": `{place}` and the zone's short name, `{zone}`.
        times_in_zone,
        /// The star button's name: `{title}`.
        star,
        /// The time-zone switch: `{place}`, the visitor's own zone's place name.
        show_own_zone,
        /// Alternative text of a speaker's photo: `{name}`.
        photo_of,
        /// "Download PDF, 1.2 MB": `{format}` and `{size}`.
        download,
        /// The file is over the size the portal accepts: `{size}`.
        preview_too_large,
        /// "event.json: no problems found.": `{file}`.
        preview_clean,
        /// "event.json: 2 errors, 1 warning.": `{file}`, `{errors}` and `{warnings}` (each a count).
        preview_problems,
        /// "line 12, column 5": `{line}`, `{column}`.
        line_column,
        /// Less than a minute before the first session.
        starts_soon,
        /// A day before the first session.
        starts_tomorrow,
        /// Shown above the last good data when a refresh failed, less than a minute after it was last known current.
        feed_stale_now,
        /// A document saved for offline use: `{size}`.
        saved_offline,
        /// The storage line on the documents page: `{used}` and `{quota}`, file sizes.
        storage_used,
        /// A download under way: "1.2 MB of 3.4 MB", `{done}` and `{total}`.
        progress,
    }
    plurals {
        /// Minutes (`{n}`) until the first session; then hours, then days.
        starts_in_minutes,
        starts_in_hours,
        starts_in_days,
        /// Shown above the last good data when a refresh failed: `{n}` minutes since it was last known current.
        feed_stale_minutes,
        /// "3 of 7 sessions": `{shown}` and all, `{n}`.
        sessions_shown,
        /// "3 of 15 speakers": `{shown}` and all, `{n}`.
        speakers_shown,
        /// "Someone shared a list of 3 sessions with you.": `{n}`.
        shared_list,
        /// "2 errors", "1 warning": counts inside `preview_problems`.
        errors,
        warnings,
        /// A day tab's matches while a filter is on: "3 sessions match", `{n}`.
        day_matches,
    }
}

impl Messages {
    /// Reads a catalogue's JSON text. Refused whole if anything is missing: a partly
    /// translated interface would show keys.
    pub fn read(text: &str) -> Result<Messages, CatalogueError> {
        let root = json::parse(text).map_err(|error| CatalogueError(error.to_string()))?;
        let lang = string(&root, "lang")?;
        let language = Language::from_tag(lang)
            .filter(|language| language.tag() == lang)
            .ok_or_else(|| CatalogueError(format!("`{lang}` is not a language of the portal")))?;
        let direction = match string(&root, "dir")? {
            "rtl" => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        };
        let numbers = root.get("numbers").ok_or_else(|| missing("numbers"))?;
        let units: Vec<&'static str> = numbers
            .get("units")
            .and_then(Node::as_array)
            .unwrap_or_default()
            .iter()
            .filter_map(|unit| unit.as_str().map(leak))
            .collect();
        let numbers = Numbers {
            group: string(numbers, "group")?,
            decimal: string(numbers, "decimal")?,
            min_grouping: numbers
                .get("min_grouping")
                .and_then(Node::as_u64)
                .unwrap_or(1) as usize,
            units: units.try_into().map_err(|_| missing("units"))?,
        };
        let head = (language, lang, string(&root, "locale")?, direction, numbers);
        let messages = root.get("messages").ok_or_else(|| missing("messages"))?;
        let texts = TEXTS
            .iter()
            .map(|key| string(messages, key))
            .collect::<Result<_, _>>()?;
        let plurals = PLURALS
            .iter()
            .map(|key| plural(messages, key))
            .collect::<Result<_, _>>()?;
        Messages::assemble(head, texts, plurals)
    }

    /// `template` with each `{name}` replaced by its value. In a right-to-left language
    /// a value that is not a number is isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL
    /// ISOLATE), so a Latin title or "16:00" keeps its own order inside Arabic.
    fn fill(&self, template: &str, values: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let value = after.find('}').and_then(|close| {
                let name = &after[..close];
                let value = values.iter().find(|(key, _)| *key == name)?.1;
                Some((value, close))
            });
            match value {
                Some((value, close)) => {
                    let number = value
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
                    if self.direction == Direction::RightToLeft && !number {
                        out.push('\u{2068}');
                        out.push_str(value);
                        out.push('\u{2069}');
                    } else {
                        out.push_str(value);
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The form of `plural` for `n`, with `{n}` (grouped as the language does) and
    /// `values` filled in.
    fn count(&self, plural: Plural, n: u64, values: &[(&str, &str)]) -> String {
        let category = self.id.plural(n);
        let n = self.numbers.integer(n);
        let mut all = vec![("n", n.as_str())];
        all.extend_from_slice(values);
        self.fill(plural.0[category as usize], &all)
    }

    /// "The programme could not be updated: you are seeing it as it was 7 minutes ago."
    pub fn feed_stale(&self, minutes: i64) -> String {
        match minutes {
            ..=0 => self.feed_stale_now.to_owned(),
            m => self.count(self.feed_stale_minutes, m as u64, &[]),
        }
    }

    /// "Saved on this device (1.2 MB)".
    pub fn saved_offline(&self, size: &str) -> String {
        self.fill(self.saved_offline, &[("size", size)])
    }

    /// "This portal uses 3.1 MB on this device, of the 2 GB this browser allows."
    pub fn storage_used(&self, used: &str, quota: &str) -> String {
        self.fill(self.storage_used, &[("used", used), ("quota", quota)])
    }

    /// "1.2 MB of 3.4 MB".
    pub fn progress(&self, done: &str, total: &str) -> String {
        self.fill(self.progress, &[("done", done), ("total", total)])
    }

    /// "New announcement: …", given its title.
    pub fn new_update(&self, title: &str) -> String {
        self.fill(self.new_update, &[("title", title)])
    }

    /// "“Panel 2” moved to Conference Room 4, 16:00."
    pub fn starred_moved(&self, title: &str, room: &str, time: &str) -> String {
        let values = [("title", title), ("room", room), ("time", time)];
        self.fill(self.starred_moved, &values)
    }

    /// "“Panel 2” now starts at 16:00."
    pub fn starred_rescheduled(&self, title: &str, time: &str) -> String {
        self.fill(
            self.starred_rescheduled,
            &[("title", title), ("time", time)],
        )
    }

    /// "“Panel 2” is cancelled."
    pub fn starred_cancelled(&self, title: &str) -> String {
        self.fill(self.starred_cancelled, &[("title", title)])
    }

    /// "“Panel 2” takes place after all."
    pub fn starred_restored(&self, title: &str) -> String {
        self.fill(self.starred_restored, &[("title", title)])
    }

    /// "Starts in 3 days", given the seconds until the first session.
    pub fn starts_in(&self, seconds: i64) -> String {
        let minutes = (seconds / 60).max(0) as u64;
        let (hours, days) = (minutes / 60, minutes / 1440);
        match (days, hours, minutes) {
            (0, 0, 0) => self.starts_soon.to_owned(),
            (0, 0, m) => self.count(self.starts_in_minutes, m, &[]),
            (0, h, _) => self.count(self.starts_in_hours, h, &[]),
            (1, _, _) => self.starts_tomorrow.to_owned(),
            (d, _, _) => self.count(self.starts_in_days, d, &[]),
        }
    }

    /// "New York time".
    pub fn zone_time(&self, place: &str) -> String {
        self.fill(self.zone_time, &[("place", place)])
    }

    /// "Times are New York time (GMT-4)."
    pub fn times_in_zone(&self, place: &str, zone: &str) -> String {
        self.fill(self.times_in_zone, &[("place", place), ("zone", zone)])
    }

    /// The star button's name, given the session's title.
    pub fn star(&self, title: &str) -> String {
        self.fill(self.star, &[("title", title)])
    }

    /// The time-zone switch, given the visitor's own zone's place name.
    pub fn show_own_zone(&self, place: &str) -> String {
        self.fill(self.show_own_zone, &[("place", place)])
    }

    /// "3 of 7 sessions".
    pub fn sessions_shown(&self, shown: usize, all: usize) -> String {
        let shown = self.numbers.integer(shown as u64);
        self.count(self.sessions_shown, all as u64, &[("shown", &shown)])
    }

    /// "3 sessions match": a day tab's count while a filter is on.
    pub fn day_matches(&self, n: usize) -> String {
        self.count(self.day_matches, n as u64, &[])
    }

    /// "Someone shared a list of 3 sessions with you."
    pub fn shared_list(&self, n: usize) -> String {
        self.count(self.shared_list, n as u64, &[])
    }

    /// Alternative text of a speaker's photo, given their name.
    pub fn photo_of(&self, name: &str) -> String {
        self.fill(self.photo_of, &[("name", name)])
    }

    /// "3 of 15 speakers".
    pub fn speakers_shown(&self, shown: usize, all: usize) -> String {
        let shown = self.numbers.integer(shown as u64);
        self.count(self.speakers_shown, all as u64, &[("shown", &shown)])
    }

    /// "Download PDF, 1.2 MB".
    pub fn download(&self, format: &str, size: &str) -> String {
        self.fill(self.download, &[("format", format), ("size", size)])
    }

    /// The file is over the size the portal accepts: its size in words.
    pub fn preview_too_large(&self, size: &str) -> String {
        self.fill(self.preview_too_large, &[("size", size)])
    }

    /// "event.json: 2 errors, 1 warning."
    pub fn preview_summary(&self, file: &str, errors: usize, warnings: usize) -> String {
        if errors == 0 && warnings == 0 {
            return self.fill(self.preview_clean, &[("file", file)]);
        }
        let errors = self.count(self.errors, errors as u64, &[]);
        let warnings = self.count(self.warnings, warnings as u64, &[]);
        let values = [("file", file), ("errors", &errors), ("warnings", &warnings)];
        self.fill(self.preview_problems, &values)
    }

    /// "line 12, column 5".
    pub fn line_column(&self, line: u32, column: u32) -> String {
        let (line, column) = (line.to_string(), column.to_string());
        self.fill(self.line_column, &[("line", &line), ("column", &column)])
    }

    /// A session's kind, as its badge and the filter say it.
    pub fn session_kind(&self, kind: SessionKind) -> &'static str {
        match kind {
            SessionKind::Keynote => self.kind_keynote,
            SessionKind::Talk => self.kind_talk,
            SessionKind::Panel => self.kind_panel,
            SessionKind::Workshop => self.kind_workshop,
            SessionKind::Break => self.kind_break,
            SessionKind::Other => self.kind_other,
        }
    }

    /// A document's kind, as its badge says it.
    pub fn document_kind(&self, kind: DocumentKind) -> &'static str {
        match kind {
            DocumentKind::Report => self.document_report,
            DocumentKind::Agenda => self.document_agenda,
            DocumentKind::Slides => self.document_slides,
            DocumentKind::Other => self.document_other,
        }
    }
}
