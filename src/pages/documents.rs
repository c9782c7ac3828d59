//! `/documents`: the reports and other files to download.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::agenda::keys;
use crate::components::{
    FeedGate, Keyed, KeyedList, OfflineCopy, Paragraphs, StorageUse, pick, provide_stored_changed,
    use_messages, use_title,
};
use crate::feed::url::{self, UrlKind};
use crate::feed::{Document, Feed};
use crate::i18n::format_name;
use crate::intl;
use crate::offline;
use crate::store::FeedStore;

/// Every document with its kind, language, format, size and a download link.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    let frame: fn(&Feed) -> u64 = |feed| keys::titled_list(feed, feed.documents.is_empty());
    view! { <FeedGate frame page=|feed| view! { <Documents feed /> } /> }
}

/// The documents of `feed`, keyed by what each shows.
fn items(feed: &Arc<Feed>) -> Vec<Keyed> {
    feed.documents
        .iter()
        .map(|doc| {
            let (feed, item) = (feed.clone(), doc.clone());
            Keyed::new(doc.id.clone(), keys::entry(&feed, doc), move || {
                view! { <DocumentItem feed=feed.clone() doc=item.clone() /> }
            })
        })
        .collect()
}

/// The page, built once per frame; a new feed updates the list by key.
#[component]
fn Documents(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.documents_title), None);
    let store = expect_context::<FeedStore>();
    provide_stored_changed();
    let documents = Memo::new(move |_| {
        store
            .feed
            .with(|feed| feed.as_ref().map(items).unwrap_or_default())
    });
    view! {
        <header class="page-header"><h1>{m.documents_title}</h1></header>
        {if feed.documents.is_empty() {
            Either::Left(view! { <p>{m.no_documents}</p> })
        } else {
            Either::Right(view! {
                {offline::can_save().then(|| view! { <StorageUse /> })}
                <ul class="document-list"><KeyedList items=documents /></ul>
            })
        }}
    }
}

/// One document: title, kind, language, format, size, date, summary, download link.
#[component]
fn DocumentItem(
    /// The feed the document belongs to.
    feed: Arc<Feed>,
    /// The document.
    doc: Document,
) -> impl IntoView {
    let m = use_messages();
    let (title, lang) = pick(&feed, &doc.title);
    let format = format_name(&doc.media_type);
    let size = m.numbers.file_size(doc.bytes);
    let action = m.download(&format, &size);
    let download = url::safe(&doc.url).map(|href| {
        view! {
            <a class="button" href=href.to_owned() download="" type=doc.media_type.clone()>{action}</a>
        }
    });
    // Only the site's own files can be kept: the policy lets the portal fetch nothing else.
    let own = match url::check(&doc.url) {
        Ok(UrlKind::Relative) => true,
        Ok(UrlKind::Web) => window()
            .location()
            .origin()
            .is_ok_and(|origin| doc.url.starts_with(&format!("{origin}/"))),
        _ => false,
    };
    let offline_copy = (own && offline::can_save())
        .then(|| view! { <OfflineCopy url=doc.url.clone() expected=doc.bytes /> });
    let language = intl::language_name(&doc.language, m.locale);
    view! {
        <li class="document">
            <h2 class="document-title" lang=lang>{title}</h2>
            <p class="badge">{m.document_kind(doc.kind)}</p>
            <dl class="document-facts">
                <div><dt>{m.language}</dt><dd>{language}</dd></div>
                <div><dt>{m.format}</dt><dd>{format}</dd></div>
                <div><dt>{m.size}</dt><dd>{size}</dd></div>
                {doc.published.map(|date| view! {
                    <div><dt>{m.published}</dt><dd><time datetime=date.to_string()>{intl::long_date(date, m.locale)}</time></dd></div>
                })}
            </dl>
            {doc.summary.clone().map(|text| view! { <Paragraphs feed=feed.clone() text /> })}
            {download}
            {offline_copy}
        </li>
    }
}
