//! The agenda's tools around the sessions: day tabs, the grid or list choice, and
//! "Jump to now".

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::AgendaState;
use crate::agenda::filter::Filter;
use crate::agenda::{self, Phase};
use crate::components::use_messages;
use crate::feed::Date;
use crate::store::FeedStore;
use crate::visitor::use_visitor;

/// A tab for each day (and one for all), for events of several days: links, so each
/// day has its address. While a filter narrows the sessions, each tab says how many of
/// its day's sessions it leaves, and a day it leaves none of is marked.
#[component]
pub fn DayTabs(
    /// Each day's date and label.
    days: Vec<(Date, String)>,
    /// The page's filter and what it leaves.
    state: AgendaState,
) -> impl IntoView {
    let m = use_messages();
    (days.len() > 1).then(|| {
        let tab = move |day: Option<Date>, label: String| {
            let href = move || {
                let next = Filter {
                    day,
                    ..state.filter.get()
                };
                link(&next, state.list_chosen.get())
            };
            let current = move || state.filter.with(|f| f.day == day).then_some("page");
            // How many this day's tab leaves, while something narrows the sessions.
            let matches = move || {
                let day = day?;
                state
                    .filter
                    .with(Filter::narrows)
                    .then(|| state.shown.with(|s| s.on(day)))
            };
            let none = move || (matches() == Some(0)).then_some("none");
            let count = move || matches().map(|n| m.numbers.integer(n as u64)).unwrap_or_default();
            let said = move || matches().map(|n| m.day_matches(n)).unwrap_or_default();
            view! {
                <li>
                    <a href=href aria-current=current data-matches=none>
                        {label}
                        <span class="tab-count" aria-hidden="true" hidden=move || matches().is_none()>{count}</span>
                        <span class="visually-hidden">{said}</span>
                    </a>
                </li>
            }
        };
        let tabs: Vec<_> = std::iter::once(tab(None, m.all_days.to_owned()))
            .chain(days.into_iter().map(|(date, label)| tab(Some(date), label)))
            .collect();
        view! {
            <nav class="day-tabs" aria-label=m.days>
                <ul>{tabs}</ul>
            </nav>
        }
    })
}

/// A link to the agenda showing `filter` (the list when `list`), relative to the page's
/// base, so that it stays in the portal's folder when the portal is published at a
/// sub-path, with or without the app (a link to `/agenda` would leave it). In the pages
/// written at publishing, a day's link is to that day's own page (`agenda/day/…`): a
/// reader without JavaScript follows it; the app reads the query (`agenda?day=…`).
fn link(filter: &Filter, list: bool) -> String {
    let address = if cfg!(feature = "render") {
        filter.page_address(list)
    } else {
        filter.address(list)
    };
    address.trim_start_matches('/').to_owned()
}

/// Grid or list, from 1024 px wide (CSS shows this choice only there).
#[component]
pub fn ViewSwitch(
    /// The page's filter and the list choice.
    state: AgendaState,
) -> impl IntoView {
    let m = use_messages();
    let link = move |list: bool, label: &'static str| {
        let href = move || state.filter.with(|f| link(f, list));
        let current = move || (state.list_chosen.get() == list).then_some("true");
        view! { <li><a href=href aria-current=current>{label}</a></li> }
    };
    view! {
        <nav class="view-switch" aria-label=m.view>
            <ul>{link(false, m.view_grid)}{link(true, m.view_list)}</ul>
        </nav>
    }
}

/// "Jump to now", during the event: to the first session under way, or the next; its
/// link takes focus.
#[component]
pub fn JumpToNow() -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let store = expect_context::<FeedStore>();
    move || {
        let now = visitor.now.get();
        let target = store
            .feed
            .with(|feed| match agenda::phase(feed.as_deref()?, now) {
                Phase::During { now, next } => now.first().or(next.as_ref()).map(|s| s.id.clone()),
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
}
