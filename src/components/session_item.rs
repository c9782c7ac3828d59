//! A session as a line of the agenda, and the time range it takes.

use leptos::either::Either;
use leptos::prelude::*;

use super::{StarButton, join, use_messages};
use crate::agenda::line::SessionLine;
use crate::feed::{DateTime, Feed, Session};
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
/// a star for My agenda, and a "now" mark while it runs. It shows its [`SessionLine`]
/// and nothing else, so a list keyed by that line never shows an old one.
#[component]
pub fn SessionItem(
    /// What the line shows (see [`session_line`]).
    line: SessionLine,
    /// The IANA zone to show times in (see `Visitor::zone`).
    zone: String,
    /// The heading level of the title (3 in the agenda, under a day's `h2`).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let SessionLine {
        id,
        title,
        kind,
        start,
        end,
        cancelled,
        is_break,
        room,
        people,
        track_color,
        changed,
    } = line;
    let href = format!("agenda/{id}");
    let title_text = title.text.clone();
    let title = view! {
        <a href=href>
            <span lang=title.lang>{title.text}</span>
        </a>
    };
    let heading = match level {
        2 => Either::Left(view! { <h2 class="session-title">{title}</h2> }),
        _ => Either::Right(view! { <h3 class="session-title">{title}</h3> }),
    };
    let (people, people_lang) = join(people, "");
    let live = move || {
        let now = visitor.now.get();
        !cancelled && start.unix <= now && now < end.unix
    };
    let star = (!is_break).then(|| view! { <StarButton id=id title=title_text /> });
    view! {
        <article class="session" class:changed=changed class:cancelled=cancelled class:break=is_break class:live=live style=("--track-color", track_color.unwrap_or_default())>
            <p class="session-when">
                <TimeRange start end zone />
            </p>
            {heading}
            <p class="session-meta">
                <span class="badge badge-live">{m.now_badge}</span>
                {changed.then(|| view! { <span class="badge badge-changed">{m.changed}</span> })}
                <span class="badge">{m.session_kind(kind)}</span>
                {cancelled.then(|| view! { <span class="badge badge-cancelled">{m.cancelled}</span> })}
                {room.map(|(_, room)| view! { <span class="session-room"><span class="visually-hidden">{m.room}": "</span><span lang=room.lang>{room.text}</span></span> })}
            </p>
            {(!people.is_empty()).then(|| view! {
                <p class="session-people"><span class="visually-hidden">{m.speakers}": "</span><span lang=people_lang>{people}</span></p>
            })}
            {star}
        </article>
    }
}

/// The line of `session` for this visitor, marked when it changed since the page was
/// opened (read once: pages that follow a new feed in place build lines themselves).
pub fn session_line(feed: &Feed, session: &Session) -> SessionLine {
    let changed = expect_context::<FeedStore>()
        .seen
        .with_untracked(|seen| seen.changed.contains(&session.id));
    SessionLine::of(feed, session, use_messages().lang, changed)
}
