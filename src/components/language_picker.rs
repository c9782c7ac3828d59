//! The six languages, each named in itself, on every page.

use leptos::prelude::*;

use super::use_messages;
use crate::i18n::Language;
use crate::visitor::use_visitor;

/// A button for each language of the interface, as UN sites list them: العربية, 中文,
/// English, Français, Русский, Español. The shown one is marked `aria-current`; a press
/// rebuilds the interface in the chosen language and remembers the choice.
///
/// On phones (up to 640 px) the six sit behind one button that names the shown language
/// and opens them (a disclosure: `aria-expanded`, Escape closes it); wider, the button is
/// hidden and the six are always in view. Only CSS tells the two apart.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let (open, set_open) = signal(false);
    let shown = Language::ALL
        .into_iter()
        .find(|language| language.tag() == m.lang)
        .unwrap_or(Language::English);
    let buttons = Language::ALL
        .into_iter()
        .map(|language| {
            let current = (language == shown).then_some("true");
            view! {
                <li>
                    <button
                        type="button"
                        id=format!("language-{}", language.tag())
                        lang=language.tag()
                        aria-current=current
                        on:click=move |_| visitor.choose_language(language)
                    >
                        {language.name()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            set_open.set(false);
            if let Some(toggle) = document().get_element_by_id(TOGGLE) {
                let _ =
                    wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(toggle).focus();
            }
        }
    };
    view! {
        <nav class="languages" aria-label=m.choose_language on:keydown=close_on_escape>
            <button
                type="button"
                id=TOGGLE
                class="languages-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="languages-list"
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                <span class="visually-hidden">{m.choose_language}": "</span>
                <span lang=shown.tag()>{shown.name()}</span>
            </button>
            <ul id="languages-list">{buttons}</ul>
        </nav>
    }
}

/// The id of the phones' language button: focus goes back to it when a choice rebuilds
/// the interface and the chosen language's own button is out of sight.
pub const TOGGLE: &str = "language-toggle";
