//! The application: context, router and routes.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{Layout, use_messages};
use crate::pages::*;
use crate::store::FeedStore;

/// The portal. Provides the feed store and routes every address to its page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let store = FeedStore::new();
    provide_context(store);
    store.load();
    let m = use_messages();
    let store_title = move || {
        store.feed.with(|feed| {
            feed.as_ref()
                .map(|f| crate::components::pick_text(f, &f.event.title))
                .unwrap_or_else(|| m.portal_name.to_owned())
        })
    };
    view! {
        <Title formatter=move |page: String| {
            let site = store_title();
            if page.is_empty() || page == site { site } else { format!("{page} · {site}") }
        } />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/agenda") view=AgendaPage />
                    <Route path=path!("/agenda/:id") view=SessionPage />
                    <Route path=path!("/speakers") view=SpeakersPage />
                    <Route path=path!("/speakers/:id") view=SpeakerPage />
                    <Route path=path!("/documents") view=DocumentsPage />
                    <Route path=path!("/updates") view=UpdatesPage />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Replaces the loading shell of `index.html` with the running portal.
pub fn mount() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
