//! Small views shared by the pages.

mod calendar;
mod feed_gate;
mod keyed_list;
mod language_picker;
mod language_root;
mod layout;
mod link;
mod news;
mod offline_copy;
mod portrait;
mod replace;
mod session_item;
mod star;
mod structured_data;
mod text;
mod update_prompt;
mod zone;

pub use calendar::CalendarButton;
#[cfg(feature = "preview")]
pub(crate) use calendar::save as save_file;
pub use feed_gate::{FeedGate, FeedNotice};
pub use keyed_list::{Keyed, KeyedList};
pub use language_picker::LanguagePicker;
pub use language_root::{in_language, keep_focus, use_page_language};
pub use layout::Layout;
pub use link::SafeLink;
pub use news::News;
pub use offline_copy::{OfflineCopy, StorageUse, provide_stored_changed};
pub use portrait::Portrait;
pub use replace::Replace;
pub use session_item::{SessionItem, TimeRange, session_line};
pub use star::StarButton;
pub use structured_data::use_structured_data;
pub use text::{Paragraphs, TextSpan};
pub use update_prompt::UpdatePrompt;
pub use zone::ZoneNote;

use std::cell::Cell;

use leptos::prelude::{Effect, document};

use crate::agenda::line::LangText;

use crate::feed::text::summary;
use crate::feed::{Feed, Speaker, Text};
use crate::i18n::{self, Language, Messages};

thread_local! {
    /// The language the interface is built in. The whole interface is rebuilt when it
    /// changes (see `app`), so views read it once, as they are built.
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
}

/// Builds the interface in `language` from now on, and says so to the document
/// (`<html lang dir>`), for screen readers, fonts and the layout's direction.
pub fn set_language(language: Language) {
    LANGUAGE.set(language);
    if cfg!(feature = "render") {
        return;
    }
    if let Some(html) = document().document_element() {
        let m = language.messages();
        let _ = html.set_attribute("lang", m.lang);
        let _ = html.set_attribute("dir", m.direction.as_str());
    }
}

/// The interface's messages in the visitor's language.
pub fn use_messages() -> &'static Messages {
    LANGUAGE.get().messages()
}

/// Feed text in the visitor's language: the chosen string and its language tag when it
/// differs from the interface's (for the element's `lang`).
pub fn pick(feed: &Feed, text: &Text) -> (String, Option<String>) {
    let shown = LangText::of(feed, text, use_messages().lang);
    (shown.text, shown.lang)
}

/// "Director, UNICRI": a speaker's role and organisation, leaving out what their shown
/// name already says ("Representative, Google" needs no "Google" after it), with their
/// language as [`join`] gives it.
pub fn person_detail(feed: &Feed, speaker: &Speaker, name: &str) -> (String, Option<String>) {
    let parts: Vec<&Text> = [speaker.role.as_ref(), speaker.organisation.as_ref()]
        .into_iter()
        .flatten()
        .collect();
    pick_list(feed, &parts, name)
}

/// Feed texts in the visitor's language joined by commas, leaving out those `skip`
/// already says (see [`join`]).
pub fn pick_list(feed: &Feed, texts: &[&Text], skip: &str) -> (String, Option<String>) {
    let lang = use_messages().lang;
    join(
        texts
            .iter()
            .map(|text| LangText::of(feed, text, lang))
            .collect(),
        skip,
    )
}

/// Texts as shown, joined by commas, leaving out those `skip` already says; and their
/// language for the element's `lang` when they share one that is not the interface's
/// (texts in several languages go unmarked). The comma is that language's when it is
/// marked ("Director, UNICRI" on an Arabic page), else the interface's; a language whose
/// catalogue this visit has not loaded (or the portal does not have) gets English's ", ".
pub fn join(parts: Vec<LangText>, skip: &str) -> (String, Option<String>) {
    let parts: Vec<LangText> = parts
        .into_iter()
        .filter(|part| !skip.contains(part.text.as_str()))
        .collect();
    let lang = parts.first().and_then(|part| part.lang.clone());
    let lang = lang.filter(|lang| parts.iter().all(|other| other.lang.as_ref() == Some(lang)));
    let comma = lang.as_deref().map_or(use_messages(), i18n::messages).comma;
    let texts: Vec<String> = parts.into_iter().map(|part| part.text).collect();
    (texts.join(comma), lang)
}

/// Feed text in the visitor's language, as a plain string.
pub fn pick_text(feed: &Feed, text: &Text) -> String {
    pick(feed, text).0
}

/// Sets the browser tab's title while the calling page is shown: "Agenda · Event name",
/// or the event's name alone for `None`; and the meta description, from `about` or
/// else the event's description (what search engines and link previews show).
pub fn use_title(feed: &Feed, page: Option<&str>, about: Option<&Text>) {
    let event = pick_text(feed, &feed.event.title);
    let title = match page {
        Some(page) if page != event => format!("{page} · {event}"),
        _ => event,
    };
    let about = about.or(feed.event.description.as_ref());
    set_head(
        title,
        about.map(|about| summary(&pick_text(feed, about), 160)),
    );
}

/// Sets the browser tab's title to `title`, and the meta description when given, while
/// the calling page is shown. (Every page goes through this one Effect, so the wasm has
/// one copy of it.)
pub fn set_head(title: String, description: Option<String>) {
    // Where pages are rendered at publish time, the renderer writes the head itself.
    #[cfg(feature = "render")]
    crate::render::HEAD.set(Some((title.clone(), description.clone())));
    Effect::new(move |_| {
        let document = document();
        document.set_title(&title);
        if let (Some(text), Ok(Some(meta))) = (
            &description,
            document.query_selector("meta[name=description]"),
        ) {
            let _ = meta.set_attribute("content", text);
        }
    });
}
