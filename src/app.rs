//! The application: context, router and routes.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::components::Layout;
use crate::pages::*;
use crate::store::FeedStore;
use crate::visitor::Visitor;

/// The portal's routes in its layout, with `$extra` routes after them.
macro_rules! portal {
    ($($extra:tt)*) => {
        view! {
            <Router>
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
    // Storage is the outside world: the starred sessions follow the event shown.
    Effect::new(move |_| {
        store
            .feed
            .with(|feed| feed.as_deref().map(|f| visitor.follow(f)))
    });
    store.load();
    #[cfg(not(feature = "preview"))]
    let app = portal!();
    #[cfg(feature = "preview")]
    let app = portal!(<Route path=path!("/preview") view=PreviewPage />);
    app
}

/// Replaces the loading shell of `index.html` with the running portal.
pub fn mount() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
