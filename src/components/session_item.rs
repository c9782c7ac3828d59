//! A session as a line of the agenda, and the time range it takes.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::{StarButton, pick, pick_list, use_messages};
use crate::feed::{DateTime, Feed, Session, SessionStatus};
use crate::intl;
use crate::store::FeedStore;
use crate::visitor::use_visitor;

/// "15:00–15:15" in the zone times are shown in, machine-readable through `<time>`.
#[component]
pub fn TimeRange(
    /// When it starts.
    start: DateTime,
    /// When it ends.
    end: DateTime,
    /// The IANA zone to show the times in.
    #[prop(into)]
    zone: String,
) -> impl IntoView {
    let m = use_messages();
    let from = intl::time_of_day(start, m.locale, &zone);
    let to = intl::time_of_day(end, m.locale, &zone);
    view! {
        <span class="time-range">
            <time datetime=start.to_string()>{from}</time>
            "–"
            <time datetime=end.to_string()>{to}</time>
        </span>
    }
}

/// One session in a list: time, title (linking to its page), kind, room and speakers,
/// a star for My agenda, and a "now" mark while it runs.
#[component]
pub fn SessionItem(
    /// The feed the session belongs to.
    feed: Arc<Feed>,
    /// The session to show.
    session: Session,
    /// The IANA zone to show times in (see `Visitor::zone`).
    zone: String,
    /// The heading level of the title (3 in the agenda, under a day's `h2`).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let cancelled = session.status == SessionStatus::Cancelled;
    let href = format!("agenda/{}", session.id);
    // Picked once: for the link and for the star's name.
    let (title_text, title_lang) = pick(&feed, &session.title);
    let title = view! {
        <a href=href>
            <span lang=title_lang>{title_text.clone()}</span>
        </a>
    };
    let is_break = crate::agenda::is_break(&session);
    let heading = match level {
        2 => Either::Left(view! { <h2 class="session-title">{title}</h2> }),
        _ => Either::Right(view! { <h3 class="session-title">{title}</h3> }),
    };
    let room = session
        .room
        .as_deref()
        .and_then(|id| feed.room(id))
        .map(|room| pick(&feed, &room.name));
    let names: Vec<_> = session
        .speakers
        .iter()
        .filter_map(|id| feed.speaker(id))
        .map(|speaker| &speaker.name)
        .collect();
    let (people, people_lang) = pick_list(&feed, &names, "");
    let track_color = session
        .track
        .as_deref()
        .and_then(|id| feed.track(id))
        .and_then(|track| track.color.clone())
        .unwrap_or_default();
    // Changed while the page was open: a new feed rebuilds the page, so this is read once.
    let changed = expect_context::<FeedStore>()
        .seen
        .with_untracked(|seen| seen.changed.contains(&session.id));
    let (start, end) = (session.start.unix, session.end.unix);
    let live = move || {
        let now = visitor.now.get();
        !cancelled && start <= now && now < end
    };
    let star = (!is_break).then(|| view! { <StarButton id=session.id.clone() title=title_text /> });
    view! {
        <article class="session" class:changed=changed class:cancelled=cancelled class:break=is_break class:live=live style=("--track-color", track_color)>
            <p class="session-when">
                <TimeRange start=session.start end=session.end zone />
            </p>
            {heading}
            <p class="session-meta">
                <span class="badge badge-live">{m.now_badge}</span>
                {changed.then(|| view! { <span class="badge badge-changed">{m.changed}</span> })}
                <span class="badge">{m.session_kind(session.kind)}</span>
                {cancelled.then(|| view! { <span class="badge badge-cancelled">{m.cancelled}</span> })}
                {room.map(|(room, lang)| view! { <span class="session-room"><span class="visually-hidden">{m.room}": "</span><span lang=lang>{room}</span></span> })}
            </p>
            {(!people.is_empty()).then(|| view! {
                <p class="session-people"><span class="visually-hidden">{m.speakers}": "</span><span lang=people_lang>{people}</span></p>
            })}
            {star}
        </article>
    }
}
