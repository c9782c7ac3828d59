//! Notices of what changed while the visitor was reading: new announcements, and changes
//! to the sessions they starred.

use leptos::prelude::*;

use super::{pick_text, use_messages};
use crate::feed::SessionStatus;
use crate::intl;
use crate::store::FeedStore;
use crate::visitor::use_visitor;

/// A banner in a polite live region: each new announcement (the important ones stand
/// out) and each change to a starred session in plain words ("“Panel 2” moved to
/// Conference Room 4, 16:00."), until the visitor dismisses them.
#[component]
pub fn News() -> impl IntoView {
    let m = use_messages();
    let store = expect_context::<FeedStore>();
    let visitor = use_visitor();
    let items = move || {
        let feed = store.feed.get()?;
        let seen = store.seen.get();
        let zone = visitor.zone(&feed);
        let mut lines: Vec<(bool, String)> = seen
            .news
            .new_updates
            .iter()
            .filter_map(|id| feed.updates.iter().find(|u| &u.id == id))
            .map(|update| {
                (
                    update.important,
                    m.new_update(&pick_text(&feed, &update.title)),
                )
            })
            .collect();
        for change in &seen.news.sessions {
            let Some(session) = feed.session(&change.id) else {
                continue;
            };
            if !visitor.is_starred(&session.id) {
                continue;
            }
            let title = pick_text(&feed, &session.title);
            let time = intl::time_of_day(session.start, m.locale, &zone);
            let line = if change.status && session.status == SessionStatus::Cancelled {
                m.starred_cancelled(&title)
            } else if change.status {
                m.starred_restored(&title)
            } else if change.room {
                let room = session
                    .room
                    .as_deref()
                    .and_then(|id| feed.room(id))
                    .map(|room| pick_text(&feed, &room.name))
                    .unwrap_or_default();
                m.starred_moved(&title, &room, &time)
            } else {
                m.starred_rescheduled(&title, &time)
            };
            lines.push((true, line));
        }
        (!lines.is_empty()).then(|| {
            view! {
                <section class="news" aria-label=m.news>
                    <ul>
                        {lines.into_iter().map(|(important, line)| view! {
                            <li class:important=important>{line}</li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button-small button-quiet" on:click=move |_| store.dismiss_news()>
                        {m.dismiss}
                    </button>
                </section>
            }
        })
    };
    view! { <div role="status" aria-live="polite" class="news-region">{items}</div> }
}
