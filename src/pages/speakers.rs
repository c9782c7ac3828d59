//! `/speakers`: everyone who speaks or moderates, with a search.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::agenda::search;
use crate::components::{FeedGate, Portrait, person_detail, pick, use_messages, use_title};
use crate::feed::{Feed, url};

/// The list of speakers, in the order the feed gives them, and a search over their
/// names, roles and organisations (accents and case ignored).
#[component]
pub fn SpeakersPage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <Speakers feed /> } /> }
}

#[component]
fn Speakers(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.speakers_title), None);
    let (query, set_query) = signal(String::new());
    let total = feed.speakers.len();
    let folded: Vec<String> = feed
        .speakers
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
        .collect();
    let visible = Memo::new(move |_| {
        let words = query.with(|q| search::words(q));
        folded
            .iter()
            .map(|f| search::matches(f, &words))
            .collect::<Vec<_>>()
    });
    let items: Vec<_> = feed
        .speakers
        .iter()
        .enumerate()
        .map(|(i, speaker)| {
            let (name, lang) = pick(&feed, &speaker.name);
            let detail = person_detail(&feed, speaker, &name);
            let photo = speaker.photo.as_deref().and_then(url::safe).map(str::to_owned);
            view! {
                <li class="speaker-card" hidden=move || visible.with(|v| !v[i])>
                    <Portrait photo name=name.clone() small=true />
                    <div>
                        <h2 class="speaker-name">
                            <a href=format!("/speakers/{}", speaker.id)><span lang=lang>{name}</span></a>
                        </h2>
                        {(!detail.is_empty()).then(|| view! { <p class="person-detail">{detail}</p> })}
                    </div>
                </li>
            }
        })
        .collect();
    let count = move || {
        let shown = visible.with(|v| v.iter().filter(|&&v| v).count());
        match shown {
            0 => m.no_speakers_match.to_owned(),
            _ if query.with(|q| q.trim().is_empty()) => String::new(),
            _ => m.speakers_shown(shown, total),
        }
    };
    view! {
        <header class="page-header"><h1>{m.speakers_title}</h1></header>
        {if items.is_empty() {
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
                <ul class="speaker-list">{items}</ul>
            })
        }}
    }
}
