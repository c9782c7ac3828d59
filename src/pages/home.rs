//! `/`: the event at a glance.

use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use crate::agenda::{self, Phase};
use crate::components::{
    FeedGate, Paragraphs, SafeLink, SessionItem, TextSpan, pick, session_line, use_messages,
    use_title,
};
use crate::feed::Feed;
use crate::i18n::zone_place;
use crate::intl;
use crate::pages::UpdateItem;
use crate::visitor::use_visitor;

/// The home page: title, when and where, what is on, the description and latest news.
#[component]
pub fn HomePage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <Home feed /> } /> }
}

/// How many announcements the home page shows.
const LATEST_UPDATES: usize = 3;

#[component]
fn Home(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, None, None);
    let event = &feed.event;
    let zone = use_visitor().zone(&feed);
    let first = feed.sessions_by_time().next().map(|s| s.start);
    let last = feed.sessions_by_time().map(|s| s.end).max();
    let date = intl::long_date(event.start, m.locale);
    let date = if event.end == event.start {
        date
    } else {
        format!("{date} – {}", intl::long_date(event.end, m.locale))
    };
    let hours = match (first, last) {
        (Some(first), Some(last)) if event.start == event.end => Some(format!(
            "{}{}{}",
            intl::time_range(first, last, m.locale, &zone),
            m.comma,
            m.zone_time(&zone_place(&zone))
        )),
        _ => None,
    };
    // Where, when the organisers have said it yet.
    let place = event.venue.as_ref().map(|venue| {
        let parts: Vec<String> = [
            Some(&venue.name),
            venue.room.as_ref(),
            venue.address.as_ref(),
            Some(&venue.city),
        ]
        .into_iter()
        .flatten()
        .map(|text| pick(&feed, text).0)
        .collect();
        (parts.join(m.comma), venue.map.clone())
    });
    let (title, title_lang) = pick(&feed, &event.title);
    let organisers = event.organisers.clone();
    let links = event.links.clone();
    let latest: Vec<_> = feed
        .updates_newest_first()
        .take(LATEST_UPDATES)
        .cloned()
        .collect();
    view! {
        <article class="home">
            <header class="page-header">
                <h1 lang=title_lang>{title}</h1>
                {event.subtitle.clone().map(|s| view! { <p class="subtitle"><TextSpan feed=feed.clone() text=s /></p> })}
            </header>
            <dl class="facts">
                <div>
                    <dt>{m.when}</dt>
                    <dd>
                        <time datetime=event.start.to_string()>{date}</time>
                        {hours.map(|h| view! { <br /><span>{h}</span> })}
                    </dd>
                </div>
                {place.map(|(place, map)| view! {
                    <div>
                        <dt>{m.venue}</dt>
                        <dd>
                            {place}
                            {map.map(|url| view! { " (" <SafeLink url label=m.map /> ")" })}
                        </dd>
                    </div>
                })}
            </dl>
            <NowAndNext feed=feed.clone() zone=zone.clone() />
            {event.description.clone().map(|text| view! {
                <section aria-labelledby="about-title">
                    <h2 id="about-title">{m.about}</h2>
                    <Paragraphs feed=feed.clone() text />
                </section>
            })}
            <section aria-labelledby="latest-title">
                <h2 id="latest-title">{m.latest_updates}</h2>
                {if latest.is_empty() {
                    Either::Left(view! { <p>{m.no_updates}</p> })
                } else {
                    let feed = feed.clone();
                    Either::Right(view! {
                        <ul class="plain-list">
                            {latest.into_iter().map(|update| view! { <li><UpdateItem feed=feed.clone() update level=3 /></li> }).collect_view()}
                        </ul>
                        <p><a href="updates">{m.all_updates}</a></p>
                    })
                }}
            </section>
            {(!organisers.is_empty()).then(|| {
                let feed = feed.clone();
                view! {
                    <section aria-labelledby="organisers-title">
                        <h2 id="organisers-title">{m.organisers}</h2>
                        <ul class="organisers">
                            {organisers.into_iter().map(|o| {
                                let (name, lang) = pick(&feed, &o.name);
                                match o.url {
                                    Some(url) => Either::Left(view! { <li><SafeLink url label=name lang=lang.unwrap_or_default() /></li> }),
                                    None => Either::Right(view! { <li lang=lang>{name}</li> }),
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })}
            {(!links.is_empty()).then(|| {
                let feed = feed.clone();
                view! {
                    <section aria-labelledby="links-title">
                        <h2 id="links-title">{m.links}</h2>
                        <ul>
                            {links.into_iter().map(|link| {
                                let (label, lang) = pick(&feed, &link.title);
                                view! { <li><SafeLink url=link.url label lang=lang.unwrap_or_default() /></li> }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })}
        </article>
    }
}

/// What is on now and next during the event, refreshed each minute; before or after
/// it, a plain sentence.
#[component]
fn NowAndNext(feed: Arc<Feed>, zone: String) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    move || match agenda::phase(&feed, visitor.now.get()) {
        Phase::Before { starts_in } => EitherOf3::A(view! {
            <p class="phase">{m.starts_in(starts_in)}</p>
        }),
        Phase::After => EitherOf3::B(view! {
            <p class="phase">{m.event_ended}" "<a href="documents">{m.nav_documents}</a></p>
        }),
        Phase::During { now, next } => {
            let now: Vec<_> = now.into_iter().cloned().collect();
            let next = next.cloned();
            let (feed_now, zone_now) = (feed.clone(), zone.clone());
            let (feed, zone) = (feed.clone(), zone.clone());
            EitherOf3::C(view! {
                <section class="now-next" aria-labelledby="now-title">
                    <h2 id="now-title">{m.happening_now}</h2>
                    {if now.is_empty() {
                        Either::Left(view! { <p>{m.nothing_now}</p> })
                    } else {
                        Either::Right(view! {
                            <ul class="plain-list">
                                {now.into_iter().map(|session| view! { <li><SessionItem line=session_line(&feed_now, &session) zone=zone_now.clone() /></li> }).collect_view()}
                            </ul>
                        })
                    }}
                    {next.map(|session| view! {
                        <h2>{m.up_next}</h2>
                        <SessionItem line=session_line(&feed, &session) zone=zone.clone() />
                    })}
                    <p><a href="agenda">{m.nav_agenda}</a></p>
                </section>
            })
        }
    }
}
