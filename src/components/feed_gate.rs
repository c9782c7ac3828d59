//! What a page shows before the feed has loaded, or when loading it failed.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::{Replace, use_messages};
use crate::feed::Feed;
use crate::store::{FeedStatus, FeedStore};
use crate::visitor::use_visitor;

/// Renders `page` with the feed once there is one; until then a skeleton, and if
/// the first load failed, the error with a retry button. Never a blank page.
#[component]
pub fn FeedGate<F, V>(
    /// The page, given the current feed. Called again when the feed changes.
    page: F,
) -> impl IntoView
where
    F: Fn(Arc<Feed>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = expect_context::<FeedStore>();
    let visitor = use_visitor();
    move || match store.feed.get() {
        // Replaced whole on a new feed: see `Replace`.
        Some(feed) => {
            // Pages show times in the zone the visitor chose: a new choice rebuilds them.
            visitor.own_zone.track();
            Either::Left(Replace(page(feed)))
        }
        None => Either::Right(view! { <FeedPending /> }),
    }
}

/// The skeleton while the first load runs, or the error and a retry button after it failed.
#[component]
fn FeedPending() -> impl IntoView {
    let store = expect_context::<FeedStore>();
    let m = use_messages();
    move || match store.status.get() {
        FeedStatus::Failed(error) => Either::Left(view! {
            <section class="feed-error" role="alert" aria-labelledby="feed-error-title">
                <h1 id="feed-error-title">{m.feed_failed_title}</h1>
                <p>{m.feed_failed_hint}</p>
                <p class="feed-error-detail">{error.to_string()}</p>
                <button type="button" class="button" on:click=move |_| store.load()>{m.retry}</button>
            </section>
        }),
        _ => Either::Right(view! {
            <div class="skeleton" aria-busy="true">
                <p class="visually-hidden" role="status">{m.loading}</p>
                <div class="skeleton-line skeleton-title"></div>
                <div class="skeleton-line"></div>
                <div class="skeleton-line skeleton-short"></div>
                <div class="skeleton-block"></div>
            </div>
        }),
    }
}

/// A polite notice above the page when a refresh failed but older data is shown.
#[component]
pub fn FeedNotice() -> impl IntoView {
    let store = expect_context::<FeedStore>();
    let m = use_messages();
    let stale = move || {
        store.feed.with(Option::is_some) && matches!(store.status.get(), FeedStatus::Failed(_))
    };
    view! {
        <div role="status" class="notice-region">
            {move || stale().then(|| view! {
                <p class="notice">
                    {m.feed_stale}" "
                    <button type="button" class="button button-small" on:click=move |_| store.load()>
                        {m.retry}
                    </button>
                </p>
            })}
        </div>
    }
}
