//! The frame of every page: skip link, header with navigation, main, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{FeedNotice, LanguagePicker, News, UpdatePrompt, pick, use_messages};
use crate::site;
use crate::store::FeedStore;

/// Wraps a page in the site's header, navigation and footer.
#[component]
pub fn Layout(
    /// The page.
    children: Children,
) -> impl IntoView {
    let m = use_messages();
    focus_heading_on_navigation();
    current_page_in_view();
    let store = expect_context::<FeedStore>();
    #[cfg(feature = "preview")]
    let pathname = use_location().pathname;
    let event_title = move || {
        // A draft the portal cannot be built from yet (a new event, a mistake): its own
        // title as far as it is written, not the published event's.
        #[cfg(feature = "preview")]
        if let Some(title) = unbuilt_draft(store, pathname, |title| {
            crate::editor::kept::pick_title(title, m.lang)
        }) {
            return Some(title)
                .filter(|(text, _)| !text.is_empty())
                .unwrap_or_else(|| (m.portal_name.to_owned(), None));
        }
        store
            .feed
            .with(|feed| feed.as_ref().map(|f| pick(f, &f.event.title)))
            .unwrap_or_else(|| (m.portal_name.to_owned(), None))
    };
    let contact = move || {
        #[cfg(feature = "preview")]
        if unbuilt_draft(store, pathname, |_| ()).is_some() {
            return None;
        }
        store.feed.with(|feed| {
            feed.as_ref()
                .and_then(|f| f.event.contact.email.clone())
                .map(|email| view! { <a href=format!("mailto:{email}")>{email.clone()}</a> })
        })
    };
    view! {
        <a class="skip-link" href="#main">{m.skip_to_content}</a>
        <PreviewBanner />
        <header class="site-header">
            <div class="site-header-inner">
                <LanguagePicker />
                // On phones one line, cut short with an ellipsis: the full title is its
                // tooltip, and what assistive technology reads.
                <a href="./" class="site-title" lang=move || event_title().1 title=move || event_title().0>
                    {move || event_title().0}
                </a>
                <nav class="site-nav" aria-label=m.main_navigation>
                    <ul class="nav-list">
                        <NavLink href="/" label=m.nav_home exact=true />
                        <NavLink href="/agenda" label=m.nav_agenda />
                        <NavLink href="/speakers" label=m.nav_speakers />
                        <NavLink href="/documents" label=m.nav_documents />
                        <NavLink href="/updates" label=m.nav_updates />
                        <NavLink href="/my" label=m.nav_my_agenda />
                    </ul>
                </nav>
            </div>
        </header>
        <main id="main" tabindex="-1">
            <UpdatePrompt />
            <FeedNotice />
            <News />
            {children()}
        </main>
        <footer class="site-footer">
            <p>{contact}</p>
            <p>{m.powered_by}</p>
        </footer>
    }
}

/// `read` of the draft's event title, on the organisers' page the draft is shown from
/// (the editor, the preview) while the portal cannot be built from it: there the header
/// is the draft's, not the published event's (the portal's pages show the published
/// feed until the draft can be built). `None` elsewhere, or when the draft has no title
/// to read (not JSON).
#[cfg(feature = "preview")]
fn unbuilt_draft<T>(
    store: FeedStore,
    path: Memo<String>,
    read: impl FnOnce(&crate::feed::json::Node) -> T,
) -> Option<T> {
    let path = path.get();
    store.draft.with(|draft| {
        let draft = draft
            .as_ref()
            .filter(|draft| draft.feed.is_none() && path.ends_with(draft.back))?;
        Some(read(draft.title.as_ref()?))
    })
}

/// After a move to another page (not on the first one, nor when only the query
/// changes, as filters do), focus goes to the new page's heading, so that screen readers
/// announce it and the next Tab starts from the content; to `main` while the page still
/// loads.
fn focus_heading_on_navigation() {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            request_animation_frame(|| {
                let document = document();
                let target = document
                    .query_selector("main h1")
                    .ok()
                    .flatten()
                    .or_else(|| document.get_element_by_id("main"));
                if let Some(target) = target {
                    let _ = target.set_attribute("tabindex", "-1");
                    if let Some(target) =
                        wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&target)
                    {
                        let _ = target.focus();
                    }
                }
            });
        }
        path
    });
}

/// On phones the navigation is one row that scrolls sideways: on each new page (and the
/// first), its current entry is scrolled into that row's view. Touches the DOM only.
fn current_page_in_view() {
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        request_animation_frame(|| {
            let Ok(Some(current)) = document().query_selector(".nav-list [aria-current=page]")
            else {
                return;
            };
            // `scrollIntoView({block: "nearest", inline: "nearest", container:
            // "nearest"})`, called through js_sys: web-sys' typed options cost more wasm.
            // `container` scrolls the menu's row alone (a scroller at every width,
            // style/main.css), never the page: when the app takes over a rendered page the
            // visitor has scrolled down, the page stays where they are (browsers without
            // it scroll the page up to the menu, as all did before).
            let options = js_sys::Object::new();
            let nearest = wasm_bindgen::JsValue::from_str("nearest");
            for key in ["block", "inline", "container"] {
                let _ = js_sys::Reflect::set(&options, &key.into(), &nearest);
            }
            if let Ok(scroll) = js_sys::Reflect::get(&current, &"scrollIntoView".into()) {
                let _ = js_sys::Function::from(scroll).call1(&current, &options);
            }
        });
    });
}

/// One entry of the main navigation, marked `aria-current="page"` while its page (or,
/// unless `exact`, a page below it) is shown. A plain `<a>` (the router still handles
/// its clicks): leptos_router's `<A>` did the same for 2.3 KB more of brotli'd wasm.
#[component]
fn NavLink(
    /// Where the entry leads, inside the portal (`/agenda`).
    href: &'static str,
    /// What it says.
    label: &'static str,
    /// Only the address itself counts as current, not those below it.
    #[prop(optional)]
    exact: bool,
) -> impl IntoView {
    let pathname = use_location().pathname;
    // Relative to the page's <base href>, so the portal works under any path.
    let link = href
        .strip_prefix('/')
        .filter(|rest| !rest.is_empty())
        .unwrap_or("./");
    let address = site::path(href);
    let current = move || {
        pathname.with(|path| {
            let below = !exact
                && path
                    .strip_prefix(address.trim_end_matches('/'))
                    .is_some_and(|rest| rest.starts_with('/'));
            (*path == address || below).then_some("page")
        })
    };
    view! {
        <li>
            <a href=link aria-current=current>{label}</a>
        </li>
    }
}

/// On every page of the preview build while a draft is shown: says so, leads back to
/// the checks, and leaves the preview. Nothing in the visitors' build.
#[component]
fn PreviewBanner() -> impl IntoView {
    #[cfg(feature = "preview")]
    {
        let m = use_messages();
        let store = expect_context::<FeedStore>();
        // The page the draft came from: the checks, or the editor.
        let previewing = move || {
            store
                .draft
                .with(|draft| draft.as_ref().filter(|d| d.feed.is_some()).map(|d| d.back))
        };
        view! {
            <div role="status">
                {move || previewing().map(|back| view! {
                    <p class="preview-banner">
                        <strong>{m.preview_banner}</strong>" "
                        <a href=back>{m.back_to_checks}</a>" "
                        <button type="button" class="button button-small" on:click=move |_| store.leave_preview()>
                            {m.leave_preview}
                        </button>
                    </p>
                })}
            </div>
        }
    }
}
