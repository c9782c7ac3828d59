//! Calendar files (`.ics`) made in the browser from the feed, for calendar apps.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use crate::export::ics;
use crate::feed::DateTime;
use crate::intl;
use crate::store::FeedStore;

/// The media type of iCalendar (RFC 5545).
const CALENDAR: &str = "text/calendar;charset=utf-8";

/// Saves `text` as a file called `name` of type `media_type`: a Blob, an object URL and
/// a click on a detached link (which the router does not see). The URL is revoked once
/// the download has started.
pub(crate) fn save(name: &str, media_type: &str, text: &str) -> Option<()> {
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let link: HtmlAnchorElement = document().create_element("a").ok()?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Some(())
}

/// A button that downloads sessions as an `.ics` file: the sessions of `ids`, or the
/// whole programme when `ids` is `None`, as the current feed has them when clicked.
/// Each entry links back to the session's page.
#[component]
pub fn CalendarButton(
    /// Which sessions (read when clicked); `None` for all.
    #[prop(optional, into)]
    ids: Option<Signal<Vec<String>>>,
    /// The file's name.
    #[prop(into)]
    file: String,
    /// The button's text.
    label: &'static str,
) -> impl IntoView {
    let store = expect_context::<FeedStore>();
    let download = move |_| {
        let Some(feed) = store.feed.get_untracked() else {
            return;
        };
        let ids = ids.map(|ids| ids.get_untracked());
        let sessions: Vec<_> = match &ids {
            Some(ids) => ids.iter().filter_map(|id| feed.session(id)).collect(),
            None => feed.sessions_by_time().collect(),
        };
        let now = DateTime {
            unix: intl::now(),
            offset_minutes: 0,
        };
        let base = document().base_uri().ok().flatten();
        let text = ics::calendar(&feed, sessions, now, base.as_deref());
        save(&file, CALENDAR, &text);
    };
    view! {
        <button type="button" class="button button-small button-quiet calendar-button" on:click=download>{label}</button>
    }
}
