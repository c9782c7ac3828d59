//! Documents kept on the device for reading with no network ("save for offline"), and
//! how much the portal stores there.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_messages;
use crate::offline;

/// Where a document's offline copy stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyState {
    /// Not known yet (the cache is being asked).
    Unknown,
    /// None kept.
    None,
    /// Arriving: bytes received and the total expected.
    Saving(u64, u64),
    /// CopyState: its size.
    Saved(u64),
    /// The last attempt failed.
    Failed,
}

/// Bumped whenever a copy is saved or removed, so [`StorageUse`] asks again.
#[derive(Clone, Copy)]
pub struct StoredChanged(RwSignal<u32>);

/// Provides what [`OfflineCopy`] and [`StorageUse`] share on a page.
pub fn provide_stored_changed() {
    provide_context(StoredChanged(RwSignal::new(0)));
}

impl StoredChanged {
    fn bump(self) {
        self.0.try_update(|n| *n += 1);
    }
}

/// One button that saves the document at `url` for offline use and, once saved,
/// removes the copy again (the same element throughout, so keyboard focus stays on it),
/// with a progress bar while it arrives and the result in a polite live region.
#[component]
pub fn OfflineCopy(
    /// The document's address (a path inside the site).
    url: String,
    /// Its size as the feed gives it, for the progress bar when the server does not say.
    expected: u64,
) -> impl IntoView {
    let m = use_messages();
    let copy = RwSignal::new(CopyState::Unknown);
    let stored_changed = {
        let changed = use_context::<StoredChanged>();
        move || {
            if let Some(changed) = changed {
                changed.bump();
            }
        }
    };
    {
        let url = url.clone();
        spawn_local(async move {
            let found = offline::saved_bytes(&url).await;
            copy.try_set(found.map_or(CopyState::None, CopyState::Saved));
        });
    }
    let act = move |_| match copy.get_untracked() {
        CopyState::Saved(_) => {
            let url = url.clone();
            spawn_local(async move {
                offline::remove(&url).await;
                copy.try_set(CopyState::None);
                stored_changed();
            });
        }
        CopyState::None | CopyState::Failed => {
            let url = url.clone();
            copy.set(CopyState::Saving(0, expected));
            spawn_local(async move {
                let progress = move |done, total: u64| {
                    copy.try_set(CopyState::Saving(
                        done,
                        if total > 0 { total } else { expected },
                    ));
                };
                let saved = offline::save(&url, progress).await;
                copy.try_set(saved.map_or(CopyState::Failed, CopyState::Saved));
                stored_changed();
            });
        }
        CopyState::Unknown | CopyState::Saving(..) => {}
    };
    let saved = move || matches!(copy.get(), CopyState::Saved(_));
    let busy = move || matches!(copy.get(), CopyState::Unknown | CopyState::Saving(..));
    let label = move || {
        if saved() {
            m.remove_offline
        } else {
            m.save_offline
        }
    };
    let progress = move || match copy.get() {
        CopyState::Saving(done, total) => Some(view! {
            <progress max=total.max(done).max(1).to_string() value=done.to_string() aria-label=m.saving_offline></progress>
            <span>{m.progress(&m.numbers.file_size(done), &m.numbers.file_size(total.max(done)))}</span>
        }),
        _ => None,
    };
    let status = move || match copy.get() {
        CopyState::Saved(bytes) => Some(m.saved_offline(&m.numbers.file_size(bytes))),
        CopyState::Failed => Some(m.save_failed.to_owned()),
        _ => None,
    };
    view! {
        <div class="offline-copy">
            <button type="button" class="button button-small button-quiet" aria-disabled=move || busy().then_some("true") on:click=act>
                {label}
            </button>
            {progress}
            <span role="status" class="offline-status">{status}</span>
        </div>
    }
}

/// "This portal uses 3.1 MB on this device, of the 2 GB this browser allows.", asked
/// again after each save or removal; nothing where the browser does not say.
#[component]
pub fn StorageUse() -> impl IntoView {
    let m = use_messages();
    let changed = use_context::<StoredChanged>().map(|StoredChanged(signal)| signal);
    // The browser's estimate, asked again after each change. A `LocalResource` says the
    // same and was measured: 7.2 KB more brotli'd wasm for every visitor (the resource
    // machinery is in no other part of the visitors' bundle), past the budget. So an
    // Effect that reaches outside (the storage estimate) and sets a signal.
    let usage = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(changed) = changed {
            changed.track();
        }
        spawn_local(async move {
            usage.try_set(offline::usage().await);
        });
    });
    move || {
        usage.get().map(|(used, quota)| {
            view! {
                <p class="storage-use">
                    {m.storage_used(&m.numbers.file_size(used), &m.numbers.file_size(quota))}
                </p>
            }
        })
    }
}
