//! `/preview`: an organiser checks a draft `event.json` and sees the portal built from
//! it, in their own browser only.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, Event, File, HtmlInputElement};

use crate::components::{set_head, use_messages};
use std::sync::Arc;

use crate::editor::problem::describe;
use crate::editor::words::words;
use crate::feed::json::{self, Node};
use crate::feed::{self, Diagnostic, Severity};
use crate::i18n::Language;
use crate::store::{Draft, FeedStore};

/// Reads the file an organiser chose or dropped, and previews it. A file the portal
/// would refuse (too large, unreadable) is reported without touching what is shown.
fn read(
    store: FeedStore,
    file: File,
    set_refused: WriteSignal<Option<String>>,
    set_root: WriteSignal<Option<Arc<Node>>>,
) {
    let m = use_messages();
    if file.size() > feed::MAX_BYTES as f64 {
        let size = m.numbers.file_size(file.size() as u64);
        set_refused.set(Some(m.preview_too_large(&size)));
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text())
            .await
            .map(|text| text.as_string())
        {
            Ok(Some(text)) => {
                set_refused.set(None);
                // The draft as JSON, for the problems to name its entries by title.
                set_root.set(json::parse(&text).ok().map(Arc::new));
                store.preview(file.name(), &text, "preview/");
            }
            _ => set_refused.set(Some(m.preview_unreadable.to_owned())),
        }
    });
}

/// The draft picker and, once a draft is read, what the checks found in it.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let m = use_messages();
    let store = expect_context::<FeedStore>();
    let (refused, set_refused) = signal(None::<String>);
    let (root, set_root) = signal(None::<Arc<Node>>);
    set_head(m.preview_title.to_owned(), None);
    let chosen = move |event: Event| {
        let input: HtmlInputElement = event_target(&event);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read(store, file, set_refused, set_root);
        }
        // Choosing the same file again, after fixing it, reads it again.
        input.set_value("");
    };
    let dropped = move |event: DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0))
        {
            read(store, file, set_refused, set_root);
        }
    };
    view! {
        <article class="preview">
            <header class="page-header">
                <h1>{m.preview_title}</h1>
                <p>{m.preview_intro}</p>
            </header>
            <label
                class="drop-zone"
                on:dragover=|event: DragEvent| event.prevent_default()
                on:drop=dropped
            >
                <span>{m.preview_choose}</span>
                <input type="file" accept=".json,application/json" on:change=chosen />
            </label>
            <div role="status" class="preview-result">
                {move || match refused.get() {
                    Some(reason) => Some(Either::Left(view! { <p class="notice">{reason}</p> })),
                    None => store.draft.get().map(|draft| Either::Right(view! { <DraftReport draft root=root.get() /> })),
                }}
            </div>
        </article>
    }
}

/// What the checks found in a draft, and where to see it.
#[component]
fn DraftReport(
    /// The draft, as the checks found it.
    draft: Arc<Draft>,
    /// The draft's JSON, when it is JSON.
    root: Option<Arc<Node>>,
) -> impl IntoView {
    let m = use_messages();
    let count = |severity| {
        draft
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let summary = m.preview_summary(
        &draft.file,
        count(Severity::Error),
        count(Severity::Warning),
    );
    let problems: Vec<_> = draft
        .diagnostics
        .iter()
        .map(|d| problem(d, root.as_deref()))
        .collect();
    view! {
        <h2>{summary}</h2>
        <ol class="diagnostics">{problems}</ol>
        {if draft.feed.is_some() {
            Either::Left(view! { <p>{m.preview_shown}</p> })
        } else {
            Either::Right(view! { <p class="notice">{m.preview_not_shown}</p> })
        }}
    }
}

/// One problem: how bad, where (line and column, for a text editor; the entry and the
/// field, as the organiser knows them), what, and how to fix it.
fn problem(diagnostic: &Diagnostic, root: Option<&Node>) -> impl IntoView + use<> {
    let m = use_messages();
    let w = words(Language::from_tag(m.lang).unwrap_or(Language::English));
    let language = |tag: &str| crate::intl::language_name(tag, m.locale);
    let described = describe(diagnostic, root, w, &language);
    let (class, severity) = match diagnostic.severity {
        Severity::Error => ("diagnostic diagnostic-error", m.error),
        Severity::Warning => ("diagnostic diagnostic-warning", m.warning),
    };
    let line = diagnostic
        .position
        .map(|at| format!("{}, ", m.line_column(at.line, at.column)))
        .unwrap_or_default();
    view! {
        <li class=class>
            <p>
                <strong>{severity}</strong>" · "{line}{described.place}
            </p>
            <p>{described.says}</p>
            <p class="diagnostic-help">{described.help}</p>
        </li>
    }
}
