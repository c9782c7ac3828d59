//! The page for addresses that lead nowhere.

use leptos::prelude::*;

use crate::components::{set_head, use_messages};

/// "Page not found", with a way back.
#[component]
pub fn NotFoundPage(
    /// What is missing, when more is known than the address.
    #[prop(optional)]
    message: Option<&'static str>,
    /// Where the way back leads, relative to the portal's base (`agenda`).
    #[prop(default = "./")]
    back_href: &'static str,
    /// What the way back says.
    #[prop(optional)]
    back_label: Option<&'static str>,
) -> impl IntoView {
    let m = use_messages();
    set_head(m.not_found_title.to_owned(), None);
    view! {
        <section class="not-found">
            <h1>{m.not_found_title}</h1>
            <p>{message.unwrap_or(m.not_found_body)}</p>
            <p><a href=back_href>{back_label.unwrap_or(m.back_home)}</a></p>
        </section>
    }
}
