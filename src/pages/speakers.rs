//! `/speakers`: everyone who speaks or moderates.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::components::{FeedGate, person_detail, pick, use_messages, use_title};
use crate::feed::Feed;

/// The list of speakers, in the order the feed gives them.
#[component]
pub fn SpeakersPage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <Speakers feed /> } /> }
}

#[component]
fn Speakers(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.speakers_title));
    let items: Vec<_> = feed
        .speakers
        .iter()
        .map(|speaker| {
            let (name, lang) = pick(&feed, &speaker.name);
            let detail = person_detail(&feed, speaker, &name);
            view! {
                <li class="speaker-card">
                    <h2 class="speaker-name">
                        <a href=format!("/speakers/{}", speaker.id)><span lang=lang>{name}</span></a>
                    </h2>
                    {(!detail.is_empty()).then(|| view! { <p class="person-detail">{detail}</p> })}
                </li>
            }
        })
        .collect();
    view! {
        <header class="page-header"><h1>{m.speakers_title}</h1></header>
        {if items.is_empty() {
            Either::Left(view! { <p>{m.no_speakers}</p> })
        } else {
            Either::Right(view! { <ul class="speaker-list">{items}</ul> })
        }}
    }
}
