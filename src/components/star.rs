//! The star that keeps a session in My agenda.

use leptos::prelude::*;

use super::use_messages;
use crate::visitor::use_visitor;

/// A toggle button (`aria-pressed`) that stars a session or takes its star away. Its
/// name says which session; the star it draws (CSS) says the state.
#[component]
pub fn StarButton(
    /// The session's id.
    id: String,
    /// The session's title, for the button's accessible name.
    title: String,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let pressed = {
        let id = id.clone();
        move || {
            if visitor.is_starred(&id) {
                "true"
            } else {
                "false"
            }
        }
    };
    view! {
        <button type="button" class="star" aria-pressed=pressed on:click=move |_| visitor.toggle_star(&id)>
            <span class="visually-hidden">{m.star(&title)}</span>
        </button>
    }
}
