//! `/my`: the visitor's starred sessions by time, with overlaps flagged; a link to share
//! them; and, when opened from such a link (`/my?s=id&s=id`), the shared list to import.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::agenda::{self, starred};
use crate::components::{CalendarButton, FeedGate, SessionItem, ZoneNote, use_messages, use_title};
use crate::feed::{Feed, Session};
use crate::visitor::use_visitor;

/// My agenda.
#[component]
pub fn MyAgendaPage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <MyAgenda feed /> } /> }
}

/// The sessions of `ids` that the feed has, in time order.
fn by_time<'a>(feed: &'a Feed, ids: &[String]) -> Vec<&'a Session> {
    feed.sessions_by_time()
        .filter(|s| ids.contains(&s.id))
        .collect()
}

#[component]
fn MyAgenda(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    use_title(&feed, Some(m.my_agenda_title));
    let zone = visitor.zone(&feed);

    // Sessions stay listed while the page is open even when their star is taken away,
    // so a slip is one click to undo and focus never falls off the page.
    let listed = Memo::new(move |before: Option<&Vec<String>>| {
        let mut ids = before.cloned().unwrap_or_default();
        visitor.starred.with(|starred| {
            for id in starred {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        });
        ids
    });
    let feed_for_overlaps = feed.clone();
    let overlapping = Memo::new(move |_| {
        visitor.starred.with(|ids| {
            let sessions = by_time(&feed_for_overlaps, ids);
            agenda::overlaps(&sessions)
                .into_iter()
                .zip(&sessions)
                .filter(|(overlaps, _)| *overlaps)
                .map(|(_, s)| s.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let feed_for_list = feed.clone();
    let rows = move || {
        listed.with(|ids| {
            by_time(&feed_for_list, ids)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let (list_feed, list_zone) = (feed.clone(), zone.clone());
    // Rebuilt when a star is added (a short list: no keyed diffing, which would add
    // 3 KB to the wasm); the stars inside follow their own state.
    let mine = move || {
        rows()
            .into_iter()
            .map(|session| {
                let id = session.id.clone();
                let overlaps = move || overlapping.with(|o| o.contains(&id));
                view! {
                    <li>
                        {move || overlaps().then(|| view! { <p class="overlap-flag">{m.overlaps}</p> })}
                        <SessionItem feed=list_feed.clone() session zone=list_zone.clone() />
                    </li>
                }
            })
            .collect_view()
    };

    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let feed_for_tools = feed.clone();
    let tools = move || {
        let ids = visitor.starred.get();
        let known: Vec<String> = by_time(&feed_for_tools, &ids)
            .into_iter()
            .map(|s| s.id.clone())
            .collect();
        if known.is_empty() {
            return None;
        }
        let share = format!("{base}my{}", starred::share_query(&known));
        Some(view! {
            <p class="my-tools">
                <a href=share>{m.share_my_agenda}</a>" "
                <CalendarButton feed=feed_for_tools.clone() ids=Some(known) file="my-agenda.ics" label=m.calendar_mine />
            </p>
        })
    };
    let empty_feed = feed.clone();
    let empty = move || {
        listed
            .with(|ids| ids.iter().all(|id| empty_feed.session(id).is_none()))
            .then(|| view! { <p class="empty">{m.my_agenda_empty}</p> })
    };

    // A list shared with the visitor, to add to theirs.
    let query = use_query_map();
    let navigate = use_navigate();
    let shared_feed = feed.clone();
    let shared_zone = zone.clone();
    let shared = move || {
        let ids = query.with(|q| q.get_all(starred::SHARE_KEY).unwrap_or_default());
        let sessions = by_time(&shared_feed, &ids);
        let new = sessions
            .iter()
            .any(|s| visitor.starred.with(|own| !own.contains(&s.id)));
        if sessions.is_empty() || !new {
            return None;
        }
        let count = sessions.len();
        let items = sessions
            .into_iter()
            .map(|session| {
                view! { <li><SessionItem feed=shared_feed.clone() session=session.clone() zone=shared_zone.clone() /></li> }
            })
            .collect_view();
        let navigate = navigate.clone();
        let import = move |_| {
            let own = visitor.starred.get_untracked();
            visitor.set_starred(starred::import(&own, &ids));
            navigate(
                "/my",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        };
        Some(view! {
            <section class="shared" aria-labelledby="shared-title">
                <h2 id="shared-title">{(m.shared_list)(count)}</h2>
                <ol class="session-list">{items}</ol>
                <p><button type="button" class="button" on:click=import>{m.import_shared}</button></p>
            </section>
        })
    };

    let zone_note = feed.sessions_by_time().next().map(|s| {
        view! { <ZoneNote zone=zone.clone() event_zone=feed.event.timezone.clone() at=s.start /> }
    });
    view! {
        <header class="page-header">
            <h1>{m.my_agenda_title}</h1>
            {zone_note}
        </header>
        {shared}
        {empty}
        {tools}
        <ol class="session-list">{mine}</ol>
    }
}
