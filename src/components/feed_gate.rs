//! What a page shows before the feed has loaded, or when loading it failed.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::{Replace, keep_focus, use_messages};
use crate::feed::Feed;
use crate::store::{FeedStatus, FeedStore};
use crate::visitor::use_visitor;

/// Renders `page` with the feed once there is one; until then a skeleton, and if
/// the first load failed, the error with a retry button. Never a blank page.
///
/// A new feed rebuilds the page whole, unless the page gives a `frame`: then only a new
/// frame rebuilds it, and the page applies other changes in place itself (the agenda,
/// whose lines are keyed: see `agenda::keys`).
#[component]
pub fn FeedGate<F, V>(
    /// The page, given the feed it is built from. Called again when the feed (or, with
    /// `frame`, the frame) changes.
    page: F,
    /// What the page's frame is built from, when it follows a new feed in place.
    #[prop(optional)]
    frame: Option<fn(&Feed) -> u64>,
) -> impl IntoView
where
    F: Fn(Arc<Feed>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = expect_context::<FeedStore>();
    let visitor = use_visitor();
    // Which build of the page the feed calls for: a new one for each feed, or for each
    // new frame.
    let build = Memo::new(move |before: Option<&Option<u64>>| {
        store.feed.with(|feed| {
            let feed = feed.as_deref()?;
            Some(match frame {
                Some(frame) => frame(feed),
                None => before.copied().flatten().unwrap_or(0).wrapping_add(1),
            })
        })
    });
    move || match build.get().and_then(|_| store.feed.get_untracked()) {
        // Replaced whole: see `Replace`.
        Some(feed) => {
            // Pages show times in the zone the visitor chose: a new choice rebuilds them.
            visitor.own_zone.track();
            keep_focus();
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
                // The technical reason, for whoever publishes the feed: in English on
                // every page, and marked so (it reads left to right on an Arabic page).
                <p class="feed-error-detail" lang="en">{error.to_string()}</p>
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

/// A polite notice above the page when a refresh failed but older data is shown (or,
/// offline, the copy kept on the device, said so): how old it is (counted each minute), that the portal keeps trying, and a retry now.
#[component]
pub fn FeedNotice() -> impl IntoView {
    let store = expect_context::<FeedStore>();
    let visitor = use_visitor();
    let m = use_messages();
    let stale = move || {
        store.feed.with(Option::is_some)
            && matches!(
                store.status.get(),
                FeedStatus::Failed(_) | FeedStatus::Offline
            )
    };
    let offline = move || {
        if store.status.get() == FeedStatus::Offline {
            [m.offline, " "].concat()
        } else {
            String::new()
        }
    };
    let age = move || {
        let now = visitor.now.get() as f64 * 1000.0;
        let checked = store.checked.get().unwrap_or(now);
        m.feed_stale(((now - checked) / 60_000.0).max(0.0) as i64)
    };
    view! {
        <div role="status" class="notice-region">
            {move || stale().then(|| view! {
                <p class="notice">
                    {offline}
                    {age}" "
                    <button type="button" class="button button-small" on:click=move |_| store.load()>
                        {m.retry}
                    </button>
                </p>
            })}
        </div>
    }
}
