//! The application: context and routes.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::components::{Layout, in_language, use_page_language, use_structured_data};
use crate::pages::*;
use crate::store::FeedStore;
use crate::visitor::Visitor;

/// The portal. Provides the feed store and the visitor, and routes every address to its
/// page, in the language the visitor reads.
#[component]
pub fn App() -> impl IntoView {
    let store = FeedStore::new();
    provide_context(store);
    // The organisers' editor keeps its draft while the portal's pages preview it.
    #[cfg(feature = "preview")]
    provide_context(Editor::new(store));
    let visitor = Visitor::new(store.feed);
    provide_context(visitor);
    use_structured_data(store);
    store.start();
    let language = use_page_language(store, visitor);
    view! {
        <Router base=crate::site::base()>
            {in_language(language, pages)}
        </Router>
    }
}

/// Every page in the layout, with `$extra` routes after them.
macro_rules! pages {
    ($($extra:tt)*) => {
        view! {
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
        }
    };
}

/// The portal's pages; the preview build (feature `preview`) adds the organisers'
/// `/preview` and `/edit` pages.
pub(crate) fn pages() -> impl IntoView {
    #[cfg(not(feature = "preview"))]
    let pages = pages!();
    #[cfg(feature = "preview")]
    let pages = pages!(
        <Route path=path!("/preview") view=PreviewPage />
        <Route path=path!("/edit") view=EditorPage />
    );
    pages
}

/// Starts the portal; `index.html`'s loading shell stays until its first page shows.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
