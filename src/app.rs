//! The application: context, router and routes.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::components::{Layout, Replace, keep_focus, set_language};
use crate::feed::Feed;
use crate::pages::*;
use crate::store::FeedStore;
use crate::visitor::Visitor;

/// The portal's routes in its layout, with `$extra` routes after them, in the
/// visitor's language: a new choice rebuilds everything under the router (one frame,
/// focus kept on the language button), so no view has to follow the language itself.
macro_rules! portal {
    ($language:ident, $($extra:tt)*) => {
        view! {
            <Router>
                {move || {
                    set_language($language.get());
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
                }}
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
    let visitor = Visitor::new();
    provide_context(visitor);
    // The outside world follows the feed: the starred sessions kept for its event, and
    // the event's structured data in the document's head.
    Effect::new(move |_| {
        store.feed.with(|feed| {
            if let Some(feed) = feed.as_deref() {
                visitor.follow(feed);
                publish_structured_data(feed);
            }
        })
    });
    store.start();
    // The feed's first language counts only when the browser asks for none of ours.
    let language = Memo::new(move |_| store.feed.with(|feed| visitor.language(feed.as_deref())));
    #[cfg(not(feature = "preview"))]
    let app = portal!(language,);
    #[cfg(feature = "preview")]
    let app = portal!(language, <Route path=path!("/preview") view=PreviewPage />);
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

/// Replaces the loading shell of `index.html` with the running portal.
pub fn mount() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
