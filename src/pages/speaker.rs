//! `/speakers/:id`: one speaker, their bio and their sessions.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{
    FeedGate, Paragraphs, Portrait, SafeLink, SessionItem, person_detail, pick, session_line,
    use_messages, use_title,
};
use crate::feed::{Feed, Speaker, url};
use crate::pages::NotFoundPage;
use crate::visitor::use_visitor;

/// A speaker's page, or a not-found page when the id is not in the feed.
#[component]
pub fn SpeakerPage() -> impl IntoView {
    let params = use_params_map();
    let m = use_messages();
    view! {
        <FeedGate page=move |feed| {
                let id = params.read().get("id").unwrap_or_default();
                match feed.speaker(&id).cloned() {
                    Some(speaker) => Either::Left(view! { <SpeakerDetail feed speaker /> }),
                    None => Either::Right(view! {
                        <NotFoundPage message=m.speaker_not_found back_href="speakers" back_label=m.back_to_speakers />
                    }),
                }
            } />
    }
}

#[component]
fn SpeakerDetail(feed: Arc<Feed>, speaker: Speaker) -> impl IntoView {
    let m = use_messages();
    let (name, lang) = pick(&feed, &speaker.name);
    use_title(&feed, Some(&name), speaker.bio.as_ref());
    let detail = person_detail(&feed, &speaker, &name);
    let zone = use_visitor().zone(&feed);
    let photo = speaker
        .photo
        .as_deref()
        .and_then(url::safe)
        .map(str::to_owned);
    let sessions: Vec<_> = feed.sessions_of_speaker(&speaker.id).cloned().collect();
    let links = speaker.links.clone();
    view! {
        <article class="speaker-detail">
            <header class="page-header">
                <Portrait photo name=name.clone() />
                <h1 lang=lang>{name}</h1>
                {(!detail.0.is_empty()).then(|| view! { <p class="subtitle" lang=detail.1>{detail.0}</p> })}
            </header>
            {speaker.bio.clone().map(|bio| view! { <Paragraphs feed=feed.clone() text=bio /> })}
            {(!links.is_empty()).then(|| {
                let feed = feed.clone();
                view! {
                    <ul class="links">
                        {links.into_iter().map(|link| {
                            let (label, lang) = pick(&feed, &link.title);
                            view! { <li><SafeLink url=link.url label lang=lang.unwrap_or_default() /></li> }
                        }).collect_view()}
                    </ul>
                }
            })}
            <section aria-labelledby="their-sessions">
                <h2 id="their-sessions">{m.their_sessions}</h2>
                <ul class="session-list">
                    {sessions.into_iter().map(|session| view! {
                        <li><SessionItem line=session_line(&feed, &session) zone=zone.clone() /></li>
                    }).collect_view()}
                </ul>
            </section>
            <p><a href="speakers">{m.back_to_speakers}</a></p>
        </article>
    }
}
