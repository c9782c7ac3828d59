//! `/agenda`: every session by day, in time order.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::agenda;
use crate::components::{FeedGate, SessionItem, use_messages, use_title};
use crate::feed::Feed;
use crate::i18n::zone_place;
use crate::intl;

/// The agenda: a heading per day, and the day's sessions in time order.
#[component]
pub fn AgendaPage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <Agenda feed /> } /> }
}

#[component]
fn Agenda(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.agenda_title));
    let zone = feed.event.timezone.clone();
    let days: Vec<(String, String, Vec<_>)> = agenda::days(&feed)
        .into_iter()
        .map(|day| {
            let label = day
                .sessions
                .first()
                .map(|s| intl::day_of(s.start, m.locale, &zone))
                .unwrap_or_else(|| intl::long_date(day.date, m.locale));
            (
                day.date.to_string(),
                label,
                day.sessions.into_iter().cloned().collect(),
            )
        })
        .collect();
    let zone_note = feed.sessions_by_time().next().map(|s| {
        (m.times_in_zone)(
            &zone_place(&zone),
            &intl::zone_name(s.start, m.locale, &zone),
        )
    });
    view! {
        <header class="page-header">
            <h1>{m.agenda_title}</h1>
            {zone_note.map(|note| view! { <p class="zone-note">{note}</p> })}
        </header>
        {if days.is_empty() {
            Either::Left(view! { <p>{m.no_sessions}</p> })
        } else {
            let days = days
                .into_iter()
                .map(|(date, label, sessions)| {
                    let feed = feed.clone();
                    let heading_id = format!("day-{date}");
                    view! {
                        <section class="day" aria-labelledby=heading_id.clone()>
                            <h2 id=heading_id.clone()><time datetime=date>{label}</time></h2>
                            <ol class="session-list">
                                {sessions.into_iter().map(|session| view! {
                                    <li><SessionItem feed=feed.clone() session /></li>
                                }).collect_view()}
                            </ol>
                        </section>
                    }
                })
                .collect_view();
            Either::Right(days)
        }}
    }
}
