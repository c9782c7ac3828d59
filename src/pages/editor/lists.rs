//! A list of the feed (sessions, speakers, rooms...) in the editor: searched, shown a
//! page at a time (2,000 sessions stay fluid), with the chosen entry's form, its
//! actions (duplicate, move, delete with what names it shown first) and where it is
//! named.

use leptos::prelude::*;

use super::form::{Fields, label_text};
use super::state::{Editor, use_editor};
use super::{section_name, use_words};
use crate::editor::coverage;
use crate::editor::document::{self, Edit, Step};
use crate::editor::form::Section;
use crate::editor::problem;
use crate::editor::refs::{self, Kind};
use crate::editor::words::fill;
use crate::feed::json::Node;

/// How many entries a list shows before "Show more".
const PAGE: usize = 40;

/// Now, as a feed moment on the event's clock.
pub fn now_in_event_zone(doc: &Node) -> String {
    let zone = document::text_at(doc, &[Step::Field("event"), Step::Field("timezone")]);
    let now = js_sys::Date::now();
    let offset = crate::intl::offset_minutes(now, if zone.is_empty() { "UTC" } else { &zone });
    crate::editor::moment::at(now, offset.unwrap_or(0))
}

/// The kind of entry others name, for a list.
pub fn kind_of(list: &str) -> Option<Kind> {
    [
        Kind::Room,
        Kind::Track,
        Kind::Speaker,
        Kind::Document,
        Kind::Session,
    ]
    .into_iter()
    .find(|kind| kind.list() == list)
}

/// An entry as listed: its index, label and id.
#[derive(Clone, Debug, PartialEq)]
struct Listed {
    index: usize,
    label: String,
    id: String,
}

/// Whether the section at `list` holds an error the checks found.
pub fn has_errors(editor: Editor, list: &str) -> bool {
    let prefix = format!("$.{list}[");
    editor.store().draft.with(|draft| {
        draft.as_ref().is_some_and(|draft| {
            draft
                .diagnostics
                .iter()
                .any(|d| d.severity == crate::feed::Severity::Error && d.path.starts_with(&prefix))
        })
    })
}

/// One list of the feed.
#[component]
pub fn ListSection(
    /// Which list, and its form.
    section: &'static Section,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let query = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    // Sessions only: those still missing a language.
    let missing = RwSignal::new(String::new());
    let toggled = RwSignal::new(false);
    let listed = Memo::new(move |_| {
        editor.checked.track();
        editor.generation.track();
        let query = query.get().to_lowercase();
        let missing = missing.get();
        editor
            .with(|doc| {
                let lacking: Option<Vec<usize>> = (!missing.is_empty()).then(|| {
                    let first = coverage::languages(doc).remove(0);
                    let mut out = Vec::new();
                    coverage::every_text(doc, |path, text| {
                        if let [Step::Field(list), Step::Index(i), ..] = path.as_slice()
                            && *list == section.list
                            && !coverage::has(text, &missing, &first)
                            && out.last() != Some(i)
                        {
                            out.push(*i);
                        }
                    });
                    out
                });
                let entries = doc
                    .get(section.list)
                    .and_then(Node::as_array)
                    .unwrap_or_default();
                let all = entries.len();
                let found: Vec<Listed> = entries
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| lacking.as_ref().is_none_or(|l| l.contains(i)))
                    .map(|(index, entry)| Listed {
                        index,
                        label: entry.get(section.label).map(label_text).unwrap_or_default(),
                        id: entry
                            .get("id")
                            .and_then(Node::as_str)
                            .unwrap_or_default()
                            .to_owned(),
                    })
                    .filter(|e| {
                        query.is_empty()
                            || e.label.to_lowercase().contains(&query)
                            || e.id.to_lowercase().contains(&query)
                    })
                    .collect();
                (found, all)
            })
            .unwrap_or_default()
    });
    let name = section_name(w, section.list);
    let heading = format!("section-{}", section.list);
    let errors = move || has_errors(editor, section.list);
    let selected_here = move || {
        editor
            .selected
            .get()
            .filter(|(list, _)| *list == section.list)
    };
    let add = move |_| {
        let Some(edit) = editor
            .with(|doc| {
                let count = doc
                    .get(section.list)
                    .and_then(Node::as_array)
                    .map_or(0, <[Node]>::len);
                let id = document::free_id(doc, section.list, section.new_id);
                let mut entry = crate::feed::json::parse(section.starts_with).ok()?;
                Edit::set(&entry, vec![Step::Field("id")], Some(document::string(&id)))
                    .apply(&mut entry);
                // What a new entry cannot go without and the editor knows: a document is
                // in the event's first language, an announcement published now.
                let known = match section.list {
                    "documents" => Some(("language", coverage::languages(doc).remove(0))),
                    "updates" => Some(("published", now_in_event_zone(doc))),
                    _ => None,
                };
                if let Some((field, value)) = known {
                    let value = Some(document::string(&value));
                    Edit::set(&entry, vec![Step::Field(field)], value).apply(&mut entry);
                }
                Some((
                    Edit::insert(doc, vec![Step::Field(section.list)], count, entry),
                    count,
                ))
            })
            .flatten()
        else {
            return;
        };
        editor.change(edit.0, false);
        editor.selected.set(Some((section.list, edit.1)));
        editor.focus.set(Some(format!(
            "$.{}[{}].{}",
            section.list, edit.1, section.fields[1].name
        )));
    };
    let languages = move || {
        editor.checked.track();
        editor.with(coverage::languages).unwrap_or_default()
    };
    view! {
        <details class="editor-section" id=format!("list-{}", section.list)
            prop:open=move || toggled.get() || errors() || selected_here().is_some()
            on:toggle=move |event| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&event).open();
                toggled.set(open);
            }
        >
            <summary>
                <h2 id=heading.clone()>{name}</h2>
                " "
                <span class="section-count">{move || listed.with(|(_, all)| all.to_string())}</span>
                {move || errors().then(|| view! { <span class="section-error">{w.error}</span> })}
            </summary>
            <div class="list-tools">
                <label>
                    <span>{fill(w.search, &[("list", name)])}</span>
                    <input type="search" prop:value=move || query.get()
                        on:input=move |event| { query.set(event_target_value(&event)); shown.set(PAGE); } />
                </label>
                {(section.list == "sessions").then(|| view! {
                    <label>
                        <span>{w.coverage_filter}</span>
                        <select on:change=move |event| missing.set(event_target_value(&event))>
                            <option value="">{w.coverage_all}</option>
                            {move || languages().into_iter().map(|lang| {
                                let name = crate::intl::language_name(&lang, crate::components::use_messages().locale);
                                view! { <option value=lang.clone()>{name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                })}
                <button type="button" class="button" on:click=add>{w.add}</button>
            </div>
            <ul class="entry-list" aria-labelledby=heading>
                {move || {
                    listed.with(|(found, _)| {
                        found
                            .iter()
                            .take(shown.get())
                            .map(|entry| {
                                let index = entry.index;
                                let current = move || selected_here().is_some_and(|(_, i)| i == index);
                                let label = if entry.label.is_empty() { w.untitled.to_owned() } else { entry.label.clone() };
                                view! {
                                    <li>
                                        <button type="button" class="entry-button"
                                            aria-current=move || current().then_some("true")
                                            on:click=move |_| editor.selected.set(Some((section.list, index)))>
                                            <span>{label}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    })
                }}
            </ul>
            <p class="list-count">
                {move || listed.with(|(found, all)| {
                    fill(w.shown, &[("shown", &found.len().min(shown.get()).to_string()), ("n", &all.to_string())])
                })}
                " "
                {move || (listed.with(|(found, _)| found.len()) > shown.get()).then(|| view! {
                    <button type="button" class="button button-small" on:click=move |_| shown.update(|s| *s += PAGE)>
                        {w.show_more}
                    </button>
                })}
            </p>
            {move || {
                editor.generation.track();
                selected_here().map(|(_, index)| view! { <EntryForm section index /> })
            }}
        </details>
    }
}

/// The form of one entry, with its actions.
#[component]
fn EntryForm(section: &'static Section, index: usize) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let base = vec![Step::Field(section.list), Step::Index(index)];
    let entry = editor.value(&base);
    let Some(entry) = entry else {
        return ().into_any();
    };
    let id = entry
        .get("id")
        .and_then(Node::as_str)
        .unwrap_or_default()
        .to_owned();
    let label = entry
        .get(section.label)
        .map(label_text)
        .filter(|l| !l.is_empty())
        .or_else(|| editor.with(|doc| problem::entry_name(doc, section.list, index, w)))
        .unwrap_or_default();
    let locale = crate::components::use_messages().locale;
    let place_of = move |path: &str| {
        let language = |tag: &str| crate::intl::language_name(tag, locale);
        editor
            .with(|doc| problem::place(path, doc, w, &language))
            .unwrap_or_default()
    };
    let kind = kind_of(section.list);
    let uses: Vec<refs::Use> = kind
        .and_then(|kind| editor.with(|doc| refs::uses(doc, kind, &id)))
        .unwrap_or_default();
    let count = editor
        .with(|doc| {
            doc.get(section.list)
                .and_then(Node::as_array)
                .map_or(0, <[Node]>::len)
        })
        .unwrap_or(0);
    let confirming = RwSignal::new(false);
    let list = vec![Step::Field(section.list)];
    let duplicate = {
        let list = list.clone();
        move |_| {
            let Some(copy) = editor
                .with(|doc| document::duplicate(doc, section.list, index))
                .flatten()
            else {
                return;
            };
            editor.change(
                Edit::Insert {
                    list: list.clone(),
                    index: index + 1,
                    node: copy,
                },
                false,
            );
            editor.selected.set(Some((section.list, index + 1)));
        }
    };
    let move_to = {
        let list = list.clone();
        move |to: usize| {
            editor.change(
                Edit::Move {
                    list: list.clone(),
                    from: index,
                    to,
                },
                false,
            );
            editor.selected.set(Some((section.list, to)));
        }
    };
    let move_up = {
        let move_to = move_to.clone();
        move |_: web_sys::MouseEvent| move_to(index - 1)
    };
    let move_down = move |_: web_sys::MouseEvent| move_to(index + 1);
    let delete = {
        let entry = entry.clone();
        move || {
            editor.selected.set(None);
            editor.change(
                Edit::Remove {
                    list: list.clone(),
                    index,
                    node: entry.clone(),
                },
                false,
            );
        }
    };
    let ask_or_delete = {
        let delete = delete.clone();
        let used = !uses.is_empty();
        move |_| if used { confirming.set(true) } else { delete() }
    };
    // Each entry once (a session names a speaker as speaker and as moderator), by its
    // title: titles hold commas, so they are set apart by semicolons.
    let mut places: Vec<&refs::Use> = uses.iter().collect();
    places.dedup_by(|a, b| a.entry.is_some() && a.entry == b.entry);
    let used_line = if places.is_empty() {
        w.used_nowhere.to_owned()
    } else {
        let names: Vec<&str> = places.iter().map(|place| place.name()).collect();
        fill(w.used_in, &[("places", &names.join("; "))])
    };
    let heading = format!("entry-{}-{index}", section.list);
    let labelled_by = heading.clone();
    view! {
        <section class="entry-form" class:side-by-side=move || editor.side_by_side.get() aria-labelledby=labelled_by>
            <h3 id=heading>{fill(w.edit_entry, &[("entry", &label)])}</h3>
            <div class="entry-actions">
                <button type="button" class="button button-small" on:click=duplicate>{w.duplicate}</button>
                <button type="button" class="button button-small" disabled={index == 0} on:click=move_up>{w.move_up}</button>
                <button type="button" class="button button-small" disabled={index + 1 >= count} on:click=move_down>{w.move_down}</button>
                <button type="button" class="button button-small button-danger" on:click=ask_or_delete>{w.delete}</button>
                <button type="button" class="button button-small"
                    aria-pressed=move || if editor.side_by_side.get() { "true" } else { "false" }
                    on:click=move |_| editor.side_by_side.update(|on| *on = !*on)>{w.side_by_side}</button>
            </div>
            {move || confirming.get().then(|| {
                let delete = delete.clone();
                view! {
                    <div class="confirm" role="alert">
                        <p>{fill(w.delete_used, &[("entry", &label)])}</p>
                        <ul>{uses.iter().map(|u| view! { <li>{place_of(&u.path)}</li> }).collect_view()}</ul>
                        <button type="button" class="button button-danger" on:click=move |_| delete()>{w.delete_confirm}</button>
                        " "
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{w.keep}</button>
                    </div>
                }
            })}
            <p class="entry-uses">{used_line}</p>
            {(section.list == "documents").then(|| view! { <FileFacts index /> })}
            <Fields specs=section.fields base kind=kind />
        </section>
    }
    .into_any()
}

/// The problems' path of an entry's field, for the summary's links.
pub fn entry_of(path: &str) -> Option<(&'static str, usize)> {
    let rest = path.strip_prefix("$.")?;
    let (list, rest) = rest.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    let section = crate::editor::form::section(list)?;
    Some((section.list, index.parse().ok()?))
}

/// A document's size and type (and its address, if it has none) from the file itself,
/// picked from disk: the numbers an organiser would otherwise look up and type.
#[component]
fn FileFacts(index: usize) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let id = format!("file-facts-{index}");
    let picked = move |event: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        let at = |name: &'static str| {
            vec![
                Step::Field("documents"),
                Step::Index(index),
                Step::Field(name),
            ]
        };
        let bytes = (file.size() as u64).to_string();
        let mut facts = vec![(
            at("bytes"),
            document::node(crate::feed::json::Value::Number(bytes)),
        )];
        if !file.type_().is_empty() {
            facts.push((at("media_type"), document::string(&file.type_())));
        }
        if editor.text(&at("url")).is_empty() {
            facts.push((
                at("url"),
                document::string(&format!("documents/{}", file.name())),
            ));
        }
        for (path, value) in facts {
            if let Some(edit) = editor.with(|doc| Edit::set(doc, path, Some(value))) {
                editor.change(edit, false);
            }
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{w.from_file}</label>
            <input id=id type="file" on:change=picked />
        </div>
    }
}
