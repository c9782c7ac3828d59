//! A list that a new feed updates by key: items it still has stay as they are on the
//! page, changed ones are rebuilt, new ones added, gone ones removed.

use std::sync::Arc;

use leptos::prelude::*;

use super::Replace;

/// An item of a [`KeyedList`]: its key and how to build its view.
#[derive(Clone)]
pub struct Keyed {
    /// The item's id and a hash of what it is built from (see `agenda::keys`): a new
    /// hash rebuilds the item.
    key: (String, u64),
    build: Arc<dyn Fn() -> AnyView + Send + Sync>,
}

impl Keyed {
    /// An item keyed by `id` and `hash`, built by `build`.
    pub fn new<V>(id: String, hash: u64, build: impl Fn() -> V + Send + Sync + 'static) -> Self
    where
        V: IntoView + 'static,
        Replace<V>: IntoAny,
    {
        Keyed {
            key: (id, hash),
            build: Arc::new(move || Replace(build()).into_any()),
        }
    }
}

/// Lists compare by their keys: the key sums up what an item shows.
impl PartialEq for Keyed {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

/// The items of `items`, in order, kept by key across changes. One `<For>` for every
/// such list of the portal, so its code is in the wasm once.
#[component]
pub fn KeyedList(
    /// The items as they are now.
    items: Memo<Vec<Keyed>>,
) -> impl IntoView {
    view! { <For each=move || items.get() key=|item| item.key.clone() children=|item| (item.build)() /> }
}
