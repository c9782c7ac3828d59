//! The editor's side panels: every problem the checks found (each leads to its
//! field), translation coverage, and what changed from the published version.

use leptos::prelude::*;

use super::lists::entry_of;
use super::state::{Editor, use_editor};
use super::use_words;
use crate::editor::announce;
use crate::editor::coverage::{self, Missing};
use crate::editor::diff::{self, Change};
use crate::editor::document::{self, Edit, Step, path_text};
use crate::editor::problem::{describe, place};
use crate::editor::words::fill;
use crate::feed::{Feed, Severity, Text};
use crate::intl;

/// Shows the field at `path`: its entry is chosen, its section opened, and the focus
/// moved to it (by the page, once the form is built).
pub fn go_to(editor: Editor, path: &str) {
    if let Some(entry) = entry_of(path) {
        editor.selected.set(Some(entry));
    }
    editor.focus.set(Some(path.to_owned()));
}

/// How many problems the panel lists.
const SHOWN: usize = 100;

/// Every problem of the draft, errors first; each leads to its field. The count is
/// announced politely as it changes.
#[component]
pub fn Problems() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let m = crate::components::use_messages();
    let draft = editor.store().draft;
    let language = move |tag: &str| intl::language_name(tag, m.locale);
    let count = move || {
        draft.with(|draft| {
            draft.as_ref().map(|draft| {
                let n = |s| draft.diagnostics.iter().filter(|d| d.severity == s).count();
                let (errors, warnings) = (n(Severity::Error), n(Severity::Warning));
                if errors + warnings == 0 {
                    w.problems_none.to_owned()
                } else {
                    fill(
                        w.problems_count,
                        &[
                            ("errors", &errors.to_string()),
                            ("warnings", &warnings.to_string()),
                        ],
                    )
                }
            })
        })
    };
    view! {
        <section class="editor-problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{w.problems}</h2>
            <p role="status" class="problems-count">{count}</p>
            <ol class="diagnostics">
                {move || {
                    draft.with(|draft| {
                        // Errors first; the first hundred (a large draft can have
                        // thousands of warnings: each field shows its own).
                        let mut all: Vec<_> = draft.as_ref().map(|d| d.diagnostics.iter().collect()).unwrap_or_default();
                        all.sort_by_key(|d| d.severity != Severity::Error);
                        all.into_iter()
                            .take(SHOWN)
                            .map(|d| {
                                let (class, severity) = match d.severity {
                                    Severity::Error => ("diagnostic diagnostic-error", m.error),
                                    Severity::Warning => ("diagnostic diagnostic-warning", m.warning),
                                };
                                let path = d.path.clone();
                                let problem = editor.with(|doc| describe(d, Some(doc), w, &language)).unwrap_or_else(|| describe(d, None, w, &language));
                                view! {
                                    <li class=class>
                                        <p>
                                            <strong>{severity}</strong>" · "
                                            <button type="button" class="link-button"
                                                on:click=move |_| go_to(editor, &path)>
                                                {problem.place}
                                            </button>
                                        </p>
                                        <p>{problem.says}</p>
                                        <p class="diagnostic-help">{problem.help}</p>
                                    </li>
                                }
                            })
                            .collect_view()
                    })
                }}
            </ol>
        </section>
    }
}

/// For each of the event's languages, how many texts still lack it, and where.
#[component]
pub fn Coverage() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let m = crate::components::use_messages();
    let missing = Memo::new(move |_| {
        editor.checked.track();
        editor.with(coverage::coverage).unwrap_or_default()
    });
    view! {
        <ul class="coverage">
            {move || missing.get().into_iter().map(|Missing { lang, paths, texts }| {
                let name = intl::language_name(&lang, m.locale);
                let line = if paths.is_empty() {
                    fill(w.coverage_complete, &[("lang", &name)])
                } else {
                    fill(w.coverage_line, &[("lang", &name), ("missing", &paths.len().to_string()), ("n", &texts.to_string())])
                };
                let first: Vec<String> = paths.iter().take(12).map(|p| path_text(p)).collect();
                let language = |tag: &str| intl::language_name(tag, m.locale);
                view! {
                    <li data-lang=lang.clone()>
                        <p class="coverage-line">{line}</p>
                        <ul class="coverage-missing">
                            {first.into_iter().map(|path| {
                                let place = editor
                                    .with(|doc| place(&path, doc, w, &language))
                                    .unwrap_or_default();
                                view! {
                                    <li><button type="button" class="link-button"
                                        on:click=move |_| go_to(editor, &path)>{place}</button></li>
                                }
                            }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// An entry's title in a language, from the draft, else from the published feed.
fn title_of(draft: Option<&Feed>, published: Option<&Feed>, id: &str, lang: &str) -> String {
    let pick = |text: &Text| text.pick(&[lang]).text.to_owned();
    [draft, published]
        .into_iter()
        .flatten()
        .find_map(|feed| {
            feed.sessions
                .iter()
                .find(|s| s.id == id)
                .map(|s| pick(&s.title))
                .or_else(|| {
                    feed.speakers
                        .iter()
                        .find(|s| s.id == id)
                        .map(|s| pick(&s.name))
                })
                .or_else(|| {
                    feed.documents
                        .iter()
                        .find(|d| d.id == id)
                        .map(|d| pick(&d.title))
                })
                .or_else(|| {
                    feed.updates
                        .iter()
                        .find(|u| u.id == id)
                        .map(|u| pick(&u.title))
                })
        })
        .unwrap_or_else(|| id.to_owned())
}

/// What the draft changes from the published version, and drafting its announcement.
#[component]
pub fn Changes() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let m = crate::components::use_messages();
    let draft = editor.store().draft;
    // A new event, or another event than the one published here (a new one's file
    // opened again): nothing published to compare it with.
    let other_event = Memo::new(move |_| {
        editor.new_event.get()
            || draft.with(|d| {
                let published = editor.published.get_value();
                d.as_ref()
                    .and_then(|d| d.feed.as_ref())
                    .zip(published)
                    .is_some_and(|(draft, published)| draft.event.id != published.event.id)
            })
    });
    let changes = Memo::new(move |_| {
        if other_event.get() {
            return Vec::new();
        }
        let draft = draft.with(|d| d.as_ref().and_then(|d| d.feed.clone()));
        let published = editor.published.get_value();
        match (published, draft) {
            (Some(published), Some(draft)) => diff::changes(&published, &draft),
            _ => Vec::new(),
        }
    });
    let announce = move |_| {
        let changes = changes.get_untracked();
        let feed = draft.with_untracked(|d| d.as_ref().and_then(|d| d.feed.clone()));
        let published = editor.published.get_value();
        let Some(edit) = editor.with(|doc| {
            let languages = coverage::languages(doc);
            let now = super::lists::now_in_event_zone(doc);
            let id = document::free_id(doc, "updates", "programme-changes");
            let update = announce::draft(&changes, &languages, &id, &now, |id, lang| {
                title_of(feed.as_deref(), published.as_deref(), id, lang)
            });
            let count = doc
                .get("updates")
                .and_then(|u| u.as_array())
                .map_or(0, <[_]>::len);
            (
                Edit::insert(doc, vec![Step::Field("updates")], count, update),
                count,
            )
        }) else {
            return;
        };
        editor.change(edit.0, false);
        editor.selected.set(Some(("updates", edit.1)));
        editor.said.set(w.changes_drafted.to_owned());
    };
    view! {
        {move || {
            if other_event.get() {
                return view! { <p>{w.changes_new_event}</p> }.into_any();
            }
            let changes = changes.get();
            if changes.is_empty() {
                return view! { <p>{w.changes_none}</p> }.into_any();
            }
            let feed = draft.with(|d| d.as_ref().and_then(|d| d.feed.clone()));
            let published = editor.published.get_value();
            let lines = changes.iter().map(|change: &Change| {
                let (template, id) = announce::sentence(w, change);
                let title = title_of(feed.as_deref(), published.as_deref(), id, m.lang);
                view! { <li>{fill(template, &[("title", &title)])}</li> }
            }).collect_view();
            view! {
                <ul class="changes">{lines}</ul>
                <button type="button" class="button" on:click=announce>{w.changes_draft}</button>
            }.into_any()
        }}
    }
}
