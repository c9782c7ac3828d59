//! Links from the feed, made only from URLs that are safe to follow.

use leptos::either::Either;
use leptos::prelude::*;

use crate::feed::url::{self, UrlKind};

/// A link to a feed URL, or its label as plain text when the URL is not `https:`,
/// `http:`, `mailto:` or a path inside the site.
#[component]
pub fn SafeLink(
    /// The URL from the feed.
    #[prop(into)]
    url: String,
    /// What the link says.
    #[prop(into)]
    label: String,
    /// The language of the label, when it is not the interface's.
    #[prop(optional)]
    lang: Option<String>,
) -> impl IntoView {
    match url::check(&url) {
        Ok(kind) => {
            let rel = (kind == UrlKind::Web).then_some("noopener");
            Either::Left(view! { <a href=url rel=rel lang=lang>{label}</a> })
        }
        Err(_) => Either::Right(view! { <span lang=lang>{label}</span> }),
    }
}
