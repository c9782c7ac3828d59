//! "Download the site": the whole portal with every page rendered from the draft, as
//! one archive to upload to the host, for an organiser with a browser and nothing else.
//! What it holds is `crate::editor::site`'s; the files are fetched and the pages
//! rendered by src/web/editor-site.js (the renderer tools/publish.sh runs, in the
//! browser); the archive is written by `crate::editor::zip`.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::state::use_editor;
use super::use_words;
use crate::editor::site::{self, FeedFile};
use crate::editor::words::fill;
use crate::editor::zip::{Stamp, Zip};
use crate::feed::Severity;

#[wasm_bindgen(module = "/src/web/editor-site.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchFiles)]
    fn fetch_files_js(names: Vec<String>) -> Promise;
    #[wasm_bindgen(js_name = renderSite)]
    fn render_site_js(
        feed: &str,
        shell: &str,
        origin: Option<String>,
        progress: &Function,
    ) -> Promise;
    #[wasm_bindgen(js_name = saveArchive)]
    fn save_archive_js(name: &str, bytes: &[u8]);
}

/// What a failed step says: a JavaScript error's message, or the text it threw.
fn reason(error: JsValue) -> String {
    error.as_string().unwrap_or_else(|| {
        Reflect::get(&error, &JsValue::from_str("message"))
            .ok()
            .and_then(|message| message.as_string())
            .unwrap_or_else(|| format!("{error:?}"))
    })
}

/// Each of `names` as the site serves it, or `None` where it has none.
async fn fetch_files(names: Vec<String>) -> Vec<Option<Vec<u8>>> {
    let found = JsFuture::from(fetch_files_js(names))
        .await
        .unwrap_or_default();
    Array::from(&found)
        .iter()
        .map(|file| {
            file.dyn_into::<Uint8Array>()
                .ok()
                .map(|bytes| bytes.to_vec())
        })
        .collect()
}

/// The time on the organiser's clock, for the archive's entries.
fn now() -> Stamp {
    let date = js_sys::Date::new_0();
    Stamp {
        year: date.get_full_year() as u16,
        month: date.get_month() as u8 + 1,
        day: date.get_date() as u8,
        hour: date.get_hours() as u8,
        minute: date.get_minutes() as u8,
        second: date.get_seconds() as u8,
    }
}

/// The site made: its archive, and what the organiser should know of it.
struct Made {
    name: String,
    bytes: Vec<u8>,
    pages: usize,
    /// Files the feed names that the site does not have.
    missing: Vec<String>,
    /// Whether the pages have the site's address (canonical, link previews, sitemap).
    addressed: bool,
}

/// Makes the site from the draft: fetches the build's files and the feed's, renders
/// every page, and writes the archive.
async fn make(text: String, feed: &crate::feed::Feed, progress: Function) -> Result<Made, String> {
    let listed = fetch_files(vec![site::MANIFEST.to_owned()]).await;
    let manifest = listed
        .into_iter()
        .next()
        .flatten()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| format!("{} is missing from the site", site::MANIFEST))?;
    let build = site::build_files(&manifest);
    let own: Vec<FeedFile> = site::feed_files(feed)
        .into_iter()
        .filter(|file| !build.contains(&file.file))
        .collect();
    let mut names = build.clone();
    names.extend(own.iter().map(|file| file.address.clone()));
    let mut fetched = fetch_files(names).await.into_iter();
    let build: Vec<(String, Option<Vec<u8>>)> = build.into_iter().zip(fetched.by_ref()).collect();
    if let Some((absent, _)) = build.iter().find(|(_, bytes)| bytes.is_none()) {
        return Err(format!(
            "the site does not serve {absent}, a file of the portal"
        ));
    }
    let page = |name: &str| {
        build
            .iter()
            .find(|(file, _)| file == name)
            .and_then(|(_, bytes)| String::from_utf8(bytes.clone()?).ok())
    };
    let shell = page("shell.html").ok_or("the site has no shell.html")?;
    let here = window().location().origin().unwrap_or_default();
    let origin = site::origin(page("index.html").as_deref(), &here);
    let addressed = origin.is_some();
    let rendered = JsFuture::from(render_site_js(&text, &shell, origin, &progress))
        .await
        .map_err(reason)?;
    let rendered: Vec<String> = Array::from(&rendered)
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    let pages: Vec<(&str, &str)> = rendered
        .chunks_exact(2)
        .map(|pair| (pair[0].as_str(), pair[1].as_str()))
        .collect();

    let mut zip = Zip::new(now());
    let mut missing = Vec::new();
    let error = |error: crate::editor::zip::ZipError| error.to_string();
    // The list itself, for the editor of the site uploaded.
    zip.add(site::MANIFEST, manifest.as_bytes())
        .map_err(error)?;
    for (file, bytes) in &build {
        if !pages.iter().any(|(page, _)| page == file)
            && let Some(bytes) = bytes
        {
            zip.add(file, bytes).map_err(error)?;
        }
    }
    for (file, bytes) in own.iter().zip(fetched) {
        match bytes {
            Some(bytes) => zip.add(&file.file, &bytes).map_err(error)?,
            None => missing.push(file.file.clone()),
        }
    }
    zip.add("event.json", text.as_bytes()).map_err(error)?;
    for (file, html) in &pages {
        zip.add(file, html.as_bytes()).map_err(error)?;
    }
    Ok(Made {
        name: site::archive_name(feed),
        bytes: zip.finish().map_err(error)?,
        pages: pages
            .iter()
            .filter(|(file, _)| file.ends_with(".html"))
            .count(),
        missing,
        addressed,
    })
}

/// The button that downloads the whole site made from the draft, and how far it is.
#[component]
pub fn SiteDownload() -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    // Pages rendered and their number while the site is being made.
    let making = RwSignal::new(None::<(u32, u32)>);
    let start = move |_| {
        if making.get_untracked().is_some() {
            return;
        }
        editor.check_now();
        let Some(text) = editor.written() else {
            return;
        };
        let draft = editor.store().draft.get_untracked();
        let feed = draft.as_ref().and_then(|draft| {
            let errors = draft
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error);
            draft.feed.clone().filter(|_| !errors)
        });
        let Some(feed) = feed else {
            editor.said.set(w.site_errors.to_owned());
            return;
        };
        making.set(Some((0, 0)));
        editor.said.set(w.site_preparing.to_owned());
        let progress = Closure::<dyn Fn(u32, u32)>::new(move |done, total| {
            making.set(Some((done, total)));
        });
        spawn_local(async move {
            let made = make(
                text,
                &feed,
                progress.as_ref().unchecked_ref::<Function>().clone(),
            )
            .await;
            drop(progress);
            making.set(None);
            match made {
                Ok(made) => {
                    save_archive_js(&made.name, &made.bytes);
                    let mut said = fill(
                        w.site_ready,
                        &[("file", &made.name), ("pages", &made.pages.to_string())],
                    );
                    if !made.missing.is_empty() {
                        said.push(' ');
                        said.push_str(&fill(
                            w.site_missing,
                            &[("files", &made.missing.join(", "))],
                        ));
                    }
                    if !made.addressed {
                        said.push(' ');
                        said.push_str(w.site_no_address);
                    }
                    editor.said.set(said);
                }
                Err(reason) => editor.said.set(fill(w.site_failed, &[("reason", &reason)])),
            }
        });
    };
    view! {
        <button type="button" class="button" on:click=start
            aria-disabled=move || making.get().is_some().then_some("true")>{w.site_download}</button>
        {move || making.get().map(|(done, total)| view! {
            <progress class="site-progress" max=total.max(1) value=done
                aria-label=fill(w.site_rendering, &[("done", &done.to_string()), ("total", &total.to_string())])></progress>
        })}
    }
}
