//! `/my`: the visitor's starred sessions by time, with overlaps flagged; a link to share
//! them; and, when opened from such a link (`/my?s=id&s=id`), the shared list to import.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::agenda::line::SessionLine;
use crate::agenda::{self, keys, starred};
use crate::components::{
    CalendarButton, FeedGate, Keyed, KeyedList, SessionItem, ZoneNote, session_line, use_messages,
    use_title,
};
use crate::feed::{Feed, Session};
use crate::store::FeedStore;
use crate::visitor::use_visitor;

/// My agenda: built once per event title; a new feed updates the list by key.
#[component]
pub fn MyAgendaPage() -> impl IntoView {
    let frame: fn(&Feed) -> u64 = |feed| keys::titled_list(feed, false);
    view! { <FeedGate frame page=|feed| view! { <MyAgenda feed /> } /> }
}

/// The sessions of `ids` that the feed has, in time order.
fn by_time<'a>(feed: &'a Feed, ids: &[String]) -> Vec<&'a Session> {
    feed.sessions_by_time()
        .filter(|s| ids.contains(&s.id))
        .collect()
}

/// The ids of `sessions`.
fn ids_of(sessions: &[&Session]) -> Vec<String> {
    sessions.iter().map(|s| s.id.clone()).collect()
}

/// The starred sessions the current feed has that overlap another of them.
fn overlapping(store: FeedStore, mine: Memo<Vec<String>>) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        store.feed.with(|feed| {
            let Some(feed) = feed.as_deref() else {
                return Vec::new();
            };
            let ids = mine.get();
            let sessions = by_time(feed, &ids);
            agenda::overlaps(&sessions)
                .into_iter()
                .zip(&sessions)
                .filter(|(overlaps, _)| *overlaps)
                .map(|(_, s)| s.id.clone())
                .collect::<Vec<_>>()
        })
    })
}

/// The page: the visitor's starred sessions, the link to share them, and a list shared
/// with them.
#[component]
fn MyAgenda(
    /// The feed the page is built from.
    feed: Arc<Feed>,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    use_title(&feed, Some(m.my_agenda_title), None);
    let zone = visitor.zone(&feed);

    let store = expect_context::<FeedStore>();
    // The starred sessions the current feed has, in time order.
    let mine = Memo::new(move |_| {
        store
            .feed
            .with(|feed| {
                let feed = feed.as_deref()?;
                Some(visitor.starred.with(|ids| ids_of(&by_time(feed, ids))))
            })
            .unwrap_or_default()
    });
    // Listed: starred ones, and those whose star was taken away while the page is open
    // (a slip is one click to undo, and focus never falls off the page).
    let listed = Memo::new(move |before: Option<&Vec<String>>| {
        let mut ids = before.cloned().unwrap_or_default();
        mine.with(|mine| {
            for id in mine {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        });
        ids
    });
    let overlapping = overlapping(store, mine);
    // Kept by key (the page's `KeyedList`): a new star adds its session, a new feed
    // rebuilds only the sessions that changed; stars and overlap flags inside follow
    // their own state.
    let list = {
        let zone = zone.clone();
        Memo::new(move |_| {
            let ids = listed.get();
            store.feed.with(|feed| {
                let Some(feed) = feed.as_ref() else {
                    return Vec::new();
                };
                store.seen.with(|seen| {
                    by_time(feed, &ids)
                        .into_iter()
                        .map(|session| {
                            let changed = seen.changed.contains(&session.id);
                            let line = SessionLine::of(feed, session, m.lang, changed);
                            let (id, key) = line.key();
                            let zone = zone.clone();
                            Keyed::new(id.clone(), key, move || {
                                let id = id.clone();
                                let alone = move || overlapping.with(|o| !o.contains(&id));
                                view! {
                                    <li>
                                        <p class="overlap-flag" hidden=alone>{m.overlaps}</p>
                                        <SessionItem line=line.clone() zone=zone.clone() level=2 />
                                    </li>
                                }
                            })
                        })
                        .collect()
                })
            })
        })
    };
    // The page's address (none where pages are rendered at publish time: a first-time
    // visitor has no list to share).
    let base = if cfg!(feature = "render") {
        String::new()
    } else {
        document().base_uri().ok().flatten().unwrap_or_default()
    };
    let share = move || format!("{base}my{}", mine.with(|ids| starred::share_query(ids)));
    let none = move || mine.with(Vec::is_empty);

    let zone_note = feed.sessions_by_time().next().map(|s| {
        view! { <ZoneNote zone=zone.clone() event_zone=feed.event.timezone.clone() at=s.start /> }
    });
    view! {
        <header class="page-header">
            <h1>{m.my_agenda_title}</h1>
            {zone_note}
        </header>
        <SharedList feed=feed.clone() zone=zone.clone() mine />
        <p class="empty" hidden=move || !none()>{m.my_agenda_empty}</p>
        <p class="my-tools" hidden=none>
            <a href=share>{m.share_my_agenda}</a>" "
            <CalendarButton ids=mine file="my-agenda.ics" label=m.calendar_mine />
        </p>
        <ol class="session-list"><KeyedList items=list /></ol>
    }
}

/// A list shared with the visitor (`/my?s=id&s=id`), to add to theirs: shown while it
/// holds a session they have not starred.
#[component]
fn SharedList(
    /// The feed the page is built from.
    feed: Arc<Feed>,
    /// The IANA zone to show times in.
    zone: String,
    /// The visitor's starred sessions.
    mine: Memo<Vec<String>>,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let query = use_query_map();
    let navigate = use_navigate();
    move || {
        let ids = query.with(|q| q.get_all(starred::SHARE_KEY).unwrap_or_default());
        let sessions = by_time(&feed, &ids);
        let new = mine.with(|own| sessions.iter().any(|s| !own.contains(&s.id)));
        if !new {
            return None;
        }
        let count = sessions.len();
        let items = sessions
            .into_iter()
            .map(|session| {
                view! { <li><SessionItem line=session_line(&feed, session) zone=zone.clone() /></li> }
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
                <h2 id="shared-title">{m.shared_list(count)}</h2>
                <ol class="session-list">{items}</ol>
                <p><button type="button" class="button" on:click=import>{m.import_shared}</button></p>
            </section>
        })
    }
}
