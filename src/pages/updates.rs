//! `/updates`: the organisers' announcements, newest first.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::agenda::keys;
use crate::components::{FeedGate, Keyed, KeyedList, Paragraphs, pick, use_messages, use_title};
use crate::feed::{Feed, Update};
use crate::intl;
use crate::store::FeedStore;

/// Every announcement, newest first.
#[component]
pub fn UpdatesPage() -> impl IntoView {
    let frame: fn(&Feed) -> u64 = |feed| keys::titled_list(feed, feed.updates.is_empty());
    view! { <FeedGate frame page=|feed| view! { <Updates feed /> } /> }
}

/// The announcements of `feed`, newest first, keyed by what each shows.
fn items(feed: &Arc<Feed>) -> Vec<Keyed> {
    feed.updates_newest_first()
        .map(|update| {
            let (feed, item) = (feed.clone(), update.clone());
            Keyed::new(update.id.clone(), keys::update(&feed, update), move || {
                let (feed, update) = (feed.clone(), item.clone());
                view! { <li><UpdateItem feed update level=2 /></li> }
            })
        })
        .collect()
}

/// The page, built once per frame; a new feed updates the list by key.
#[component]
fn Updates(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.updates_title), None);
    let store = expect_context::<FeedStore>();
    let updates = Memo::new(move |_| {
        store
            .feed
            .with(|feed| feed.as_ref().map(items).unwrap_or_default())
    });
    view! {
        <header class="page-header"><h1>{m.updates_title}</h1></header>
        {if feed.updates.is_empty() {
            Either::Left(view! { <p>{m.no_updates}</p> })
        } else {
            Either::Right(view! {
                <ol class="plain-list update-list">
                    <KeyedList items=updates />
                </ol>
            })
        }}
    }
}

/// One announcement: title, when it was published, its text and the sessions it concerns.
#[component]
pub fn UpdateItem(
    /// The feed the update belongs to.
    feed: Arc<Feed>,
    /// The announcement.
    update: Update,
    /// The heading level of its title.
    level: u8,
) -> impl IntoView {
    let m = use_messages();
    let (title, lang) = pick(&feed, &update.title);
    let heading = match level {
        2 => Either::Left(view! { <h2 class="update-title" lang=lang>{title}</h2> }),
        _ => Either::Right(view! { <h3 class="update-title" lang=lang>{title}</h3> }),
    };
    let published = format!(
        "{}{}{}",
        intl::day_of(update.published, m.locale, &feed.event.timezone),
        m.comma,
        intl::time_of_day(update.published, m.locale, &feed.event.timezone)
    );
    let sessions: Vec<_> = update
        .sessions
        .iter()
        .filter_map(|id| feed.session(id))
        .map(|s| (s.id.clone(), pick(&feed, &s.title)))
        .collect();
    view! {
        <article class="update" class:important=update.important>
            {update.important.then(|| view! { <p class="badge badge-important">{m.important}</p> })}
            {heading}
            <p class="update-date"><time datetime=update.published.to_string()>{published}</time></p>
            <Paragraphs feed=feed.clone() text=update.body.clone() />
            {(!sessions.is_empty()).then(|| view! {
                <p class="update-sessions">{m.concerns}": "
                    {sessions.into_iter().enumerate().map(|(i, (id, (title, lang)))| view! {
                        {(i > 0).then_some(m.comma)}
                        <a href=format!("agenda/{id}") lang=lang>{title}</a>
                    }).collect_view()}
                </p>
            })}
        </article>
    }
}
