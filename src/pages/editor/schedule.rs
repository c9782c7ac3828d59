//! The programme as a schedule: a day at a time, the rooms side by side and time going
//! down, each session where and when it is. A session moves with the pointer (dragged
//! to another time or room) or with the keyboard alone (arrows), one step to undo; a
//! clash shows on both sessions as it happens. Below, the day's sessions by time.

use leptos::prelude::*;
use web_sys::{DragEvent, KeyboardEvent};

use super::panels::go_to;
use super::state::use_editor;
use super::use_words;
use crate::components::use_messages;
use crate::editor::schedule::{self, Day, Placed, STEP};
use crate::feed::{Code, Date};

/// The schedule's rows: one a step, from the hour before the day's first session to the
/// hour after its last end.
fn hours(day: &Day) -> (i64, i64) {
    let first = day.sessions.iter().map(|s| s.start).min().unwrap_or(9 * 60);
    let last = day.sessions.iter().map(|s| s.end).max().unwrap_or(17 * 60);
    (first / 60 * 60, (last + 59) / 60 * 60)
}

/// The schedule of the draft: day buttons, the grid of the day chosen, its sessions by
/// time.
#[component]
pub fn Schedule() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let days = Memo::new(move |_| {
        editor.generation.track();
        editor.checked.track();
        editor.with(schedule::days).unwrap_or_default()
    });
    // The rooms in the draft's order: id and name.
    let rooms = Memo::new(move |_| {
        editor.generation.track();
        editor.checked.track();
        editor
            .with(|doc| crate::editor::problem::choices(doc, "rooms", w))
            .unwrap_or_default()
    });
    // The sessions in a clash (room or speaker), by index.
    let clashes = Memo::new(move |_| {
        editor.store().draft.with(|draft| {
            let mut found: Vec<usize> = draft
                .iter()
                .flat_map(|draft| draft.diagnostics.iter())
                .filter(|d| matches!(d.code, Code::RoomClash | Code::SpeakerClash))
                .filter_map(|d| {
                    let rest = d.path.strip_prefix("$.sessions[")?;
                    rest[..rest.find(']')?].parse().ok()
                })
                .collect();
            found.sort_unstable();
            found.dedup();
            found
        })
    });
    let chosen = RwSignal::new(None::<String>);
    let day = Memo::new(move |_| {
        let days = days.get();
        let wanted = chosen.get();
        days.iter()
            .find(|day| Some(&day.date) == wanted.as_ref())
            .or(days.first())
            .cloned()
    });
    let m = use_messages();
    view! {
        <p class="field-note" id="schedule-help">{w.schedule_help}</p>
        {move || days.with(|days| days.is_empty().then(|| view! { <p>{w.schedule_none}</p> }))}
        <div class="schedule-days" role="group" aria-label=w.section_schedule>
            {move || days.get().into_iter().map(|d| {
                let date = d.date.clone();
                let current = {
                    let date = date.clone();
                    move || day.with(|day| day.as_ref().map(|day| &day.date) == Some(&date))
                };
                let label = Date::parse(&d.date)
                    .map(|parsed| crate::intl::long_date(parsed, m.locale))
                    .unwrap_or_else(|_| d.date.clone());
                view! {
                    <button type="button" class="button button-small"
                        aria-pressed=move || if current() { "true" } else { "false" }
                        on:click=move |_| chosen.set(Some(date.clone()))>{label}</button>
                }
            }).collect_view()}
        </div>
        {move || day.get().map(|day| view! { <Grid day rooms=rooms.get() clashes /> })}
    }
}

/// One day's grid: a column a room (and one for sessions without a room when there
/// are), a row a step.
#[component]
fn Grid(
    /// The day shown.
    day: Day,
    /// The rooms: id and name.
    rooms: Vec<(String, String)>,
    /// The sessions in a clash, by index.
    clashes: Memo<Vec<usize>>,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let mut columns: Vec<(Option<String>, String)> = rooms
        .into_iter()
        .map(|(id, name)| (Some(id), name))
        .collect();
    let known = |room: &Option<String>| columns.iter().any(|(id, _)| id == room);
    if day.sessions.iter().any(|s| !known(&s.room)) {
        columns.push((None, w.schedule_no_room.to_owned()));
    }
    let (first, last) = hours(&day);
    let rows = ((last - first) / STEP) as usize;
    let column_of = {
        let columns = columns.clone();
        move |room: &Option<String>| {
            columns
                .iter()
                .position(|(id, _)| id == room)
                .unwrap_or(columns.len() - 1)
        }
    };
    let row_of = move |minute: i64| ((minute - first) / STEP) as usize;
    let date = day.date.clone();
    // Drop targets: a cell a room and a step.
    let cells = columns
        .iter()
        .enumerate()
        .flat_map(|(c, (room, _))| (0..rows).map(move |r| (c, r, room.clone())))
        .map(|(c, r, room)| {
            let date = date.clone();
            let dropped = move |event: DragEvent| {
                event.prevent_default();
                let Some(index) = event
                    .data_transfer()
                    .and_then(|data| data.get_data("text/plain").ok())
                    .and_then(|text| text.parse::<usize>().ok())
                else {
                    return;
                };
                let minute = first + r as i64 * STEP;
                if let Some(edit) = editor
                    .with(|doc| schedule::moved_to(doc, index, &date, minute, room.as_deref()))
                    .flatten()
                {
                    editor.move_session(edit, index);
                }
            };
            view! {
                <div class="schedule-cell" style:grid-column=(c + 2).to_string()
                    style:grid-row=(r + 2).to_string()
                    on:dragover=|event: DragEvent| event.prevent_default() on:drop=dropped></div>
            }
        })
        .collect_view();
    let times = (0..rows)
        .filter(|r| (first + *r as i64 * STEP) % 60 == 0)
        .map(|r| {
            view! {
                <div class="schedule-time" style:grid-row=(r + 2).to_string()>
                    {schedule::clock(first + r as i64 * STEP)}
                </div>
            }
        })
        .collect_view();
    let heads = columns
        .iter()
        .enumerate()
        .map(|(c, (_, name))| {
            view! { <div class="schedule-room" style:grid-column=(c + 2).to_string()>{name.clone()}</div> }
        })
        .collect_view();
    let names: Vec<(Option<String>, String)> = columns.clone();
    let sessions = day
        .sessions
        .iter()
        .cloned()
        .map(|session| {
            let column = column_of(&session.room);
            let (top, bottom) = (
                row_of(session.start),
                row_of(session.end).max(row_of(session.start) + 1),
            );
            view! {
                <SessionBlock session column top bottom columns=names.clone() clashes />
            }
        })
        .collect_view();
    let listed = day
        .sessions
        .iter()
        .map(|session| {
            let index = session.index;
            let room = names
                .iter()
                .find(|(id, _)| *id == session.room)
                .map(|(_, name)| name.clone())
                .unwrap_or_else(|| w.schedule_no_room.to_owned());
            let title = if session.title.is_empty() { w.schedule_untitled.to_owned() } else { session.title.clone() };
            view! {
                <li>
                    <span class="schedule-when">{format!("{}–{}", schedule::clock(session.start), schedule::clock(session.end))}</span>
                    " · "{room}" · "
                    <button type="button" class="link-button"
                        on:click=move |_| go_to(editor, &format!("$.sessions[{index}].title"))>{title}</button>
                    {move || clashes.with(|c| c.contains(&index)).then(|| view! { <span class="schedule-clash-mark">" · "{w.schedule_clash}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="schedule-scroll">
            <div class="schedule-grid" style:grid-template-columns=format!("4rem repeat({}, minmax(8rem, 1fr))", columns.len())
                style:grid-template-rows=format!("auto repeat({rows}, 1.75rem)")>
                {heads}
                {times}
                {cells}
                {sessions}
            </div>
        </div>
        <h3>{w.schedule_by_time}</h3>
        <ol class="schedule-list">{listed}</ol>
    }
}

/// One session on the grid: a button in its room's column, as tall as it is long. It
/// opens the session; dragged, or moved by the arrows, it moves.
#[component]
fn SessionBlock(
    /// The session.
    session: Placed,
    /// Its column (0: the first room).
    column: usize,
    /// Its first row and the row after its last (0: the first step of the day).
    top: usize,
    bottom: usize,
    /// The columns: room id and name.
    columns: Vec<(Option<String>, String)>,
    /// The sessions in a clash, by index.
    clashes: Memo<Vec<usize>>,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let index = session.index;
    let clash = move || clashes.with(|c| c.contains(&index));
    let rtl = use_messages().direction == crate::i18n::Direction::RightToLeft;
    let keyed = {
        let columns = columns.clone();
        let room = session.room.clone();
        move |event: KeyboardEvent| {
            let step = |by: i64| (by, None);
            let across = |by: isize| {
                let at = columns.iter().position(|(id, _)| *id == room).unwrap_or(0) as isize;
                let to = (at + by).clamp(0, columns.len() as isize - 1) as usize;
                (0, Some(columns[to].0.clone()))
            };
            let (minutes, room) = match event.key().as_str() {
                "ArrowUp" => step(-STEP),
                "ArrowDown" => step(STEP),
                "ArrowLeft" => across(if rtl { 1 } else { -1 }),
                "ArrowRight" => across(if rtl { -1 } else { 1 }),
                _ => return,
            };
            event.prevent_default();
            if let Some(edit) = editor
                .with(|doc| {
                    schedule::moved(doc, index, minutes, room.as_ref().map(|r| r.as_deref()))
                })
                .flatten()
            {
                editor.move_session(edit, index);
            }
        }
    };
    let room_name = columns
        .get(column)
        .map(|(_, name)| name.clone())
        .unwrap_or_default();
    let title = if session.title.is_empty() {
        w.schedule_untitled.to_owned()
    } else {
        session.title.clone()
    };
    let when = format!(
        "{}–{}",
        schedule::clock(session.start),
        schedule::clock(session.end)
    );
    view! {
        <button type="button" class="schedule-session" id=format!("schedule-session-{index}")
            class:schedule-clash=clash draggable="true"
            style:grid-column=(column + 2).to_string()
            style:grid-row=format!("{} / {}", top + 2, bottom + 2)
            style:margin-inline-start=format!("{}rem", session.lane as f32 * 1.5)
            aria-describedby="schedule-help"
            on:dragstart=move |event: DragEvent| {
                if let Some(data) = event.data_transfer() {
                    let _ = data.set_data("text/plain", &index.to_string());
                }
            }
            on:keydown=keyed
            on:click=move |_| go_to(editor, &format!("$.sessions[{index}].title"))>
            <span class="schedule-session-title">{title}</span>
            <span class="schedule-session-when">{when}</span>
            // Its room, which the column's heading shows the eye.
            <span class="visually-hidden">{room_name}</span>
            {move || clash().then(|| view! { <span class="schedule-clash-mark">{w.schedule_clash}</span> })}
        </button>
    }
}
