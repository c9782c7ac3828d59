//! English, the reference catalogue.

use super::plural::{Category, english};
use super::{Direction, Messages, Numbers};
use crate::feed::{DocumentKind, SessionKind};

const NUMBERS: Numbers = Numbers {
    group: ",",
    decimal: ".",
    min_grouping: 1,
    units: ["bytes", "KB", "MB", "GB", "TB"],
};

/// "1 minute", "2,000 sessions".
fn plural(n: i64, one: &str, other: &str) -> String {
    let n = n.unsigned_abs();
    let word = match english(n) {
        Category::One => one,
        _ => other,
    };
    format!("{} {word}", NUMBERS.integer(n))
}

fn starts_in(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match (days, hours, minutes) {
        (0, 0, 0) => "Starts in less than a minute".into(),
        (0, 0, m) => format!("Starts in {}", plural(m, "minute", "minutes")),
        (0, h, _) => format!("Starts in {}", plural(h, "hour", "hours")),
        (1, _, _) => "Starts tomorrow".into(),
        (d, _, _) => format!("Starts in {}", plural(d, "day", "days")),
    }
}

fn session_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Keynote => "Keynote",
        SessionKind::Talk => "Talk",
        SessionKind::Panel => "Panel",
        SessionKind::Workshop => "Workshop",
        SessionKind::Break => "Break",
        SessionKind::Other => "Session",
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Report => "Report",
        DocumentKind::Agenda => "Agenda",
        DocumentKind::Slides => "Slides",
        DocumentKind::Other => "Document",
    }
}

pub(super) const EN: Messages = Messages {
    lang: "en",
    locale: "en-GB",
    direction: Direction::LeftToRight,
    language_name: "English",
    numbers: NUMBERS,
    choose_language: "Language",
    comma: ", ",

    skip_to_content: "Skip to main content",
    main_navigation: "Main",
    nav_home: "Home",
    nav_agenda: "Agenda",
    nav_speakers: "Speakers",
    nav_documents: "Documents",
    nav_updates: "Updates",
    nav_my_agenda: "My agenda",
    portal_name: "Event Portal",
    powered_by: "Published with Event Portal",

    loading: "Loading the programme…",
    feed_failed_title: "The programme could not be loaded",
    feed_failed_hint: "Check your connection, then try again. Nothing you did caused this.",
    feed_stale: |minutes| {
        match minutes {
        0 => "The programme could not be updated just now: you are seeing it as it was less than a minute ago. The portal keeps trying.".into(),
        m => format!("The programme could not be updated: you are seeing it as it was {} ago. The portal keeps trying.", plural(m, "minute", "minutes")),
    }
    },
    news: "News",
    dismiss: "Dismiss",
    new_update: |title| format!("New announcement: {title}"),
    starred_moved: |title, room, time| format!("“{title}” moved to {room}, {time}."),
    starred_rescheduled: |title, time| format!("“{title}” now starts at {time}."),
    starred_cancelled: |title| format!("“{title}” is cancelled."),
    starred_restored: |title| format!("“{title}” takes place after all."),
    changed: "Changed",
    retry: "Try again",

    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may be mistyped.",
    back_home: "Go to the event's home page",
    session_not_found: "This session is not in the programme. It may have been removed or renamed.",
    speaker_not_found: "This speaker is not in the programme. They may have been removed or renamed.",
    back_to_agenda: "See the whole agenda",
    back_to_speakers: "See all speakers",

    when: "When",
    venue: "Where",
    map: "map",
    about: "About the event",
    organisers: "Organisers",
    links: "Links",
    happening_now: "Happening now",
    up_next: "Up next",
    nothing_now: "Nothing is scheduled at this moment.",
    starts_in,
    event_ended: "This event has ended. The reports and documents remain available.",
    latest_updates: "Latest updates",
    all_updates: "All updates",
    no_updates: "No updates yet.",
    zone_time: |place| format!("{place} time"),
    times_in_zone: |place, short| format!("Times are {place} time ({short})."),

    agenda_title: "Agenda",
    no_sessions: "The programme has no sessions yet.",
    room: "Room",
    track: "Track",
    speakers: "Speakers",
    moderators: "Moderators",
    cancelled: "Cancelled",
    cancelled_notice: "This session has been cancelled.",
    session_documents: "Documents",
    livestream_upcoming: "Livestream (from the start of the session)",
    watch_live: "Watch live",
    watch_recording: "Watch the recording",
    session_kind,
    now_badge: "Now",
    jump_to_now: "Jump to now",
    star: |title| format!("Star “{title}” for My agenda"),
    show_own_zone: |place| format!("Show times in my time zone ({place})"),
    search_sessions: "Search sessions",
    filters: "Filters",
    kind: "Kind",
    all_days: "All days",
    all_tracks: "All tracks",
    all_rooms: "All rooms",
    all_kinds: "All kinds",
    days: "Days",
    clear_filters: "Clear filters",
    sessions_shown: |shown, all| {
        format!(
            "{} of {}",
            NUMBERS.integer(shown as u64),
            plural(all as i64, "session", "sessions")
        )
    },
    no_matches: "No sessions match these filters.",
    view: "View",
    view_grid: "Grid",
    view_list: "List",
    calendar_session: "Add to my calendar (.ics)",
    calendar_event: "Whole programme as a calendar file (.ics)",
    calendar_mine: "My agenda as a calendar file (.ics)",

    my_agenda_title: "My agenda",
    my_agenda_empty: "You have not starred any sessions yet. Star sessions in the agenda to keep them here, in time order.",
    overlaps: "Overlaps another starred session",
    share_my_agenda: "Link to share this list",
    shared_list: |n| {
        format!(
            "Someone shared a list of {} with you.",
            plural(n as i64, "session", "sessions")
        )
    },
    import_shared: "Add them to my agenda",

    speakers_title: "Speakers",
    no_speakers: "No speakers have been announced yet.",
    their_sessions: "Sessions",
    photo_of: |name| format!("Photo of {name}"),
    search_speakers: "Search speakers",
    speakers_shown: |shown, all| {
        format!(
            "{} of {}",
            NUMBERS.integer(shown as u64),
            plural(all as i64, "speaker", "speakers")
        )
    },
    no_speakers_match: "No speakers match.",

    documents_title: "Documents",
    no_documents: "No documents have been published yet.",
    document_kind,
    language: "Language",
    format: "Format",
    size: "Size",
    published: "Published",
    download: |format, size| format!("Download {format}, {size}"),

    updates_title: "Updates",
    important: "Important",
    concerns: "Concerns",

    preview_title: "Preview a draft",
    preview_intro: "Choose or drop an event.json to check it and to see the portal built from it. \
        The file stays in this browser: nothing is sent or published.",
    preview_choose: "Choose a draft event.json",
    preview_too_large: |size| format!("This file is {size}; the portal reads feeds of up to 2 MB."),
    preview_unreadable: "This file could not be read.",
    preview_summary: |file, errors, warnings| match (errors, warnings) {
        (0, 0) => format!("{file}: no problems found."),
        _ => format!(
            "{file}: {}, {}.",
            plural(errors as i64, "error", "errors"),
            plural(warnings as i64, "warning", "warnings")
        ),
    },
    preview_shown: "Every page of the portal now shows this draft, marked as a preview: \
        look through it with the menu above.",
    preview_not_shown: "The portal cannot be built from this draft: fix the errors, then choose the file again.",
    error: "Error",
    warning: "Warning",
    line_column: |line, column| format!("line {line}, column {column}"),
    preview_banner: "Preview of a draft: visitors do not see this.",
    back_to_checks: "Back to the checks",
    leave_preview: "Leave the preview",
};
