//! The root of the portal's views: they show in one interface language, and wait for
//! the first paint until the feed is settled and the language's catalogue is here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Replace, set_language};
use crate::i18n::Language;
use crate::store::{FeedStatus, FeedStore};
use crate::visitor::Visitor;

/// The language the portal shows in (and whether its own catalogue shows it, `false`
/// while English stands in), once it can show anything: `None` until the feed
/// is here or has failed (`index.html`'s title and skeleton stay meanwhile, so the page
/// does not shift when the event's title and programme arrive a moment after the wasm;
/// Lighthouse's layout shift was 0.88), and until the language's catalogue is settled.
/// The language the visitor wants counts the feed's first only when the browser asks
/// for none of ours.
pub fn use_page_language(store: FeedStore, visitor: Visitor) -> Memo<Option<(Language, bool)>> {
    let wanted = Memo::new(move |_| store.feed.with(|feed| visitor.language(feed.as_deref())));
    let shown = crate::catalogues::use_shown_language(wanted, store.checked);
    let settled = Memo::new(move |previous: Option<&bool>| {
        previous.copied().unwrap_or(false)
            || store.feed.with(Option::is_some)
            || store.status.with(|status| *status != FeedStatus::Loading)
    });
    // With whether the language's own catalogue shows it: when it arrives after English
    // stood in for it, the views are built again, in it.
    Memo::new(move |_| if settled.get() { shown.get() } else { None })
}

/// `views` in `language`, once there is one: a new language rebuilds them whole (one
/// frame, focus kept on the element that had it, the language button), so no view has
/// to follow the language itself. The first time, `index.html`'s skeleton goes. (A
/// plain function: as a `#[component]` with a generic prop it cost 322 bytes more of
/// brotli'd wasm.)
pub fn in_language<V: IntoView + 'static>(
    // The language to show and whether its catalogue is here, `None` while the first
    // paint waits.
    language: Memo<Option<(Language, bool)>>,
    // The views, built anew in each language.
    views: fn() -> V,
) -> impl IntoView {
    move || {
        language.get().map(|(language, _)| {
            // The page's `lang` and `dir`, and the messages every view reads.
            set_language(language);
            if cfg!(not(feature = "render"))
                && let Some(shell) = document().get_element_by_id("shell")
            {
                shell.remove();
            }
            keep_focus();
            Replace(views())
        })
    }
}

/// A page rebuilt for a newer feed (or the interface for another language) replaces the
/// element that had focus (the search field, as the visitor types; the language
/// button): focus goes back to the element with the same id, and in a text field the
/// caret goes back where it was.
pub fn keep_focus() {
    if cfg!(feature = "render") {
        return;
    }
    let Some(active) = document().active_element() else {
        return;
    };
    let id = active.id();
    if id.is_empty() {
        return;
    }
    let caret = active
        .dyn_ref::<web_sys::HtmlInputElement>()
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(&id) else {
            return;
        };
        if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
        // A language's button behind the phones' closed picker cannot take focus: its
        // picker's button takes it.
        if document().active_element().as_ref() != Some(&element)
            && id.starts_with("language-")
            && let Some(toggle) = document().get_element_by_id(super::language_picker::TOGGLE)
            && let Some(toggle) = toggle.dyn_ref::<web_sys::HtmlElement>()
        {
            let _ = toggle.focus();
        }
        if let (Some(input), Some((start, end))) =
            (element.dyn_ref::<web_sys::HtmlInputElement>(), caret)
        {
            let _ = input.set_selection_range(start, end);
        }
    });
}
