//! A view that is replaced, never patched, when it changes.

use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// Wraps a view so that a new value replaces the old DOM instead of being diffed into it.
///
/// Pages are static views of one feed: when the feed changes they are rebuilt whole
/// anyway. Patching (tachys' `rebuild`) would save nothing at run time but costs wasm
/// bytes for every element type of every page; with this wrapper that code is never
/// referenced, so it is not compiled in (17 KB brotli for the portal's pages, measured).
///
/// Implementing tachys' traits by hand leans on how `rebuild` states behave, which a
/// Leptos release may change: kept for the 17 KB, behind a guard, the browser test
/// `live::a_page_rebuilt_for_a_new_feed_replaces_the_old_one_whole_in_its_place` (a
/// page shown twice, lost or moved fails it). A change of the traits stops the build.
pub struct Replace<T>(pub T);

impl<T: Render> Render for Replace<T> {
    type State = T::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut new = self.0.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

// What follows only forwards to the wrapped view: server rendering and hydration, which
// this client-side portal never uses, but which every view type must offer.

impl<T: RenderHtml> RenderHtml for Replace<T> {
    type AsyncOutput = T::AsyncOutput;
    type Owned = Replace<T::Owned>;

    const MIN_LENGTH: usize = T::MIN_LENGTH;
    const EXISTS: bool = T::EXISTS;

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.0.hydrate_async(cursor, position).await
    }

    fn into_owned(self) -> Self::Owned {
        Replace(self.0.into_owned())
    }
}

impl<T: AddAnyAttr> AddAnyAttr for Replace<T> {
    type Output<SomeNewAttr: Attribute> = Replace<T::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Replace(self.0.add_any_attr(attr))
    }
}
