//! `/documents`: the reports and other files to download.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::components::{FeedGate, Paragraphs, pick, use_messages, use_title};
use crate::feed::{Feed, url};
use crate::i18n::format_name;
use crate::intl;

/// Every document with its kind, language, format, size and a download link.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    view! { <FeedGate page=|feed| view! { <Documents feed /> } /> }
}

#[component]
fn Documents(feed: Arc<Feed>) -> impl IntoView {
    let m = use_messages();
    use_title(&feed, Some(m.documents_title), None);
    let items: Vec<_> = feed
        .documents
        .iter()
        .map(|doc| {
            let (title, lang) = pick(&feed, &doc.title);
            let format = format_name(&doc.media_type);
            let size = m.numbers.file_size(doc.bytes);
            let action = m.download(&format, &size);
            let download = url::safe(&doc.url).map(|href| {
                view! {
                    <a class="button" href=href.to_owned() download="" type=doc.media_type.clone()>{action}</a>
                }
            });
            let language = doc.language.clone();
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
                </li>
            }
        })
        .collect();
    view! {
        <header class="page-header"><h1>{m.documents_title}</h1></header>
        {if items.is_empty() {
            Either::Left(view! { <p>{m.no_documents}</p> })
        } else {
            Either::Right(view! { <ul class="document-list">{items}</ul> })
        }}
    }
}
