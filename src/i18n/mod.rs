//! The interface's words: one catalogue per language, `public/i18n/<tag>.json`.
//!
//! Every user-visible string of the interface comes from a [`Messages`] value, read from
//! a catalogue (see [`catalogue`] for the format). The six official languages of the
//! United Nations have one each, in the terms the UN's own sites use ("Agenda" is جدول
//! الأعمال, 议程, ordre du jour, повестка дня, programa). Feed text (titles, bios, ...)
//! never comes from here: it is the organiser's, in the languages the feed gives.
//!
//! English is compiled into the portal; the browser fetches another language's catalogue
//! (2 to 4 KB compressed) when a visitor needs it, so a visit in one language never
//! downloads the other five. The native build compiles all six in, so that the tests
//! read every catalogue.

pub mod catalogue;
pub mod numbers;
pub mod plural;

use std::cell::RefCell;

pub use catalogue::{CatalogueError, Messages};
pub use numbers::Numbers;
use plural::Category;

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

    /// Its catalogue, once read; English until then (see [`loaded`]).
    pub fn messages(self) -> &'static Messages {
        loaded(self)
            .or_else(|| loaded(Language::English))
            .expect("the English catalogue is compiled in, and the native tests read it")
    }

    /// Its tag: `ar`, `zh`, `en`, `fr`, `ru`, `es`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::Chinese => "zh",
            Language::English => "en",
            Language::French => "fr",
            Language::Russian => "ru",
            Language::Spanish => "es",
        }
    }

    /// Its name in itself, as a language picker shows it: العربية, 中文, English…
    pub fn name(self) -> &'static str {
        match self {
            Language::Arabic => "العربية",
            Language::Chinese => "中文",
            Language::English => "English",
            Language::French => "Français",
            Language::Russian => "Русский",
            Language::Spanish => "Español",
        }
    }

    /// The plural category of `n` in this language.
    pub fn plural(self, n: u64) -> Category {
        match self {
            Language::Arabic => plural::arabic(n),
            Language::Chinese => plural::chinese(n),
            Language::English => plural::english(n),
            Language::French => plural::french(n),
            Language::Russian => plural::russian(n),
            Language::Spanish => plural::spanish(n),
        }
    }

    /// Where the browser fetches its catalogue, relative to the page's `<base href>`.
    pub fn catalogue_url(self) -> String {
        format!("i18n/{}.json", self.tag())
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

/// The catalogue for a language tag, English when the portal does not have it.
pub fn messages(lang: &str) -> &'static Messages {
    Language::from_tag(lang)
        .unwrap_or(Language::English)
        .messages()
}

/// The catalogues compiled into the program: English everywhere; all six natively.
fn compiled_in(language: Language) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(match language {
            Language::Arabic => include_str!("../../public/i18n/ar.json"),
            Language::Chinese => include_str!("../../public/i18n/zh.json"),
            Language::English => include_str!("../../public/i18n/en.json"),
            Language::French => include_str!("../../public/i18n/fr.json"),
            Language::Russian => include_str!("../../public/i18n/ru.json"),
            Language::Spanish => include_str!("../../public/i18n/es.json"),
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        (language == Language::English).then_some(include_str!("../../public/i18n/en.json"))
    }
}

thread_local! {
    /// The catalogues read so far.
    static LOADED: RefCell<Vec<(Language, &'static Messages)>> = const { RefCell::new(Vec::new()) };
}

/// `language`'s catalogue if it has been read, or can be now (it is compiled in).
pub fn loaded(language: Language) -> Option<&'static Messages> {
    let read = LOADED.with_borrow(|loaded| {
        loaded
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, messages)| *messages)
    });
    read.or_else(|| load(language, compiled_in(language)?).ok())
}

/// Reads `text` as `language`'s catalogue and keeps it for the rest of the visit.
pub fn load(language: Language, text: &str) -> Result<&'static Messages, CatalogueError> {
    let messages = Messages::read(text)?;
    if messages.lang != language.tag() {
        return Err(CatalogueError(format!(
            "this is the catalogue of `{}`, not of `{}`",
            messages.lang,
            language.tag()
        )));
    }
    let messages: &'static Messages = Box::leak(Box::new(messages));
    LOADED.with_borrow_mut(|loaded| loaded.push((language, messages)));
    Ok(messages)
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

// Natively only: the tests read the catalogues' JSON with serde_json.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::Value;

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

    /// A catalogue's JSON, as a translator wrote it.
    fn raw(language: Language) -> Value {
        serde_json::from_str(compiled_in(language).unwrap()).unwrap()
    }

    /// The `{names}` in a message.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    /// Messages that are rightly the same words as in English.
    const SAME_AS_ENGLISH: &[(&str, &str)] = &[
        ("fr", "nav_documents"),
        ("fr", "documents_title"),
        ("fr", "session_documents"),
        ("fr", "format"),
        ("fr", "important"),
        ("fr", "document_other"),
        ("fr", "comma"),
        ("es", "comma"),
        ("ru", "comma"),
        ("es", "error"),
        ("es", "preview_problems"),
        ("ru", "preview_problems"),
    ];

    /// Every message lands in the field of its key (`Messages::assemble` moves them in
    /// as one array: a field out of place would show another message).
    #[test]
    fn every_field_holds_the_message_of_its_key() {
        const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
        for language in Language::ALL {
            let m = loaded(language).unwrap();
            let json = raw(language);
            for (key, value) in json["messages"].as_object().unwrap() {
                let field = m.by_key(key).unwrap_or_else(|| panic!("no field {key}"));
                match value {
                    Value::String(text) => assert_eq!(field, [text.as_str()], "{key}"),
                    Value::Object(forms) => {
                        for (form, text) in FORMS.iter().zip(&field) {
                            let written = forms.get(*form).unwrap_or(&forms["other"]);
                            assert_eq!(Some(*text), written.as_str(), "{key}.{form}");
                        }
                    }
                    _ => panic!("{key} is neither a text nor forms"),
                }
            }
        }
    }

    #[test]
    fn every_catalogue_has_every_message_english_has_and_translates_it() {
        let english = raw(Language::English);
        let english = english["messages"].as_object().unwrap();
        assert_eq!(
            english.len(),
            catalogue::TEXTS.len() + catalogue::PLURALS.len()
        );
        for language in Language::ALL {
            let m = loaded(language).unwrap_or_else(|| panic!("{language:?} does not read"));
            assert_eq!(m.lang, language.tag());
            let json = raw(language);
            let messages = json["messages"].as_object().unwrap();
            let mut keys: Vec<&String> = messages.keys().collect();
            let mut expected: Vec<&String> = english.keys().collect();
            keys.sort();
            expected.sort();
            assert_eq!(keys, expected, "{}: keys differ from English", m.lang);
            for (key, text) in messages {
                let english = &english[key];
                let same = text == english && key != "portal_name";
                let allowed = SAME_AS_ENGLISH.contains(&(m.lang, key.as_str()));
                assert!(
                    language == Language::English || !same || allowed,
                    "{}: {key} is still in English: {text}",
                    m.lang
                );
                match (text, english) {
                    (Value::String(text), Value::String(english)) => {
                        assert!(!text.trim().is_empty(), "{}: {key} is empty", m.lang);
                        assert_eq!(
                            placeholders(text),
                            placeholders(english),
                            "{}: {key} names other values than English",
                            m.lang
                        );
                    }
                    (Value::Object(forms), Value::Object(_)) => {
                        let needed: &[&str] = match language {
                            Language::Arabic => &["one", "two", "few", "many", "other"],
                            Language::Russian => &["one", "few", "many", "other"],
                            Language::Chinese => &["other"],
                            _ => &["one", "other"],
                        };
                        // A message that says the same for every number (Russian's
                        // "Показано 3 из 7") gives only "other"; one that varies gives
                        // every form the language has.
                        let varies = forms.keys().any(|form| form != "other");
                        for form in needed
                            .iter()
                            .filter(|_| varies || language == Language::English)
                        {
                            let text = forms.get(*form).and_then(Value::as_str);
                            assert!(text.is_some(), "{}: {key} has no `{form}` form", m.lang);
                        }
                    }
                    _ => panic!("{}: {key} is not shaped as in English", m.lang),
                }
            }
        }
    }

    #[test]
    fn a_catalogue_missing_a_message_is_refused_whole() {
        let mut json = raw(Language::French);
        json["messages"]
            .as_object_mut()
            .unwrap()
            .remove("nav_agenda");
        let error = Messages::read(&json.to_string()).err().unwrap();
        assert!(error.0.contains("nav_agenda"), "{error}");
        let mut json = raw(Language::Russian);
        json["messages"]["errors"]
            .as_object_mut()
            .unwrap()
            .remove("other");
        assert!(Messages::read(&json.to_string()).is_err());
        assert!(load(Language::Arabic, compiled_in(Language::Spanish).unwrap()).is_err());
        assert!(Messages::read("{").is_err());
    }

    #[test]
    fn counted_words_take_each_language_s_plural_forms() {
        let starts = |language: Language, minutes: i64| {
            language
                .messages()
                .starts_in(minutes * 60)
                .replace('\u{a0}', " ")
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
        assert_eq!(starts(Language::English, 0), "Starts in less than a minute");
        assert_eq!(starts(Language::English, 24 * 60), "Starts tomorrow");
        assert_eq!(
            starts(Language::English, 3 * 24 * 60 + 5),
            "Starts in 3 days"
        );
        let shown = |language: Language| {
            language
                .messages()
                .sessions_shown(3, 2_000)
                .replace('\u{a0}', " ")
        };
        assert_eq!(shown(Language::English), "3 of 2,000 sessions");
        assert_eq!(shown(Language::Spanish), "3 de 2000 sesiones");
        assert_eq!(shown(Language::French), "3 sur 2\u{202f}000 séances");
        assert_eq!(shown(Language::Russian), "Показано 3 из 2 000");
        assert_eq!(shown(Language::Arabic), "3 من أصل 2,000 جلسة");
        let arabic = Language::Arabic.messages();
        assert!(arabic.preview_summary("e.json", 2, 0).contains("خطآن"));
        assert!(arabic.preview_summary("e.json", 5, 1).contains("5 أخطاء"));
        let english = Language::English.messages();
        assert_eq!(
            english.preview_summary("e.json", 1, 2),
            "e.json: 1 error, 2 warnings."
        );
        assert_eq!(
            english.preview_summary("e.json", 0, 0),
            "e.json: no problems found."
        );
        assert_eq!(
            english.feed_stale(1),
            "The programme could not be updated: you are seeing it as it was 1 minute ago. The portal keeps trying."
        );
        assert_eq!(
            english.download("PDF", "990 bytes"),
            "Download PDF, 990 bytes"
        );
        assert_eq!(english.line_column(12, 5), "line 12, column 5");
    }

    #[test]
    fn values_keep_their_own_direction_inside_arabic() {
        let arabic = Language::Arabic.messages();
        assert_eq!(
            arabic.starred_moved("Panel 2", "Room 4", "16:00"),
            "نُقلت «\u{2068}Panel 2\u{2069}» إلى \u{2068}Room 4\u{2069}، الساعة \u{2068}16:00\u{2069}."
        );
        // Left to right languages leave them as they are.
        let english = Language::English.messages();
        assert_eq!(
            english.starred_moved("Panel 2", "Room 4", "16:00"),
            "“Panel 2” moved to Room 4, 16:00."
        );
        // A brace that names nothing stays as written.
        assert_eq!(english.photo_of("{x} Ana"), "Photo of {x} Ana");
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
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
    }
}
