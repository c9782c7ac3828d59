//! A day of the agenda: its heading and its sessions, kept by key when a new feed
//! comes; and the one pass that shows what the filter leaves and fits the grid to it.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::AgendaState;
use crate::agenda;
use crate::agenda::grid::{Fit, Frame, MARK};
use crate::agenda::line::SessionLine;
use crate::components::{Keyed, KeyedList, SessionItem, pick_text, use_messages};
use crate::feed::{Date, DateTime, Feed, Session};
use crate::intl;
use crate::store::FeedStore;
use crate::visitor::use_visitor;

/// A session's line as the current feed has it: what it shows (which `<For>` keys it
/// by, so that only changed lines rebuild), and the session, for the filters.
#[derive(Clone)]
pub struct Line {
    pub shows: SessionLine,
    pub session: Session,
}

/// Two lines are the same when they show the same: their session's other fields (its
/// abstract, its documents) are not on the line.
impl PartialEq for Line {
    fn eq(&self, other: &Self) -> bool {
        self.shows == other.shows
    }
}

/// The current feed's lines, by day, for a reader of `reader`.
pub fn lines_of(feed: &Feed, store: FeedStore, reader: &str) -> Vec<(Date, Vec<Line>)> {
    store.seen.with(|seen| {
        agenda::days(feed)
            .into_iter()
            .map(|day| {
                let lines = day
                    .sessions
                    .into_iter()
                    .map(|session| {
                        let changed = seen.changed.contains(&session.id);
                        Line {
                            shows: SessionLine::of(feed, session, reader, changed),
                            session: session.clone(),
                        }
                    })
                    .collect();
                (day.date, lines)
            })
            .collect()
    })
}

/// One day as the page lays it out.
pub struct DayView {
    pub date: Date,
    pub label: String,
    /// Its grid: rooms and hours.
    pub frame: Frame,
}

/// Shows the sessions the filter leaves, hides the others, and fits each day's grid to
/// what is left: one pass per change of filter over the sessions' `hidden` flags,
/// touching only those that change. (A reactive `hidden` on each of 2,000 items woke
/// 2,000 effects a keystroke: up to 85 ms, against the 16 ms budget; see
/// docs/BENCHMARKS.md.) After a new feed, once `<For>` has placed the lines (before the
/// next paint), each is compared with the page instead. Touches the DOM only.
pub fn apply_filter(
    state: AgendaState,
    root: NodeRef<leptos::html::Div>,
    frames: Vec<(Date, Frame)>,
) {
    Effect::new(move |before: Option<(Vec<bool>, usize)>| {
        let now = state.shown.with(|s| s.visible.clone());
        let index = state.matcher.with(|m| Arc::as_ptr(&m.0) as usize);
        let narrows = state.filter.with(|f| f.narrows());
        let Some(root) = root.get() else {
            return (now, index);
        };
        let fits = fits(&frames, state, &now, narrows);
        match before.filter(|(_, before)| *before == index) {
            Some((before, _)) => {
                show_only(&root, &now, Some(&before));
                fit_grids(&root, &fits);
            }
            None => {
                let now = now.clone();
                request_animation_frame(move || {
                    show_only(&root, &now, None);
                    fit_grids(&root, &fits);
                });
            }
        }
        (now, index)
    });
}

/// Each day's grid as the filter leaves it: whole when nothing narrows the day.
fn fits(
    frames: &[(Date, Frame)],
    state: AgendaState,
    shown: &[bool],
    narrows: bool,
) -> Vec<(Date, Fit)> {
    state.lines.with_untracked(|days| {
        let mut at = 0;
        days.iter()
            .filter_map(|(date, lines)| {
                let these = &shown[at.min(shown.len())..(at + lines.len()).min(shown.len())];
                at += lines.len();
                let (_, frame) = frames.iter().find(|(d, _)| d == date)?;
                let fit = if narrows {
                    Fit::around(
                        frame,
                        lines.iter().map(|l| &l.session).zip(these.iter().copied()),
                    )
                } else {
                    Fit::whole(frame)
                };
                Some((*date, fit))
            })
            .collect()
    })
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

/// Writes each day's fit on its grid: where its kept rooms and half hours start (a few
/// dozen properties on the list, whatever the number of sessions), and hides the room
/// names and time marks of the closed ones. Only what moved is written, and nothing on
/// a day that shows no session (it is hidden): a custom property set on the list makes
/// the browser restyle every session under it, even to the same value (a keystroke's
/// next frame took 120 ms at p95 on the 2,000-session grid when every day was written).
fn fit_grids(root: &web_sys::HtmlDivElement, fits: &[(Date, Fit)]) {
    for (date, fit) in fits.iter().filter(|(_, fit)| fit.rows > 0) {
        let Ok(Some(list)) = root.query_selector(&format!("#day-{date} + ol")) else {
            continue;
        };
        let Some(list) = list.dyn_ref::<web_sys::HtmlElement>() else {
            continue;
        };
        let style = list.style();
        for (name, value) in fit.properties() {
            if style.get_property_value(&name).ok().as_ref() != Some(&value) {
                let _ = style.set_property(&name, &value);
            }
        }
        let closed =
            fit.columns.iter().any(Option::is_none) || fit.blocks.iter().any(Option::is_none);
        let _ = list.toggle_attribute_with_force("data-fitted", closed);
        hide_closed(list, ".room-head", &fit.columns);
        hide_closed(list, ".time-mark", &fit.blocks);
    }
}

/// Hides the `selector` elements of `list` whose place `kept` closes, shows the others.
fn hide_closed<T>(list: &web_sys::HtmlElement, selector: &str, kept: &[Option<T>]) {
    let Ok(marks) = list.query_selector_all(selector) else {
        return;
    };
    for (i, kept) in kept.iter().enumerate() {
        if let Some(mark) = marks
            .get(i as u32)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            && mark.has_attribute("hidden") != kept.is_none()
        {
            let _ = mark.toggle_attribute_with_force("hidden", kept.is_none());
        }
    }
}

/// One day: its heading and its sessions, each hidden when the filters leave it out,
/// kept by key when a new feed comes.
#[component]
pub fn DaySection(
    /// The day's frame: date, heading, and the grid's rooms and hours.
    day: DayView,
    /// The IANA zone to show times in.
    zone: String,
    /// The page's lines and what the filter leaves of them.
    state: AgendaState,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let store = expect_context::<FeedStore>();
    let date = day.date;
    let heading_id = format!("day-{date}");
    let empty = move || {
        state.shown.with(|s| s.on(date) == 0)
            || state.filter.with(|f| f.day.is_some_and(|d| d != date))
    };
    let room_heads = store.feed.with_untracked(|feed| {
        let feed = feed.as_deref();
        day.frame
            .rooms
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let name = feed.and_then(|f| f.room(id).map(|r| pick_text(f, &r.name)));
                view! { <li class="room-head" aria-hidden="true" style=("--col", format!("var(--c{i})"))>{name}</li> }
            })
            .collect_view()
    });
    let frame = Arc::new(day.frame);
    let marks = (0..frame.blocks())
        .map(|block| {
            let at = frame.from + block as i64 * MARK;
            let label = intl::time_of_day(DateTime { unix: at, offset_minutes: 0 }, m.locale, &zone);
            view! { <li class="time-mark" aria-hidden="true" style=("--row", frame.row_in(at))>{label}</li> }
        })
        .collect_view();
    // The now line, while this day is on (not on a grid closed up by a filter: CSS).
    let now_line = {
        let frame = frame.clone();
        move || {
            let now = visitor.now.get();
            (frame.from <= now && now < frame.until).then(|| {
                view! { <li class="now-line" aria-hidden="true" style=("--row", frame.row_in(now))></li> }
            })
        }
    };
    // This day's lines, each shown or hidden by the page's one filter pass.
    let day_lines = Memo::new(move |_| {
        state.lines.with(|days| {
            let Some((_, lines)) = days.iter().find(|(d, _)| *d == date) else {
                return Vec::new();
            };
            lines
                .iter()
                .map(|line| {
                    let (frame, zone, session, shows) = (
                        frame.clone(),
                        zone.clone(),
                        line.session.clone(),
                        line.shows.clone(),
                    );
                    let (id, key) = line.shows.key();
                    Keyed::new(id, key, move || {
                        let (row, column) = frame.place(&session);
                        let id = format!("session-{}", session.id);
                        view! {
                            <li id=id style=("--row", row) style=("--col", column)>
                                <SessionItem line=shows.clone() zone=zone.clone() />
                            </li>
                        }
                    })
                })
                .collect()
        })
    });
    view! {
        <section class="day" aria-labelledby=heading_id.clone() hidden=empty>
            <h2 id=heading_id.clone()><time datetime=date.to_string()>{day.label}</time></h2>
            <ol class="session-list">
                {room_heads}
                {marks}
                {now_line}
                <KeyedList items=day_lines />
            </ol>
        </section>
    }
}
