//! The application: context, router and routes.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::components::{Layout, Replace, keep_focus, set_language};
use crate::feed::Feed;
use crate::pages::*;
use crate::store::{FeedStatus, FeedStore};
use crate::visitor::Visitor;

/// The portal's routes in its layout, with `$extra` routes after them, in the
/// language `$shown` says: a new one rebuilds everything under the router (one frame,
/// focus kept on the language button), so no view has to follow the language itself.
/// Until the first language's catalogue is there, `index.html`'s skeleton stays.
macro_rules! portal {
    ($shown:ident, $($extra:tt)*) => {
        view! {
            <Router base=crate::site::base()>
                {move || $shown.get().map(|(language, _)| {
                    set_language(language);
                    if let Some(shell) = document().get_element_by_id("shell") {
                        shell.remove();
                    }
                    keep_focus();
                    Replace(view! {
                <Layout>
                    <FlatRoutes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/agenda") view=AgendaPage />
                        <Route path=path!("/agenda/:id") view=SessionPage />
                        <Route path=path!("/speakers") view=SpeakersPage />
                        <Route path=path!("/speakers/:id") view=SpeakerPage />
                        <Route path=path!("/documents") view=DocumentsPage />
                        <Route path=path!("/updates") view=UpdatesPage />
                        <Route path=path!("/my") view=MyAgendaPage />
                        $($extra)*
                    </FlatRoutes>
                </Layout>
                    })
                })}
            </Router>
        }
    };
}

/// The portal. Provides the feed store and routes every address to its page; the
/// preview build (feature `preview`) adds the organisers' `/preview` page.
#[component]
pub fn App() -> impl IntoView {
    let store = FeedStore::new();
    provide_context(store);
    let visitor = Visitor::new(store.feed);
    provide_context(visitor);
    // The document's head follows the feed: the event's structured data.
    Effect::new(move |_| {
        store.feed.with(|feed| {
            if let Some(feed) = feed.as_deref() {
                publish_structured_data(feed);
            }
        })
    });
    store.start();
    // The language the visitor wants (the feed's first counts only when the browser
    // asks for none of ours), and the one shown once its catalogue is settled.
    let wanted = Memo::new(move |_| store.feed.with(|feed| visitor.language(feed.as_deref())));
    let shown = crate::catalogues::use_shown_language(wanted, store.checked);
    // The first paint waits until the feed is here or has failed: index.html's title and
    // skeleton stay meanwhile, and the page does not shift when the event's title and
    // programme arrive a moment after the wasm (Lighthouse's layout shift was 0.88).
    let settled = Memo::new(move |previous: Option<&bool>| {
        previous.copied().unwrap_or(false)
            || store.feed.with(Option::is_some)
            || store.status.with(|status| *status != FeedStatus::Loading)
    });
    let ready = Memo::new(move |_| if settled.get() { shown.get() } else { None });
    #[cfg(not(feature = "preview"))]
    let app = portal!(ready,);
    #[cfg(feature = "preview")]
    let app = portal!(ready, <Route path=path!("/preview") view=PreviewPage />);
    app
}

/// The event as schema.org `Event` JSON-LD (sessions as `subEvent`) in a script element
/// of the document's head, for search engines and link previews; replaced with each
/// feed. Set as the element's text, so nothing in it is ever read as markup.
fn publish_structured_data(feed: &Feed) {
    const ID: &str = "event-data";
    let document = document();
    let script = match document.get_element_by_id(ID) {
        Some(script) => script,
        None => {
            let Ok(script) = document.create_element("script") else {
                return;
            };
            script.set_id(ID);
            let _ = script.set_attribute("type", "application/ld+json");
            if let Ok(Some(head)) = document.query_selector("head") {
                let _ = head.append_child(&script);
            }
            script
        }
    };
    let base = document.base_uri().ok().flatten();
    script.set_text_content(Some(&crate::export::json_ld(feed, base.as_deref())));
}

/// Starts the portal; `index.html`'s loading shell stays until its first page shows.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
