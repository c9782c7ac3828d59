//! "A new version of the portal is ready. Reload": shown when a new deployment's
//! service worker has installed, instead of a page that is half one version and half
//! the next.

use leptos::prelude::*;

use super::use_messages;
use crate::offline;

/// The prompt, in a polite live region, once a new version waits; its button reloads
/// into it.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let m = use_messages();
    let (waiting, set_waiting) = signal(offline::update_waiting());
    let listener =
        window_event_listener_untyped(offline::UPDATE_EVENT, move |_| set_waiting.set(true));
    on_cleanup(move || listener.remove());
    view! {
        <div role="status" class="update-region">
            {move || waiting.get().then(|| view! {
                <p class="update-prompt">
                    {m.update_ready}" "
                    <button type="button" class="button button-small" on:click=|_| offline::update()>
                        {m.reload}
                    </button>
                </p>
            })}
        </div>
    }
}
