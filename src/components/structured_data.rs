//! The event's structured data in the document's head, for search engines and link
//! previews.

use leptos::prelude::*;

use crate::feed::Feed;
use crate::store::FeedStore;

/// Keeps the event's JSON-LD in the document's head in step with the feed (an Effect:
/// the head is outside the views).
pub fn use_structured_data(store: FeedStore) {
    Effect::new(move |_| {
        store.feed.with(|feed| {
            if let Some(feed) = feed.as_deref() {
                publish_structured_data(feed);
            }
        })
    });
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
