//! `/agenda`: every session by day, with filters and search kept in the address, as a
//! list on phones and a room-by-time grid from 1024 px wide.
//!
//! The page is built once per frame of the programme (its days, rooms and filters: see
//! `agenda::keys`); a new feed in the same frame updates the sessions' lines in
//! place, by key, rebuilding only those that changed. Filtering only toggles `hidden` on
//! what is already there, and closes the grid up around what is left (a keystroke of
//! search must take less than a frame with 2,000 sessions): see [`day`].
//!
//! Its parts: [`filters`] (search, and the filters behind the phones' button),
//! [`tools`] (day tabs, grid or list, jump to now) and [`day`] (a day's sessions).

mod day;
mod filters;
mod tools;

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::agenda::filter::{Filter, Filtered, LIST, Matcher, VIEW};
use crate::agenda::grid::Frame;
use crate::agenda::{self, keys};
use crate::components::{CalendarButton, FeedGate, ZoneNote, use_messages, use_title};
use crate::feed::{Date, Feed, Session};
use crate::intl;
use crate::store::FeedStore;
use crate::visitor::use_visitor;
use day::{DaySection, DayView, Line, apply_filter};
use filters::Filters;
use tools::{DayTabs, JumpToNow, ViewSwitch};

/// The agenda: tools, day tabs, and the sessions of each day in time order.
#[component]
pub fn AgendaPage() -> impl IntoView {
    let frame: fn(&Feed) -> u64 = keys::frame;
    view! { <FeedGate frame page=|feed| view! { <Agenda feed /> } /> }
}

/// What the agenda's parts share: the filter as the address says it, whether the list
/// is chosen over the grid, and what the filter leaves of the current feed's lines.
#[derive(Clone, Copy)]
struct AgendaState {
    filter: Memo<Filter>,
    list_chosen: Memo<bool>,
    /// The current feed's lines, by day.
    lines: Memo<Vec<(Date, Vec<Line>)>>,
    /// Which lines the filter shows, and how many each day has.
    shown: Memo<Filtered>,
    /// Which search index `shown` comes from (a new one for each new feed).
    matcher: Memo<Shared>,
}

impl AgendaState {
    /// Goes to the agenda with `filter`, keeping the scroll position and the grid or
    /// list choice; `replace` changes the current history entry instead of adding one.
    fn go(self) -> impl Fn(Filter, bool) + Clone + 'static {
        let navigate = use_navigate();
        move |filter: Filter, replace: bool| {
            navigate(
                &filter.address(self.list_chosen.get_untracked()),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    }
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

/// Past this many sessions, publishing writes the whole programme's page with its first
/// day only (the day tabs lead to each day's own page): the 2,000-session agenda was
/// 1.7 MB of HTML, and a phone showed nothing of it for 1.6 s. The app shows every day.
const WHOLE_PROGRAMME: usize = 200;

/// How many of its first day's sessions that page holds: laying out 400 sessions took a
/// phone 0.7 s before it showed any. A link after them leads to the whole day's page.
const FIRST_SCREEN: usize = 40;

/// The agenda's state, from the address and the current feed (`initial` until the
/// store has one); and, written at publishing, whether the page is a large programme's
/// first screen ([`FIRST_SCREEN`]).
fn use_agenda(initial: Arc<Feed>) -> (AgendaState, bool) {
    let store = expect_context::<FeedStore>();
    let query = use_query_map();
    // Written at publishing, the whole programme's page of a large one shows its first day.
    // Written at publishing, a large programme's whole page is its first day's first
    // screen. (`cfg!` inside the memos too: what they capture is data to the compiler,
    // and the visitors' wasm must not carry the publishing-only code.)
    let first_day = (cfg!(feature = "render") && initial.sessions.len() > WHOLE_PROGRAMME)
        .then(|| agenda::days(&initial).first().map(|day| day.date))
        .flatten();
    let first_screen = first_day.is_some() && query.with_untracked(|q| q.get_str("day").is_none());
    let filter = Memo::new(move |_| {
        let mut filter =
            query.with(|q| Filter::from_pairs(q.latest_values().map(|(k, v)| (k.as_ref(), v))));
        if cfg!(feature = "render") {
            filter.day = filter.day.or(first_day);
        }
        filter
    });
    let list_chosen = Memo::new(move |_| query.with(|q| q.get_str(VIEW) == Some(LIST)));
    let feed = initial.clone();
    let lines = Memo::new(move |_| {
        let mut days = store.feed.with(|current| {
            day::lines_of(
                current.as_deref().unwrap_or(&feed),
                store,
                use_messages().lang,
            )
        });
        if cfg!(feature = "render")
            && first_screen
            && let Some((_, lines)) = days.first_mut()
        {
            lines.truncate(FIRST_SCREEN);
        }
        days
    });
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
    let shown = Memo::new(move |_| matcher.with(|m| filter.with(|f| m.0.shown(f))));
    let state = AgendaState {
        filter,
        list_chosen,
        lines,
        shown,
        matcher,
    };
    (state, first_screen)
}

/// The days of the page's frame, as they are laid out.
fn day_views(feed: &Feed, zone: &str) -> Vec<DayView> {
    let m = use_messages();
    agenda::days(feed)
        .into_iter()
        .map(|day| DayView {
            date: day.date,
            label: day
                .sessions
                .first()
                .map(|s| intl::day_of(s.start, m.locale, zone))
                .unwrap_or_else(|| intl::long_date(day.date, m.locale)),
            frame: Frame::of(feed.rooms.iter().map(|r| r.id.as_str()), &day.sessions),
        })
        .collect()
}

#[component]
fn Agenda(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    use_title(&feed, Some(m.agenda_title), None);
    let zone = visitor.zone(&feed);
    let (state, first_screen) = use_agenda(feed.clone());
    let days = day_views(&feed, &zone);
    // Written at publishing, a large programme's first screen leads to the rest of its day.
    #[cfg(feature = "render")]
    let rest_of_day = first_screen.then(|| rest_of_day(&feed, &days)).flatten();
    #[cfg(not(feature = "render"))]
    #[allow(clippy::let_unit_value)] // nothing, in the app's page
    let rest_of_day = {
        let _ = first_screen;
    };
    let agenda_ref = NodeRef::<leptos::html::Div>::new();
    apply_filter(
        state,
        agenda_ref,
        days.iter().map(|d| (d.date, d.frame.clone())).collect(),
    );

    let zone_note = feed.sessions_by_time().next().map(|s: &Session| {
        view! { <ZoneNote zone=zone.clone() event_zone=feed.event.timezone.clone() at=s.start /> }
    });
    let tabs = days.iter().map(|d| (d.date, d.label.clone())).collect();
    // Published pages hold their day alone (a reader without JavaScript never sees the
    // others: they are not written).
    #[cfg(feature = "render")]
    let days: Vec<DayView> = days
        .into_iter()
        .filter(|day| {
            state
                .filter
                .with_untracked(|f| f.day.is_none_or(|d| d == day.date))
        })
        .collect();
    view! {
        <header class="page-header">
            <h1>{m.agenda_title}</h1>
            {zone_note}
        </header>
        {if days.is_empty() {
            Either::Left(view! { <p>{m.no_sessions}</p> })
        } else {
            Either::Right(view! {
                <Filters feed=feed.clone() state />
                <div class="agenda-actions">
                    <JumpToNow />
                    <ViewSwitch state />
                    <CalendarButton file=format!("{}.ics", feed.event.id) label=m.calendar_event />
                </div>
                <DayTabs days=tabs state />
                <MatchCount state />
                <div class="agenda" node_ref=agenda_ref data-view=move || if state.list_chosen.get() { "list" } else { "auto" }>
                    {days.into_iter().map(|day| view! { <DaySection day zone=zone.clone() state /> }).collect_view()}
                </div>
                {rest_of_day}
            })
        }}
    }
}

/// Written at publishing after a large programme's first screen: a link to the whole
/// of its first day ("Tuesday, 2 April 2019, 40 of 400 sessions").
#[cfg(feature = "render")]
fn rest_of_day(feed: &Feed, days: &[DayView]) -> Option<impl IntoView + use<>> {
    let m = use_messages();
    let day = agenda::days(feed).into_iter().next()?;
    let label = &days.first()?.label;
    let href = Filter {
        day: Some(day.date),
        ..Filter::default()
    }
    .page_address(false);
    let text = format!(
        "{label}{}{}",
        m.comma,
        m.sessions_shown(FIRST_SCREEN, day.sessions.len())
    );
    Some(
        view! { <p class="rest-of-day"><a href=href.trim_start_matches('/').to_owned()>{text}</a></p> },
    )
}

/// "3 of 7 sessions" while a filter is on; when none is left, says so and offers to
/// clear the filters (on phones the panel that holds them may be closed).
#[component]
fn MatchCount(
    /// The page's filter and what it leaves.
    state: AgendaState,
) -> impl IntoView {
    let m = use_messages();
    let total = move || state.shown.with(|s| s.visible.len());
    let count = move || {
        let shown = state.shown.with(Filtered::count);
        if shown == 0 || state.filter.with(Filter::is_empty) {
            String::new()
        } else {
            m.sessions_shown(shown, total())
        }
    };
    let some = move || state.shown.with(Filtered::count) > 0;
    let go = state.go();
    view! {
        <div class="match-count" role="status">
            <p>{count}</p>
            <p class="no-match" hidden=some>
                {m.no_matches}" "
                <button type="button" class="button button-small" on:click=move |_| go(Filter::default(), false)>
                    {m.clear_filters}
                </button>
            </p>
        </div>
    }
}
