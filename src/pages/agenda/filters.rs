//! The agenda's search and filters, kept in the address. On phones the filters (track,
//! room, kind) sit behind one button that says how many are on; the search stays in
//! view.

use std::sync::Arc;

use leptos::prelude::*;

use super::AgendaState;
use crate::agenda::filter::Filter;
use crate::components::{pick_text, use_messages};
use crate::feed::{Feed, SessionKind};

/// The search field, the phones' "Filters" button, and the filters' panel.
#[component]
pub fn Filters(
    /// The feed the page's frame is built from (the filters' choices).
    feed: Arc<Feed>,
    /// The page's filter.
    state: AgendaState,
) -> impl IntoView {
    let m = use_messages();
    let filter = state.filter;
    let go = state.go();
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
    let search_ref = NodeRef::<leptos::html::Input>::new();
    follow_address(search_ref, filter);

    let tracks = feed
        .tracks
        .iter()
        .map(|t| (t.id.clone(), pick_text(&feed, &t.name)))
        .collect();
    let rooms = feed
        .rooms
        .iter()
        .map(|r| (r.id.clone(), pick_text(&feed, &r.name)))
        .collect();
    let kinds = SessionKind::ALL
        .into_iter()
        .filter(|k| feed.sessions.iter().any(|s| s.kind == *k))
        .map(|k| (k.as_str().to_owned(), m.session_kind(k).to_owned()))
        .collect();
    let choice = |label,
                  all,
                  values,
                  choose: fn(&mut Filter, String),
                  current: fn(&Filter) -> Option<String>| {
        view! { <Choice label all values choose current state /> }
    };

    let (open, set_open) = signal(false);
    let chosen = move || filter.with(Filter::chosen);
    let clear = move |_| go(Filter::default(), false);
    view! {
        <form class="filters" role="search" aria-label=m.filters on:submit=|ev| ev.prevent_default()>
            <label class="field field-search">
                <span>{m.search_sessions}</span>
                <input id="agenda-search" type="search" node_ref=search_ref on:input=on_search autocomplete="off" />
            </label>
            <button
                type="button"
                id="filters-toggle"
                class="button filters-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="filter-panel"
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                {m.filters}
                // Text and `hidden` that follow the filter: cheaper in the wasm than a
                // view made anew.
                <span class="filter-count" hidden=move || chosen() == 0>{move || m.numbers.integer(chosen() as u64)}</span>
            </button>
            <div id="filter-panel" class="filter-panel">
                {choice(m.track, m.all_tracks, tracks, |f, v| f.track = (!v.is_empty()).then_some(v), |f| f.track.clone())}
                {choice(m.room, m.all_rooms, rooms, |f, v| f.room = (!v.is_empty()).then_some(v), |f| f.room.clone())}
                {choice(m.kind, m.all_kinds, kinds, |f, v| f.kind = SessionKind::ALL.into_iter().find(|k| k.as_str() == v), |f| f.kind.map(|k| k.as_str().to_owned()))}
                {move || (!filter.with(Filter::is_empty)).then(|| view! {
                    <button type="button" class="button button-small" on:click=clear.clone()>{m.clear_filters}</button>
                })}
            </div>
        </form>
    }
}

/// The field follows the address (a reload, Back) but never while the visitor types in
/// it: the address lags a keystroke behind, and would write older text back. Touches
/// the field only.
fn follow_address(field: NodeRef<leptos::html::Input>, filter: Memo<Filter>) {
    Effect::new(move |_| {
        let query = filter.with(|f| f.query.clone());
        if let Some(input) = field.get() {
            let element: &web_sys::Element = input.as_ref();
            let typing = document().active_element().as_ref() == Some(element);
            if !typing && input.value() != query {
                input.set_value(&query);
            }
        }
    });
}

/// One filter as a select, shown when it has a choice to make.
#[component]
fn Choice(
    /// What it filters by ("Track").
    label: &'static str,
    /// Its "all" choice ("All tracks").
    all: &'static str,
    /// Its choices: value in the address, and label.
    values: Vec<(String, String)>,
    /// Sets the chosen value (empty for all) on a filter.
    choose: fn(&mut Filter, String),
    /// The value a filter has chosen.
    current: fn(&Filter) -> Option<String>,
    /// The page's filter.
    state: AgendaState,
) -> impl IntoView {
    let filter = state.filter;
    let go = state.go();
    (values.len() > 1).then(move || {
        let options = values
            .into_iter()
            .map(|(value, label)| {
                let selected = {
                    let value = value.clone();
                    move || filter.with(|f| current(f).as_ref() == Some(&value))
                };
                view! { <option value=value prop:selected=selected>{label}</option> }
            })
            .collect_view();
        let on_change = move |ev: leptos::ev::Event| {
            let mut next = filter.get_untracked();
            choose(&mut next, event_target_value(&ev));
            go(next, false);
        };
        view! {
            <label class="field">
                <span>{label}</span>
                <select on:change=on_change>
                    <option value="">{all}</option>
                    {options}
                </select>
            </label>
        }
    })
}
