//! Feed text on screen: always text nodes, never HTML.

use std::sync::Arc;

use leptos::prelude::*;

use super::pick;
use crate::feed::text::paragraphs;
use crate::feed::{Feed, Text};

/// A feed string in the visitor's language, with `lang` set when it is in another one.
#[component]
pub fn TextSpan(
    /// The feed the text belongs to (for its languages).
    feed: Arc<Feed>,
    /// The text to show.
    text: Text,
) -> impl IntoView {
    let (text, lang) = pick(&feed, &text);
    view! { <span lang=lang>{text}</span> }
}

/// Feed text as paragraphs (split at blank lines), each a `<p>`.
#[component]
pub fn Paragraphs(
    /// The feed the text belongs to (for its languages).
    feed: Arc<Feed>,
    /// The text to show.
    text: Text,
) -> impl IntoView {
    let (text, lang) = pick(&feed, &text);
    let paragraphs: Vec<String> = paragraphs(&text).into_iter().map(str::to_owned).collect();
    view! {
        <div class="prose" lang=lang>
            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
    }
}
