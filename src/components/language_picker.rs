//! The six languages, each named in itself, on every page.

use leptos::prelude::*;

use super::use_messages;
use crate::i18n::Language;
use crate::visitor::use_visitor;

/// A button for each language of the interface, as UN sites list them: العربية, 中文,
/// English, Français, Русский, Español. The shown one is marked `aria-current`; a press
/// rebuilds the interface in the chosen language and remembers the choice.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let buttons = Language::ALL
        .into_iter()
        .map(|language| {
            let current = (language.tag() == m.lang).then_some("true");
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
    view! {
        <nav class="languages" aria-label=m.choose_language>
            <ul>{buttons}</ul>
        </nav>
    }
}
