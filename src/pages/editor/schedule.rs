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

/// A row's height, in `rem`.
const ROW_REM: f64 = 1.75;

/// The schedule's rows: one a step, from the hour before the day's first session to the
/// hour after its last end.
fn hours(day: &Day) -> (i64, i64) {
    let first = day.sessions.iter().map(|s| s.start).min().unwrap_or(9 * 60);
    let last = day.sessions.iter().map(|s| s.end).max().unwrap_or(17 * 60);
    (first / 60 * 60, (last + 59) / 60 * 60)
}

/// The schedule's section: drawn while it is open (a 2,000-session programme is not
/// laid out for an organiser who does not look at it).
#[component]
pub fn ScheduleSection() -> impl IntoView {
    let w = use_words();
    let open = RwSignal::new(false);
    view! {
        <details class="editor-section" id="schedule"
            on:toggle=move |event| open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
            <summary><h2>{w.section_schedule}</h2></summary>
            {move || open.get().then(|| view! { <Schedule /> })}
        </details>
    }
}

/// The schedule of the draft: day buttons, the grid of the day chosen, its sessions by
/// time.
#[component]
pub fn Schedule() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let days = Memo::new(move |_| {
        editor.version.track();
        editor.with(schedule::days).unwrap_or_default()
    });
    // The rooms in the draft's order: id and name.
    let rooms = Memo::new(move |_| {
        editor.version.track();
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
        let wanted = chosen.get();
        days.with(|days| {
            days.iter()
                .find(|day| Some(&day.date) == wanted.as_ref())
                .or(days.first())
                .cloned()
        })
    });
    // The days' dates alone: their buttons stay as sessions move.
    let dates = Memo::new(move |_| {
        days.with(|days| days.iter().map(|day| day.date.clone()).collect::<Vec<_>>())
    });
    let m = use_messages();
    view! {
        <p class="field-note" id="schedule-help">{w.schedule_help}</p>
        {move || dates.with(|dates| dates.is_empty().then(|| view! { <p>{w.schedule_none}</p> }))}
        <div class="schedule-days" role="group" aria-label=w.section_schedule>
            {move || dates.get().into_iter().map(|date| {
                let current = {
                    let date = date.clone();
                    move || day.with(|day| day.as_ref().map(|day| &day.date) == Some(&date))
                };
                let label = Date::parse(&date)
                    .map(|parsed| crate::intl::long_date(parsed, m.locale))
                    .unwrap_or_else(|_| date.clone());
                view! {
                    <button type="button" class="button button-small"
                        aria-pressed=move || if current() { "true" } else { "false" }
                        on:click=move |_| chosen.set(Some(date.clone()))>{label}</button>
                }
            }).collect_view()}
        </div>
        <Grid day rooms clashes />
    }
}

/// A session as the grid draws it: where it is, and its column and rows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Drawn {
    session: Placed,
    column: usize,
    /// Its room's name (the column's heading).
    room: String,
    /// Its first row and the row after its last (0: the day's first step).
    top: usize,
    bottom: usize,
}

/// The day's grid: a column a room (and one for sessions without a room when there
/// are), a row a step. Kept by key: a session moved is drawn anew, the others stay.
#[component]
fn Grid(
    /// The day shown.
    day: Memo<Option<Day>>,
    /// The rooms: id and name.
    rooms: Memo<Vec<(String, String)>>,
    /// The sessions in a clash, by index.
    clashes: Memo<Vec<usize>>,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let columns = Memo::new(move |_| {
        let mut columns: Vec<(Option<String>, String)> = rooms
            .get()
            .into_iter()
            .map(|(id, name)| (Some(id), name))
            .collect();
        let roomless = day.with(|day| {
            day.iter()
                .flat_map(|day| &day.sessions)
                .any(|session| !columns.iter().any(|(id, _)| *id == session.room))
        });
        if roomless {
            columns.push((None, w.schedule_no_room.to_owned()));
        }
        columns
    });
    let span = Memo::new(move |_| day.with(|day| day.as_ref().map(hours).unwrap_or((540, 1020))));
    let rows = move || ((span.get().1 - span.get().0) / STEP) as usize;
    let date = Memo::new(move |_| {
        day.with(|day| day.as_ref().map(|day| day.date.clone()).unwrap_or_default())
    });
    let heads = move || {
        columns.get().into_iter().enumerate().map(|(c, (_, name))| {
            view! { <div class="schedule-room" style:grid-column=(c + 2).to_string()>{name}</div> }
        }).collect_view()
    };
    let times = move || {
        let first = span.get().0;
        (0..rows())
            .filter(|r| (first + *r as i64 * STEP) % 60 == 0)
            .map(|r| {
                view! {
                    <div class="schedule-time" style:grid-row=(r + 2).to_string()>
                        {schedule::clock(first + r as i64 * STEP)}
                    </div>
                }
            })
            .collect_view()
    };
    // Where a session is dropped: the room whose heading is above the pointer, the step
    // the pointer is at (measured on the page, so right-to-left works as it is drawn).
    let grid = NodeRef::<leptos::html::Div>::new();
    let dropped = move |event: DragEvent| {
        event.prevent_default();
        let Some(index) = event
            .data_transfer()
            .and_then(|data| data.get_data("text/plain").ok())
            .and_then(|text| text.parse::<usize>().ok())
        else {
            return;
        };
        let Some(grid) = grid.get_untracked() else {
            return;
        };
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        let heads = grid.query_selector_all(".schedule-room").ok();
        let mut column = None;
        let mut below = 0.0;
        for at in 0..heads.as_ref().map_or(0, |h| h.length()) {
            let Some(head) = heads
                .as_ref()
                .and_then(|h| h.item(at))
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            else {
                continue;
            };
            let rect = head.get_bounding_client_rect();
            below = rect.bottom();
            if x >= rect.left() && x <= rect.right() {
                column = Some(at as usize);
            }
        }
        let Some(column) = column else {
            return;
        };
        let rem = web_sys::window()
            .and_then(|w| {
                w.get_computed_style(&document().document_element()?)
                    .ok()
                    .flatten()
            })
            .and_then(|style| style.get_property_value("font-size").ok())
            .and_then(|size| size.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(16.0);
        let row = ((y - below) / (ROW_REM * rem)).floor().max(0.0) as i64;
        let minute = span.get_untracked().0 + row * STEP;
        let room = columns.with_untracked(|columns| columns.get(column).map(|(id, _)| id.clone()));
        let Some(room) = room else {
            return;
        };
        let date = date.get_untracked();
        if let Some(edit) = editor
            .with(|doc| schedule::moved_to(doc, index, &date, minute, room.as_deref()))
            .flatten()
        {
            editor.move_session(edit, index);
        }
    };
    // Each session's column, rows and room's name, for the grid and the list.
    let drawn = move || {
        let first = span.get().0;
        let row = move |minute: i64| ((minute - first) / STEP) as usize;
        columns.with(|columns| {
            day.get()
                .map(|day| day.sessions)
                .unwrap_or_default()
                .into_iter()
                .map(|session| {
                    let column = columns
                        .iter()
                        .position(|(id, _)| *id == session.room)
                        .unwrap_or(columns.len().saturating_sub(1));
                    let room = columns
                        .get(column)
                        .map(|(_, name)| name.clone())
                        .unwrap_or_default();
                    let top = row(session.start);
                    let bottom = row(session.end).max(top + 1);
                    Drawn {
                        session,
                        column,
                        room,
                        top,
                        bottom,
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="schedule-scroll">
            <div class="schedule-grid" node_ref=grid
                style:grid-template-columns=move || format!("4rem repeat({}, minmax(8rem, 1fr))", columns.with(Vec::len))
                style:grid-template-rows=move || format!("auto repeat({}, {ROW_REM}rem)", rows())
                on:dragover=|event: DragEvent| event.prevent_default() on:drop=dropped>
                {heads}
                {times}
                <For each=drawn key=|drawn| drawn.clone() let:drawn>
                    <SessionBlock session=drawn.session column=drawn.column room=drawn.room top=drawn.top bottom=drawn.bottom columns clashes />
                </For>
            </div>
        </div>
        <h3>{w.schedule_by_time}</h3>
        <ol class="schedule-list">
            <For each=drawn key=|drawn| (drawn.session.clone(), drawn.room.clone()) let:drawn>
                {
                    let Drawn { session, room, .. } = drawn;
                    let index = session.index;
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
                }
            </For>
        </ol>
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
    /// Its room's name.
    room: String,
    /// Its first row and the row after its last (0: the first step of the day).
    top: usize,
    bottom: usize,
    /// The columns: room id and name.
    columns: Memo<Vec<(Option<String>, String)>>,
    /// The sessions in a clash, by index.
    clashes: Memo<Vec<usize>>,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let index = session.index;
    let clash = move || clashes.with(|c| c.contains(&index));
    let rtl = use_messages().direction == crate::i18n::Direction::RightToLeft;
    let keyed = {
        let room = session.room.clone();
        move |event: KeyboardEvent| {
            let step = |by: i64| (by, None);
            let across = |by: isize| {
                columns.with_untracked(|columns| {
                    let at = columns.iter().position(|(id, _)| *id == room).unwrap_or(0) as isize;
                    let to = (at + by).clamp(0, columns.len() as isize - 1) as usize;
                    (0, Some(columns[to].0.clone()))
                })
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
            <span class="visually-hidden">{room}</span>
            {move || clash().then(|| view! { <span class="schedule-clash-mark">{w.schedule_clash}</span> })}
        </button>
    }
}
