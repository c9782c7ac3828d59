//! `/agenda`: every session by day, with filters and search kept in the address, as a
//! list on phones and a room-by-time grid from 1024 px wide.
//!
//! The page is built once per feed; filtering only toggles `hidden` on what is already
//! there (a keystroke of search must take less than a frame with 2,000 sessions).

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

use crate::agenda::filter::{Filter, LIST, Matcher, VIEW};
use crate::agenda::{self, Phase};
use crate::components::{
    CalendarButton, FeedGate, SessionItem, ZoneNote, pick_text, use_messages, use_title,
};
use crate::feed::{Date, Feed, Session, SessionKind};
use crate::intl;
use crate::visitor::use_visitor;

/// The agenda: tools, day tabs, and the sessions of each day in time order.
#[component]
pub fn AgendaPage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <Agenda feed /> } /> }
}

/// The grid's time step: a row is five minutes.
const SLOT: i64 = 300;
/// The grid's time marks: every half hour.
const MARK: i64 = 1800;

/// One day as the page lays it out.
struct DayView {
    date: Date,
    label: String,
    /// Where its sessions start in the page's list of all sessions.
    first: usize,
    sessions: Vec<Session>,
    /// Grid: the rooms that day uses, as columns, in the feed's order.
    rooms: Vec<String>,
    /// Grid: the first half hour and the end of the day's last session.
    from: i64,
    until: i64,
}

impl DayView {
    /// Grid row lines (from 2: row 1 holds the rooms' names) of an instant.
    fn line(&self, unix: i64) -> i64 {
        2 + (unix - self.from).div_euclid(SLOT)
    }

    /// `--row` and `--col` of a session: its rows by time, its room's column (all
    /// columns for a session in no room or in a room of its own, such as a break).
    fn place(&self, session: &Session) -> String {
        let start = self.line(session.start.unix);
        let end = self.line(session.end.unix).max(start + 1);
        let column = match session
            .room
            .as_ref()
            .and_then(|room| self.rooms.iter().position(|r| r == room))
        {
            Some(i) if session.kind != SessionKind::Break => format!("{}", i + 2),
            _ => "2 / -1".to_owned(),
        };
        format!("--row: {start} / {end}; --col: {column}")
    }
}

#[component]
fn Agenda(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    use_title(&feed, Some(m.agenda_title), None);
    let zone = visitor.zone(&feed);
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| Filter::from_pairs(q.latest_values().map(|(k, v)| (k.as_ref(), v))))
    });
    let list_chosen = Memo::new(move |_| query.with(|q| q.get_str(VIEW) == Some(LIST)));

    let mut first = 0;
    let days: Vec<DayView> = agenda::days(&feed)
        .into_iter()
        .map(|day| {
            let label = day
                .sessions
                .first()
                .map(|s| intl::day_of(s.start, m.locale, &zone))
                .unwrap_or_else(|| intl::long_date(day.date, m.locale));
            let rooms = feed
                .rooms
                .iter()
                .filter(|room| {
                    day.sessions
                        .iter()
                        .any(|s| s.room.as_ref() == Some(&room.id) && !agenda::is_break(s))
                })
                .map(|room| room.id.clone())
                .collect();
            let start = day.sessions.iter().map(|s| s.start.unix).min().unwrap_or(0);
            let view = DayView {
                date: day.date,
                label,
                first,
                rooms,
                from: start - start.rem_euclid(MARK),
                until: day.sessions.iter().map(|s| s.end.unix).max().unwrap_or(0),
                sessions: day.sessions.into_iter().cloned().collect(),
            };
            first += view.sessions.len();
            view
        })
        .collect();
    let total = first;
    let matcher = Matcher::new(&feed, days.iter().flat_map(|d| &d.sessions));
    let visible = Memo::new(move |_| filter.with(|f| matcher.visible(f)));
    let shown = move || visible.with(|v| v.iter().filter(|&&v| v).count());
    // One pass over the sessions' `hidden` flags per change of filter, touching only
    // those that change. (A reactive `hidden` on each of 2,000 items woke 2,000 effects
    // a keystroke: up to 85 ms, against the 16 ms budget; see docs/BENCHMARKS.md.)
    let agenda_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |before: Option<Vec<bool>>| {
        let now = visible.get();
        let Some(items) = agenda_ref
            .get()
            .and_then(|root| root.query_selector_all("li[id^='session-']").ok())
        else {
            return now;
        };
        for (i, show) in now.iter().enumerate() {
            let changed = match &before {
                Some(before) => before.get(i) != Some(show),
                None => !show,
            };
            if changed
                && let Some(item) = items
                    .get(i as u32)
                    .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = item.toggle_attribute_with_force("hidden", !show);
            }
        }
        now
    });

    // Navigation keeps the scroll position and the grid or list choice.
    let navigate = use_navigate();
    let go = move |filter: Filter, replace: bool| {
        navigate(
            &filter.address(list_chosen.get_untracked()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let with = {
        let go = go.clone();
        move |change: fn(&mut Filter, String)| {
            let go = go.clone();
            move |ev: leptos::ev::Event| {
                let mut next = filter.get_untracked();
                change(&mut next, event_target_value(&ev));
                go(next, false);
            }
        }
    };
    let on_search = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let mut next = filter.get_untracked();
            // The first letter adds a history entry; the rest of the word replaces it.
            let replace = !next.query.is_empty();
            next.query = event_target_value(&ev);
            go(next, replace);
        }
    };
    let clear = {
        let go = go.clone();
        move |_| go(Filter::default(), false)
    };

    let options = |values: Vec<(String, String)>, current: fn(&Filter) -> Option<String>| {
        values
            .into_iter()
            .map(|(value, label)| {
                let selected = {
                    let value = value.clone();
                    move || filter.with(|f| current(f).as_ref() == Some(&value))
                };
                view! { <option value=value prop:selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let tracks: Vec<(String, String)> = feed
        .tracks
        .iter()
        .map(|t| (t.id.clone(), pick_text(&feed, &t.name)))
        .collect();
    let rooms: Vec<(String, String)> = feed
        .rooms
        .iter()
        .map(|r| (r.id.clone(), pick_text(&feed, &r.name)))
        .collect();
    let kinds: Vec<(String, String)> = SessionKind::ALL
        .into_iter()
        .filter(|k| feed.sessions.iter().any(|s| s.kind == *k))
        .map(|k| (k.as_str().to_owned(), m.session_kind(k).to_owned()))
        .collect();

    // One select per filter, shown when it has a choice to make.
    let select = |label: &'static str,
                  all: &'static str,
                  values: Vec<(String, String)>,
                  set: fn(&mut Filter, String),
                  current: fn(&Filter) -> Option<String>| {
        (values.len() > 1).then(|| {
            view! {
                <label class="field">
                    <span>{label}</span>
                    <select on:change=with(set)>
                        <option value="">{all}</option>
                        {options(values, current)}
                    </select>
                </label>
            }
        })
    };
    let track_select = select(
        m.track,
        m.all_tracks,
        tracks,
        |f, v| f.track = (!v.is_empty()).then_some(v),
        |f| f.track.clone(),
    );
    let room_select = select(
        m.room,
        m.all_rooms,
        rooms,
        |f, v| f.room = (!v.is_empty()).then_some(v),
        |f| f.room.clone(),
    );
    let kind_select = select(
        m.kind,
        m.all_kinds,
        kinds,
        |f, v| f.kind = SessionKind::ALL.into_iter().find(|k| k.as_str() == v),
        |f| f.kind.map(|k| k.as_str().to_owned()),
    );

    // Day tabs, for events of several days: links, so each day has its address.
    let day_tabs = (days.len() > 1).then(|| {
        let tab = move |day: Option<Date>, label: String| {
            let href = move || {
                let next = Filter {
                    day,
                    ..filter.get()
                };
                next.address(list_chosen.get())
            };
            let current = move || filter.with(|f| f.day == day).then_some("page");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        };
        let tabs: Vec<_> = std::iter::once(tab(None, m.all_days.to_owned()))
            .chain(days.iter().map(|d| tab(Some(d.date), d.label.clone())))
            .collect();
        view! {
            <nav class="day-tabs" aria-label=m.days>
                <ul>{tabs}</ul>
            </nav>
        }
    });

    // Grid or list, from 1024 px wide (CSS shows this choice only there).
    let view_switch = {
        let link = move |list: bool, label: &'static str| {
            let href = move || filter.with(|f| f.address(list));
            let current = move || (list_chosen.get() == list).then_some("true");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        };
        view! {
            <nav class="view-switch" aria-label=m.view>
                <ul>{link(false, m.view_grid)}{link(true, m.view_list)}</ul>
            </nav>
        }
    };

    // "Jump to now", during the event: to the first session under way, or the next.
    let jump = {
        let feed = feed.clone();
        move || {
            let now = visitor.now.get();
            let target = match agenda::phase(&feed, now) {
                Phase::During { now, next } => now.first().or(next.as_ref()).map(|s| s.id.clone()),
                _ => None,
            }?;
            let go_there = move |_| {
                let Some(item) = document().get_element_by_id(&format!("session-{target}")) else {
                    return;
                };
                item.scroll_into_view();
                if let Ok(Some(link)) = item.query_selector("a")
                    && let Ok(link) = link.dyn_into::<web_sys::HtmlElement>()
                {
                    let _ = link.focus();
                }
            };
            Some(view! {
                <button type="button" class="button button-small" on:click=go_there>{m.jump_to_now}</button>
            })
        }
    };

    let count = move || {
        let shown = shown();
        if shown == 0 {
            m.no_matches.to_owned()
        } else if filter.with(Filter::is_empty) {
            String::new()
        } else {
            m.sessions_shown(shown, total)
        }
    };
    let zone_note = feed.sessions_by_time().next().map(|s| {
        view! { <ZoneNote zone=zone.clone() event_zone=feed.event.timezone.clone() at=s.start /> }
    });
    // The field follows the address (a reload, Back) but never while the visitor types
    // in it: the address lags a keystroke behind, and would write older text back.
    let search_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let query = filter.with(|f| f.query.clone());
        if let Some(input) = search_ref.get() {
            let field: &web_sys::Element = input.as_ref();
            let typing = document().active_element().as_ref() == Some(field);
            if !typing && input.value() != query {
                input.set_value(&query);
            }
        }
    });

    view! {
        <header class="page-header">
            <h1>{m.agenda_title}</h1>
            {zone_note}
        </header>
        {if days.is_empty() {
            Either::Left(view! { <p>{m.no_sessions}</p> })
        } else {
            let feed = feed.clone();
            let zone = zone.clone();
            Either::Right(view! {
                <form class="filters" role="search" aria-label=m.filters on:submit=|ev| ev.prevent_default()>
                        <label class="field field-search">
                            <span>{m.search_sessions}</span>
                            <input id="agenda-search" type="search" node_ref=search_ref on:input=on_search autocomplete="off" />
                        </label>
                        {track_select}
                        {room_select}
                        {kind_select}
                        {move || (!filter.with(Filter::is_empty)).then(|| view! {
                            <button type="button" class="button button-small" on:click=clear.clone()>{m.clear_filters}</button>
                        })}
                </form>
                <div class="agenda-actions">
                    {jump}
                    {view_switch}
                    <CalendarButton feed=feed.clone() file=format!("{}.ics", feed.event.id) label=m.calendar_event />
                </div>
                {day_tabs}
                <p class="match-count" role="status">{count}</p>
                <div class="agenda" node_ref=agenda_ref data-view=move || if list_chosen.get() { "list" } else { "auto" }>
                    {days.into_iter().map(|day| view! { <DaySection feed=feed.clone() day zone=zone.clone() visible /> }).collect_view()}
                </div>
            })
        }}
    }
}

/// One day: its heading and its sessions, each hidden when the filters leave it out.
#[component]
fn DaySection(
    feed: Arc<Feed>,
    day: DayView,
    zone: String,
    /// For every session of the page, whether the filters show it.
    visible: Memo<Vec<bool>>,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let heading_id = format!("day-{}", day.date);
    let range = day.first..day.first + day.sessions.len();
    let empty = move || visible.with(|v| !v[range.clone()].iter().any(|&v| v));
    let slots = (day.until - day.from + SLOT - 1) / SLOT;
    let grid = format!("--rooms: {}; --slots: {slots}", day.rooms.len().max(1));
    let room_heads = day
        .rooms
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = feed.room(id).map(|r| pick_text(&feed, &r.name));
            view! { <li class="room-head" aria-hidden="true" style=format!("--col: {}", i + 2)>{name}</li> }
        })
        .collect_view();
    let marks = (day.from..day.until)
        .step_by(MARK as usize)
        .map(|at| {
            let time = crate::feed::DateTime {
                unix: at,
                offset_minutes: 0,
            };
            let label = intl::time_of_day(time, m.locale, &zone);
            let row = day.line(at);
            view! { <li class="time-mark" aria-hidden="true" style=format!("--row: {row} / {}", row + 1)>{label}</li> }
        })
        .collect_view();
    // The now line, while this day is on.
    let (from, until) = (day.from, day.until);
    let now_row = move || {
        let now = visitor.now.get();
        (from <= now && now < until).then(|| 2 + (now - from) / SLOT)
    };
    let now_line = move || {
        now_row().map(|row| {
            view! { <li class="now-line" aria-hidden="true" style=format!("--row: {row} / {}", row + 1)></li> }
        })
    };
    let items = day
        .sessions
        .iter()
        .map(|session| {
            // Shown or hidden by the page's one filter Effect (see `Agenda`).
            view! {
                <li id=format!("session-{}", session.id) style=day.place(session)>
                    <SessionItem feed=feed.clone() session=session.clone() zone=zone.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="day" aria-labelledby=heading_id.clone() hidden=empty>
            <h2 id=heading_id.clone()><time datetime=day.date.to_string()>{day.label.clone()}</time></h2>
            <ol class="session-list" style=grid>
                {room_heads}
                {marks}
                {now_line}
                {items}
            </ol>
        </section>
    }
}
