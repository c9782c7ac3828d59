//! The frame of every page: skip link, header with navigation, main, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{FeedNotice, pick_text, use_messages};
use crate::store::FeedStore;

/// Wraps a page in the site's header, navigation and footer.
#[component]
pub fn Layout(
    /// The page.
    children: Children,
) -> impl IntoView {
    let m = use_messages();
    let store = expect_context::<FeedStore>();
    let event_title = move || {
        store
            .feed
            .with(|feed| feed.as_ref().map(|f| pick_text(f, &f.event.title)))
            .unwrap_or_else(|| m.portal_name.to_owned())
    };
    let contact = move || {
        store.feed.with(|feed| {
            feed.as_ref()
                .and_then(|f| f.event.contact.email.clone())
                .map(|email| view! { <a href=format!("mailto:{email}")>{email.clone()}</a> })
        })
    };
    view! {
        <a class="skip-link" href="#main">{m.skip_to_content}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <A href="/" attr:class="site-title">{event_title}</A>
                <nav aria-label=m.main_navigation>
                    <ul class="nav-list">
                        <li><A href="/" exact=true>{m.nav_home}</A></li>
                        <li><A href="/agenda">{m.nav_agenda}</A></li>
                        <li><A href="/speakers">{m.nav_speakers}</A></li>
                        <li><A href="/documents">{m.nav_documents}</A></li>
                        <li><A href="/updates">{m.nav_updates}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
        <main id="main" tabindex="-1">
            <FeedNotice />
            {children()}
        </main>
        <footer class="site-footer">
            <p>{contact}</p>
            <p>{m.powered_by}</p>
        </footer>
    }
}
