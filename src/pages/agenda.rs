//! `/agenda`: every session by day, with filters and search kept in the address, as a
//! list on phones and a room-by-time grid from 1024 px wide.
//!
//! The page is built once per frame of the programme (its days, rooms and filters: see
//! `agenda::fingerprint`); a new feed in the same frame updates the sessions' lines in
//! place, by key, rebuilding only those that changed. Filtering only toggles `hidden` on
//! what is already there (a keystroke of search must take less than a frame with 2,000
//! sessions).

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

use crate::agenda::filter::{Filter, LIST, Matcher, VIEW};
use crate::agenda::{self, Phase, fingerprint};
use crate::components::{
    CalendarButton, FeedGate, Keyed, KeyedList, SessionItem, ZoneNote, pick_text, use_messages,
    use_title,
};
use crate::feed::{Date, Feed, Session, SessionKind};
use crate::intl;
use crate::store::FeedStore;
use crate::visitor::use_visitor;

/// The agenda: tools, day tabs, and the sessions of each day in time order.
#[component]
pub fn AgendaPage() -> impl IntoView {
    let frame: fn(&Feed) -> u64 = fingerprint::frame;
    view! { <FeedGate frame page=|feed| view! { <Agenda feed /> } /> }
}

/// A session's line as the current feed has it, and the key `<For>` keeps it by: its
/// id and what it shows (with its "changed" mark), so that only changed lines rebuild.
#[derive(Clone)]
struct Line {
    key: (String, u64),
    session: Session,
}

/// Two lines are the same when their keys are: the key sums up what a line shows.
impl PartialEq for Line {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

/// The current feed's lines, by day.
fn lines_of(feed: &Feed, store: FeedStore) -> Vec<(Date, Vec<Line>)> {
    store.seen.with(|seen| {
        agenda::days(feed)
            .into_iter()
            .map(|day| {
                let lines = day
                    .sessions
                    .into_iter()
                    .map(|session| {
                        let changed = seen.changed.contains(&session.id);
                        let key = fingerprint::line(feed, session) ^ u64::from(changed);
                        Line {
                            key: (session.id.clone(), key),
                            session: session.clone(),
                        }
                    })
                    .collect();
                (day.date, lines)
            })
            .collect()
    })
}

/// The search index of the current lines, compared by identity (a new one for each
/// new feed).
#[derive(Clone)]
struct Shared(Arc<Matcher>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The grid's time step: a row is five minutes.
const SLOT: i64 = 300;
/// The grid's time marks: every half hour.
const MARK: i64 = 1800;

/// One day as the page lays it out.
struct DayView {
    date: Date,
    label: String,
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
    fn place(&self, session: &Session) -> (String, String) {
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
        (format!("{start} / {end}"), column)
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

    let store = expect_context::<FeedStore>();
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
            DayView {
                date: day.date,
                label,
                rooms,
                from: start - start.rem_euclid(MARK),
                until: day.sessions.iter().map(|s| s.end.unix).max().unwrap_or(0),
            }
        })
        .collect();
    // The lines as the current feed has them (the same frame as `feed`'s: FeedGate
    // rebuilds the page when the frame changes), their search index, and which show.
    let initial = feed.clone();
    let lines = Memo::new(move |_| {
        store
            .feed
            .with(|current| lines_of(current.as_deref().unwrap_or(&initial), store))
    });
    let initial = feed.clone();
    let matcher = Memo::new(move |_| {
        lines.with(|days| {
            store.feed.with(|current| {
                let feed = current.as_deref().unwrap_or(&initial);
                let sessions = days
                    .iter()
                    .flat_map(|(_, lines)| lines.iter().map(|l| &l.session));
                Shared(Arc::new(Matcher::new(feed, sessions)))
            })
        })
    });
    let total = move || lines.with(|days| days.iter().map(|(_, lines)| lines.len()).sum::<usize>());
    let visible = Memo::new(move |_| matcher.with(|m| filter.with(|f| m.0.visible(f))));
    let shown = move || visible.with(|v| v.iter().filter(|&&v| v).count());
    // One pass over the sessions' `hidden` flags per change of filter, touching only
    // those that change. (A reactive `hidden` on each of 2,000 items woke 2,000 effects
    // a keystroke: up to 85 ms, against the 16 ms budget; see docs/BENCHMARKS.md.) After
    // a new feed, once `<For>` has placed the lines (before the next paint), each is
    // compared with the page instead.
    let agenda_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |before: Option<(Vec<bool>, usize)>| {
        let now = visible.get();
        let index = matcher.with(|m| Arc::as_ptr(&m.0) as usize);
        let Some(root) = agenda_ref.get() else {
            return (now, index);
        };
        match before.filter(|(_, before)| *before == index) {
            Some((before, _)) => show_only(&root, &now, Some(&before)),
            None => {
                let now = now.clone();
                request_animation_frame(move || show_only(&root, &now, None));
            }
        }
        (now, index)
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
        move || {
            let now = visitor.now.get();
            let target = store
                .feed
                .with(|feed| match agenda::phase(feed.as_deref()?, now) {
                    Phase::During { now, next } => {
                        now.first().or(next.as_ref()).map(|s| s.id.clone())
                    }
                    _ => None,
                })?;
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
            m.sessions_shown(shown, total())
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
                    <CalendarButton file=format!("{}.ics", feed.event.id) label=m.calendar_event />
                </div>
                {day_tabs}
                <p class="match-count" role="status">{count}</p>
                <div class="agenda" node_ref=agenda_ref data-view=move || if list_chosen.get() { "list" } else { "auto" }>
                    {days.into_iter().map(|day| view! { <DaySection day zone=zone.clone() lines visible /> }).collect_view()}
                </div>
            })
        }}
    }
}

/// Sets `hidden` on the agenda's session elements (in page order) where `shown` says
/// so, touching only those that `before` (the last pass) or, without it, the page has
/// otherwise.
fn show_only(root: &web_sys::HtmlDivElement, shown: &[bool], before: Option<&[bool]>) {
    let Ok(items) = root.query_selector_all("li[id^='session-']") else {
        return;
    };
    for (i, show) in shown.iter().enumerate() {
        let Some(item) = items
            .get(i as u32)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let differs = match before {
            Some(before) => before.get(i) != Some(show),
            None => item.has_attribute("hidden") == *show,
        };
        if differs {
            let _ = item.toggle_attribute_with_force("hidden", !show);
        }
    }
}

/// One day: its heading and its sessions, each hidden when the filters leave it out,
/// kept by key when a new feed comes.
#[component]
fn DaySection(
    /// The day's frame: date, heading, and the grid's rooms and hours.
    day: DayView,
    /// The IANA zone to show times in.
    zone: String,
    /// Every day's lines as the current feed has them.
    lines: Memo<Vec<(Date, Vec<Line>)>>,
    /// For every line of the page, in order, whether the filters show it.
    visible: Memo<Vec<bool>>,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let store = expect_context::<FeedStore>();
    let date = day.date;
    let heading_id = format!("day-{date}");
    // Where this day's lines are among the page's, as the current feed has them.
    let range = move || {
        lines.with(|days| {
            let before: usize = days
                .iter()
                .take_while(|(d, _)| *d != date)
                .map(|(_, l)| l.len())
                .sum();
            let count = days
                .iter()
                .find(|(d, _)| *d == date)
                .map_or(0, |(_, l)| l.len());
            before..before + count
        })
    };
    let empty = move || {
        let range = range();
        visible.with(|v| !v.get(range).is_some_and(|v| v.iter().any(|&v| v)))
    };
    let slots = (day.until - day.from + SLOT - 1) / SLOT;
    let rooms = day.rooms.len().max(1).to_string();
    let room_heads = store.feed.with_untracked(|feed| {
        let feed = feed.as_deref();
        day.rooms
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let name = feed.and_then(|f| f.room(id).map(|r| pick_text(f, &r.name)));
                view! { <li class="room-head" aria-hidden="true" style=("--col", (i + 2).to_string())>{name}</li> }
            })
            .collect_view()
    });
    let marks = (day.from..day.until)
        .step_by(MARK as usize)
        .map(|at| {
            let time = crate::feed::DateTime {
                unix: at,
                offset_minutes: 0,
            };
            let label = intl::time_of_day(time, m.locale, &zone);
            let row = day.line(at);
            view! { <li class="time-mark" aria-hidden="true" style=("--row", format!("{row} / {}", row + 1))>{label}</li> }
        })
        .collect_view();
    // The now line, while this day is on.
    let (from, until) = (day.from, day.until);
    let now_line = move || {
        let now = visitor.now.get();
        (from <= now && now < until).then(|| {
            let row = 2 + (now - from) / SLOT;
            view! { <li class="now-line" aria-hidden="true" style=("--row", format!("{row} / {}", row + 1))></li> }
        })
    };
    let label = day.label.clone();
    let day = Arc::new(day);
    // This day's lines, each shown or hidden by the page's one filter Effect (see
    // `Agenda`).
    let day_lines = Memo::new(move |_| {
        let feed = store.feed.get();
        lines.with(|days| {
            let Some((feed, (_, lines))) = feed.zip(days.iter().find(|(d, _)| *d == date)) else {
                return Vec::new();
            };
            lines
                .iter()
                .map(|line| {
                    let (feed, day, zone, session) = (feed.clone(), day.clone(), zone.clone(), line.session.clone());
                    Keyed::new(line.key.0.clone(), line.key.1, move || {
                        let (row, column) = day.place(&session);
                        let id = format!("session-{}", session.id);
                        view! {
                            <li id=id style=("--row", row) style=("--col", column)>
                                <SessionItem feed=feed.clone() session=session.clone() zone=zone.clone() />
                            </li>
                        }
                    })
                })
                .collect()
        })
    });
    view! {
        <section class="day" aria-labelledby=heading_id.clone() hidden=empty>
            <h2 id=heading_id.clone()><time datetime=date.to_string()>{label}</time></h2>
            <ol class="session-list" style=("--rooms", rooms) style=("--slots", slots.to_string())>
                {room_heads}
                {marks}
                {now_line}
                <KeyedList items=day_lines />
            </ol>
        </section>
    }
}
