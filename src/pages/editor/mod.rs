//! `/edit`: the organisers' editor. Every part of the feed edited with forms, checked
//! as it is typed by the portal's own checks, previewed on the portal's pages, kept in
//! the browser on every change, and saved as the portal's tools write feeds. In the
//! organisers' bundle only (feature `preview`): visitors never download it.
//!
//! The draft is the feed's JSON document (see `crate::editor`); [`state::Editor`]
//! holds it for the page's lifetime.

mod files;
mod form;
mod lists;
mod panels;
mod schedule;
mod site;
mod state;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, Event, File, HtmlInputElement};

pub use state::Editor;

use self::form::{Fields, field_id};
use self::panels::{Changes, Coverage, Problems};
use self::state::{Asking, use_editor};
use crate::components::{save_file, set_head, use_messages};
use crate::editor::document::Step;
use crate::editor::form::{self as spec, SECTIONS};
use crate::editor::kept::Kept;
use crate::editor::words::{Words, fill, words};
use crate::feed::{self, format};
use crate::http::{Ask, get_text};
use crate::i18n::Language;

/// The editor's words in the interface's language.
pub fn use_words() -> &'static Words {
    words(Language::from_tag(use_messages().lang).unwrap_or(Language::English))
}

/// The heading of a list's section.
pub fn section_name(w: &'static Words, list: &str) -> &'static str {
    match list {
        "sessions" => w.section_sessions,
        "speakers" => w.section_speakers,
        "rooms" => w.section_rooms,
        "tracks" => w.section_tracks,
        "documents" => w.section_documents,
        _ => w.section_updates,
    }
}

/// The published feed's text, fresh from the server.
async fn published_text() -> Option<String> {
    let ask = Ask {
        revalidate: true,
        ..Ask::default()
    };
    get_text("event.json", ask)
        .await
        .ok()
        .map(|fetched| fetched.text)
}

/// Reads the published feed to compare drafts with; opens it when `open`, else offers
/// back a draft kept by an earlier visit that holds changes not saved.
fn load_published(editor: Editor, open: bool) {
    let w = use_words();
    spawn_local(async move {
        let Some(text) = published_text().await else {
            if open {
                editor.said.set(fill(
                    w.open_failed,
                    &[("file", "event.json"), ("reason", "—")],
                ));
            } else {
                offer_kept(editor, None).await;
            }
            return;
        };
        let loaded = feed::load_with(&text, crate::intl::is_time_zone);
        editor
            .published
            .set_value(loaded.feed.map(std::sync::Arc::new));
        if open {
            match editor.open_text("event.json".into(), &text, None) {
                Ok(()) => editor.said.set(fill(w.opened, &[("file", "event.json")])),
                Err(reason) => editor.said.set(fill(
                    w.open_failed,
                    &[("file", "event.json"), ("reason", &reason)],
                )),
            }
        } else {
            offer_kept(editor, format::canonical(&text).ok().as_deref()).await;
        }
    });
}

/// Offers back the draft an earlier visit kept, unless it was saved since its last
/// change or `published` (as the tools write it) holds it already.
async fn offer_kept(editor: Editor, published: Option<&str>) {
    let Some(kept) = files::kept_draft().await.as_deref().and_then(Kept::read) else {
        return;
    };
    if kept.offered(published) && !editor.is_open() {
        editor.kept.set(Some(kept));
    }
}

/// `ms` (since the epoch) as the organiser reads a date and time, in their language and
/// their own time zone.
fn local_time(ms: f64, lang: &str) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new(&ms.into())
        .to_locale_string(lang, &options)
        .into()
}

/// Opens a file the organiser chose or dropped.
fn read_file(editor: Editor, file: File) {
    let w = use_words();
    spawn_local(async move {
        let name = file.name();
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        let opened = match text {
            Some(text) => editor.open_text(name.clone(), &text, None),
            None => Err("—".into()),
        };
        editor.said.set(match opened {
            Ok(()) => fill(w.opened, &[("file", &name)]),
            Err(reason) => fill(w.open_failed, &[("file", &name), ("reason", &reason)]),
        });
    });
}

/// The ways to open a draft, and a kept draft offered back.
#[component]
fn OpenBar() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let chosen = move |event: Event| {
        let input: HtmlInputElement = event_target(&event);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(editor, file);
        }
        input.set_value("");
    };
    let dropped = move |event: DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(editor, file);
        }
    };
    let open_new = move |_| {
        editor.open_new();
        editor.said.set(fill(w.opened, &[("file", "event.json")]));
        editor.focus.set(Some("$.event.title".into()));
    };
    let open_in_place = move |_| {
        spawn_local(async move {
            if let Some(opened) = files::open_file().await {
                let name = opened.name.clone();
                match editor.open_text(
                    opened.name,
                    &opened.text,
                    Some((opened.handle, opened.modified)),
                ) {
                    Ok(()) => editor.said.set(fill(w.opened, &[("file", &name)])),
                    Err(reason) => editor
                        .said
                        .set(fill(w.open_failed, &[("file", &name), ("reason", &reason)])),
                }
            }
        });
    };
    let kept = move || {
        editor.kept.get().map(|kept| {
            let title = kept.title(w.lang);
            let event = if title.is_empty() { w.draft_untitled.to_owned() } else { title };
            let when = kept.changed.map(|ms| local_time(ms, w.lang)).unwrap_or_else(|| "—".into());
            let found = fill(w.draft_found, &[("event", &event), ("file", &kept.file), ("when", &when)]);
            let restore = {
                let kept = kept.clone();
                move |_| {
                    let file = kept.file.clone();
                    editor.open_kept(kept.clone());
                    editor.said.set(fill(w.opened, &[("file", &file)]));
                }
            };
            view! {
                <div class="kept-draft notice">
                    <p>{found}</p>
                    <button type="button" class="button" on:click=restore>{w.draft_restore}</button>
                    " "
                    <button type="button" class="button" on:click=move |_| editor.drop_kept()>{w.draft_discard}</button>
                </div>
            }
        })
    };
    view! {
        <section class="editor-open" aria-labelledby="open-heading">
            <h2 id="open-heading">{w.open_heading}</h2>
            {kept}
            <div class="open-actions">
                <button type="button" class="button" on:click=move |_| load_published(editor, true)>{w.open_published}</button>
                {files::can_save_in_place().then(|| view! {
                    <button type="button" class="button" on:click=open_in_place>{w.open_file}</button>
                })}
                <button type="button" class="button" on:click=open_new>{w.open_new}</button>
            </div>
            <label class="drop-zone" on:dragover=|event: DragEvent| event.prevent_default() on:drop=dropped>
                <span>{w.open_drop}</span>
                <input type="file" accept=".json,application/json" on:change=chosen />
            </label>
        </section>
    }
}

/// Saves the draft: over the opened file where the browser can (asking first when it
/// changed on disk since), else as a download.
fn save(editor: Editor, over: bool) {
    let w = use_words();
    let Some(text) = editor.written() else {
        return;
    };
    let name = editor
        .file
        .get_untracked()
        .unwrap_or_else(|| "event.json".into());
    let Some((handle, opened_at)) = editor.handle() else {
        save_file("event.json", "application/json", &text);
        editor.mark_saved();
        editor.said.set(fill(w.saved, &[("file", "event.json")]));
        return;
    };
    spawn_local(async move {
        if !over && files::modified_on_disk(&handle).await != Some(opened_at) {
            editor.asking.set(Some(Asking::SaveOver));
            editor
                .said
                .set(fill(w.save_changed_on_disk, &[("file", &name)]));
            return;
        }
        editor.asking.set(None);
        if let Some(at) = files::save_file(&handle, &text).await {
            editor.saved_to_disk(at);
            editor.mark_saved();
            editor.said.set(fill(w.saved, &[("file", &name)]));
        }
    });
}

/// Undo, redo, save and preview.
#[component]
fn Toolbar() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let download = move |_| {
        if let Some(text) = editor.written() {
            save_file("event.json", "application/json", &text);
            editor.mark_saved();
            editor.said.set(fill(w.saved, &[("file", "event.json")]));
        }
    };
    view! {
        <div class="editor-toolbar" role="toolbar" aria-label=w.title>
            <button type="button" class="button" disabled=move || !editor.can_undo.get()
                on:click=move |_| editor.undo()>{w.undo}</button>
            <button type="button" class="button" disabled=move || !editor.can_redo.get()
                on:click=move |_| editor.redo()>{w.redo}</button>
            {move || editor.handle().is_some().then(|| view! {
                <button type="button" class="button" on:click=move |_| save(editor, false)>{w.save}</button>
            })}
            <button type="button" class="button" on:click=download>{w.save_download}</button>
            <site::SiteDownload />
            <a class="button" href="agenda">{w.preview}</a>
        </div>
        {move || (editor.asking.get() == Some(Asking::SaveOver)).then(|| view! {
            <div class="confirm" role="alert">
                <button type="button" class="button button-danger" on:click=move |_| save(editor, true)>{w.save_over}</button>
                " "
                <button type="button" class="button" on:click=download>{w.save_download}</button>
            </div>
        })}
    }
}

/// A section of the feed that is not a list (the event, the feed's own fields).
#[component]
fn ObjectSection(
    /// Its heading.
    name: &'static str,
    /// Where it is (`$` or `$.event`).
    base: Vec<Step>,
    specs: &'static [spec::Spec],
    /// The paths its problems start with, to open it when one is an error.
    prefixes: &'static [&'static str],
    open: bool,
) -> impl IntoView {
    let editor = use_editor();
    let toggled = RwSignal::new(open);
    let errors = move || {
        editor.store().draft.with(|draft| {
            draft.as_ref().is_some_and(|d| {
                d.diagnostics.iter().any(|d| {
                    d.severity == feed::Severity::Error
                        && prefixes.iter().any(|p| d.path.starts_with(p))
                })
            })
        })
    };
    view! {
        <details class="editor-section" prop:open=move || toggled.get() || errors()
            on:toggle=move |event| toggled.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
            <summary><h2>{name}</h2></summary>
            {move || {
                editor.generation.track();
                view! { <Fields specs base=base.clone() /> }
            }}
        </details>
    }
}

/// The editor's page.
#[component]
pub fn EditorPage() -> impl IntoView {
    let w = use_words();
    let editor = use_editor();
    set_head(w.title.to_owned(), None);
    if editor.is_open() {
        // Back from the portal's pages: the checks show the draft again.
        editor.check_now();
    } else {
        load_published(editor, false);
    }
    // Moves the focus to the field asked for, once its form is built: the nearest field
    // there is on the way to it (a text per language, then the text).
    Effect::new(move |_| {
        let Some(path) = editor.focus.get() else {
            return;
        };
        request_animation_frame(move || {
            let document = document();
            let mut id = field_id(&path);
            loop {
                if let Some(element) = document.get_element_by_id(&id) {
                    let mut parent = element.parent_element();
                    while let Some(at) = parent {
                        if let Ok(details) = wasm_bindgen::JsCast::dyn_into::<
                            web_sys::HtmlDetailsElement,
                        >(at.clone())
                        {
                            details.set_open(true);
                        }
                        parent = at.parent_element();
                    }
                    if let Ok(element) =
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
                    {
                        let _ = element.focus();
                        element.scroll_into_view();
                    }
                    break;
                }
                match id.rfind('-') {
                    Some(cut) if cut > 1 => id.truncate(cut),
                    _ => break,
                }
            }
            editor.focus.set(None);
        });
    });
    let opened = move || editor.file.get().is_some();
    view! {
        <article class="editor">
            <header class="page-header">
                <h1>{w.title}</h1>
                <p>{w.intro}</p>
            </header>
            <p role="status" class="editor-said">{move || editor.said.get()}</p>
            <OpenBar />
            {move || opened().then(|| view! {
                <Toolbar />
                <p class="field-note">{w.draft_kept}</p>
                <div class="editor-body">
                    <div class="editor-main">
                        <ObjectSection name=w.section_event base=vec![Step::Field("event")] specs=spec::EVENT prefixes=&["$.event"] open=true />
                        {SECTIONS.iter().map(|section| view! {
                            <lists::ListSection section />
                            // The sessions as a schedule, right after their list.
                            {(section.list == "sessions").then(|| view! {
                                <schedule::ScheduleSection />
                            })}
                        }).collect_view()}
                        <details class="editor-section" id="coverage">
                            <summary><h2>{w.section_languages}</h2></summary>
                            <Coverage />
                        </details>
                        <details class="editor-section" id="changes">
                            <summary><h2>{w.section_changes}</h2></summary>
                            <Changes />
                        </details>
                        <ObjectSection name=w.section_feed base=vec![] specs=spec::FEED prefixes=&["$.updated", "$.refresh", "$.$schema"] open=false />
                    </div>
                    <aside class="editor-side">
                        <Problems />
                    </aside>
                </div>
            })}
        </article>
    }
}
