//! `/speakers`: everyone who speaks or moderates, with a search.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::agenda::{keys, search};
use crate::components::{
    FeedGate, Keyed, KeyedList, Portrait, person_detail, pick, use_messages, use_title,
};
use crate::feed::{Feed, url};
use crate::store::FeedStore;

/// The list of speakers, in the order the feed gives them, and a search over their
/// names, roles and organisations (accents and case ignored). Built once per frame; a
/// new feed updates the list by key and keeps the search.
#[component]
pub fn SpeakersPage() -> impl IntoView {
    let frame: fn(&Feed) -> u64 = |feed| keys::titled_list(feed, feed.speakers.is_empty());
    view! { <FeedGate frame page=|feed| view! { <Speakers feed /> } /> }
}

/// Each speaker's name, role and organisation, folded for search.
fn folded(feed: &Feed) -> Vec<String> {
    feed.speakers
        .iter()
        .map(|s| {
            let texts = [Some(&s.name), s.role.as_ref(), s.organisation.as_ref()];
            let all: Vec<&str> = texts
                .into_iter()
                .flatten()
                .flat_map(|t| t.strings())
                .collect();
            search::fold(&all.join("\n"))
        })
        .collect()
}

#[component]
fn Speakers(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.speakers_title), None);
    let store = expect_context::<FeedStore>();
    let (query, set_query) = signal(String::new());
    let folded = Memo::new(move |_| {
        store
            .feed
            .with(|feed| feed.as_deref().map(folded).unwrap_or_default())
    });
    let visible = Memo::new(move |_| {
        let words = query.with(|q| search::words(q));
        folded.with(|folded| {
            folded
                .iter()
                .map(|f| search::matches(f, &words))
                .collect::<Vec<_>>()
        })
    });
    // Keyed by id, what the card shows and its place (the search's flags are by place).
    let items = Memo::new(move |_| {
        store.feed.with(|feed| {
            let Some(feed) = feed.as_ref() else {
                return Vec::new();
            };
            feed.speakers
                .iter()
                .enumerate()
                .map(|(i, speaker)| {
                    let (feed, card) = (feed.clone(), speaker.clone());
                    let key = keys::entry(&feed, speaker) ^ (i as u64).rotate_left(32);
                    Keyed::new(speaker.id.clone(), key, move || {
                        let (name, lang) = pick(&feed, &card.name);
                        let detail = person_detail(&feed, &card, &name);
                        let photo = card.photo.as_deref().and_then(url::safe).map(str::to_owned);
                        view! {
                            <li class="speaker-card" hidden=move || visible.with(|v| !v.get(i).copied().unwrap_or(true))>
                                <Portrait photo name=name.clone() small=true />
                                <div>
                                    <h2 class="speaker-name">
                                        <a href=format!("speakers/{}", card.id)><span lang=lang>{name}</span></a>
                                    </h2>
                                    {(!detail.0.is_empty()).then(|| view! { <p class="person-detail" lang=detail.1>{detail.0}</p> })}
                                </div>
                            </li>
                        }
                    })
                })
                .collect()
        })
    });
    let count = move || {
        let shown = visible.with(|v| v.iter().filter(|&&v| v).count());
        let total = folded.with(Vec::len);
        match shown {
            0 => m.no_speakers_match.to_owned(),
            _ if query.with(|q| q.trim().is_empty()) => String::new(),
            _ => m.speakers_shown(shown, total),
        }
    };
    view! {
        <header class="page-header"><h1>{m.speakers_title}</h1></header>
        {if feed.speakers.is_empty() {
            Either::Left(view! { <p>{m.no_speakers}</p> })
        } else {
            Either::Right(view! {
                <form class="filters" role="search" aria-label=m.search_speakers on:submit=|ev| ev.prevent_default()>
                    <label class="field field-search">
                        <span>{m.search_speakers}</span>
                        <input id="speaker-search" type="search" autocomplete="off" on:input=move |ev| set_query.set(event_target_value(&ev)) />
                    </label>
                </form>
                <p class="match-count" role="status">{count}</p>
                <ul class="speaker-list"><KeyedList items /></ul>
            })
        }}
    }
}
