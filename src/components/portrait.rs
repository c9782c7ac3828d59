//! A speaker's picture: their photo, or their initials when there is none or it fails.

use leptos::either::Either;
use leptos::prelude::*;

use super::use_messages;
use crate::i18n::initials;

/// The photo at `photo`, described as "Photo of …"; if there is no photo or it cannot
/// be loaded, the person's initials in a circle (never a broken image).
#[component]
pub fn Portrait(
    /// A checked photo URL, if the feed gives one.
    photo: Option<String>,
    /// The person's name as shown.
    name: String,
    /// `small` in lists; the speaker's page shows it large.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    let m = use_messages();
    let (failed, set_failed) = signal(false);
    let size = if small { "56" } else { "160" };
    let letters = initials(&name);
    move || match photo.clone().filter(|_| !failed.get()) {
        Some(src) => Either::Left(view! {
            <img class="portrait" class:portrait-small=small src=src alt=m.photo_of(&name)
                width=size height=size loading="lazy" on:error=move |_| set_failed.set(true) />
        }),
        None => Either::Right(view! {
            <span class="portrait portrait-initials" class:portrait-small=small aria-hidden="true">{letters.clone()}</span>
        }),
    }
}
