//! `/agenda/:id`: one session in full.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::agenda::{self, Watch};
use crate::components::{
    CalendarButton, FeedGate, Paragraphs, SafeLink, StarButton, TimeRange, ZoneNote, person_detail,
    pick, use_messages, use_title,
};
use crate::feed::{Feed, Session, SessionStatus};
use crate::i18n::format_name;
use crate::intl;
use crate::pages::NotFoundPage;
use crate::visitor::use_visitor;

/// A session's page, or a not-found page when the id is not in the feed.
#[component]
pub fn SessionPage() -> impl IntoView {
    let params = use_params_map();
    let m = use_messages();
    view! {
        <FeedGate page=move |feed| {
                let id = params.read().get("id").unwrap_or_default();
                match feed.session(&id).cloned() {
                    Some(session) => Either::Left(view! { <SessionDetail feed session /> }),
                    None => Either::Right(view! {
                        <NotFoundPage message=m.session_not_found back_href="agenda" back_label=m.back_to_agenda />
                    }),
                }
            } />
    }
}

/// A list of people (speakers or moderators) linking to their pages.
fn people(feed: &Feed, ids: &[String]) -> Vec<impl IntoView + use<>> {
    ids.iter()
        .filter_map(|id| feed.speaker(id))
        .map(|speaker| {
            let (name, lang) = pick(feed, &speaker.name);
            let detail = person_detail(feed, speaker, &name);
            view! {
                <li>
                    <a href=format!("speakers/{}", speaker.id)><span lang=lang>{name}</span></a>
                    {(!detail.0.is_empty()).then(|| view! { <span class="person-detail" lang=detail.1>{detail.0}</span> })}
                </li>
            }
        })
        .collect()
}

#[component]
fn SessionDetail(feed: Arc<Feed>, session: Session) -> impl IntoView {
    let m = use_messages();
    let zone = use_visitor().zone(&feed);
    let (title, title_lang) = pick(&feed, &session.title);
    use_title(&feed, Some(&title), session.abstract_text.as_ref());
    let cancelled = session.status == SessionStatus::Cancelled;
    let day = intl::day_of(session.start, m.locale, &zone);
    let room = session
        .room
        .as_deref()
        .and_then(|id| feed.room(id))
        .map(|room| pick(&feed, &room.name));
    let track = session
        .track
        .as_deref()
        .and_then(|id| feed.track(id))
        .map(|track| pick(&feed, &track.name));
    let watch = agenda::watch(&session, intl::now()).map(|watch| match watch {
        Watch::Upcoming(url) => (url.to_owned(), m.livestream_upcoming),
        Watch::Live(url) => (url.to_owned(), m.watch_live),
        Watch::Recording(url) => (url.to_owned(), m.watch_recording),
    });
    let speakers = people(&feed, &session.speakers);
    let moderators = people(&feed, &session.moderators);
    let documents: Vec<_> = session
        .documents
        .iter()
        .filter_map(|id| feed.document(id))
        .map(|doc| {
            let (label, lang) = pick(&feed, &doc.title);
            let action = m.download(
                &format_name(&doc.media_type),
                &m.numbers.file_size(doc.bytes),
            );
            view! {
                <li>
                    <span lang=lang.clone()>{label}</span>" "
                    <SafeLink url=doc.url.clone() label=action />
                </li>
            }
        })
        .collect();
    view! {
        <article class="session-detail" class:cancelled=cancelled>
            <header class="page-header">
                <p class="eyebrow">{m.session_kind(session.kind)}</p>
                <h1 lang=title_lang>{title.clone()}</h1>
                {cancelled.then(|| view! { <p class="notice notice-cancelled">{m.cancelled_notice}</p> })}
                <p class="session-actions">
                    <StarButton id=session.id.clone() title=title.clone() />
                    <CalendarButton ids=Signal::stored(vec![session.id.clone()]) file=format!("{}.ics", session.id) label=m.calendar_session />
                </p>
            </header>
            <dl class="facts">
                <div>
                    <dt>{m.when}</dt>
                    <dd>
                        <time datetime=session.start.local_date().to_string()>{day}</time>{m.comma}
                        <TimeRange start=session.start end=session.end zone=zone.clone() />
                        <ZoneNote zone=zone.clone() event_zone=feed.event.timezone.clone() at=session.start />
                    </dd>
                </div>
                {room.map(|(room, lang)| view! { <div><dt>{m.room}</dt><dd lang=lang>{room}</dd></div> })}
                {track.map(|(track, lang)| view! { <div><dt>{m.track}</dt><dd lang=lang>{track}</dd></div> })}
            </dl>
            {session.abstract_text.clone().map(|text| view! { <Paragraphs feed=feed.clone() text /> })}
            {(!speakers.is_empty()).then(|| view! {
                <section aria-labelledby="speakers-title">
                    <h2 id="speakers-title">{m.speakers}</h2>
                    <ul class="people">{speakers}</ul>
                </section>
            })}
            {(!moderators.is_empty()).then(|| view! {
                <section aria-labelledby="moderators-title">
                    <h2 id="moderators-title">{m.moderators}</h2>
                    <ul class="people">{moderators}</ul>
                </section>
            })}
            {(!documents.is_empty()).then(|| view! {
                <section aria-labelledby="documents-title">
                    <h2 id="documents-title">{m.session_documents}</h2>
                    <ul>{documents}</ul>
                </section>
            })}
            {watch.map(|(url, label)| view! { <p class="watch"><SafeLink url label /></p> })}
            <p><a href="agenda">{m.back_to_agenda}</a></p>
        </article>
    }
}
