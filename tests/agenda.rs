//! The agenda's filters and search, overlaps and starred sessions, on the sample feed and
//! the two-day fixture.

use std::fs;
use std::path::PathBuf;

use event_portal::agenda::filter::{Filter, Matcher};
use event_portal::agenda::{self, starred};
use event_portal::feed::{self, Date, Feed, SessionKind};

fn load(path: &str) -> Feed {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    feed::load(&fs::read_to_string(path).unwrap()).feed.unwrap()
}

/// The ids of the sessions `filter` shows, in time order.
fn shown(feed: &Feed, filter: &Filter) -> Vec<String> {
    let sessions: Vec<_> = feed.sessions_by_time().collect();
    let visible = Matcher::new(feed, sessions.iter().copied()).visible(filter);
    sessions
        .iter()
        .zip(visible)
        .filter(|(_, shown)| *shown)
        .map(|(s, _)| s.id.clone())
        .collect()
}

fn search(feed: &Feed, query: &str) -> Vec<String> {
    shown(
        feed,
        &Filter {
            query: query.into(),
            ..Filter::default()
        },
    )
}

#[test]
fn search_finds_titles_abstracts_speakers_and_organisations_whatever_the_case_and_accents() {
    let feed = load("public/event.json");
    assert_eq!(shown(&feed, &Filter::default()).len(), 7, "no filter: all");
    // A speaker's name, in capitals.
    assert_eq!(search(&feed, "TUCCI"), ["opening"]);
    // An organisation, among a panel's speakers.
    assert_eq!(search(&feed, "predpol"), ["panel-policing"]);
    // Words from a title, in any order; every word must match.
    assert_eq!(search(&feed, "report singapore"), ["singapore-report"]);
    assert!(search(&feed, "singapore nonsenseword").is_empty());
    // An accent typed where the feed has none is ignored.
    let security = search(&feed, "security");
    assert!(
        security.contains(&"panel-malicious-use".to_owned()),
        "{security:?}"
    );
    assert_eq!(
        search(&feed, "SÉCURITY"),
        security,
        "an accent typed is ignored"
    );
}

#[test]
fn search_folds_the_feeds_accents_and_reads_every_language() {
    let feed = load("tests/fixtures/good/localised.json");
    // "Deuxième jour" is the French title of "Day two".
    assert_eq!(search(&feed, "DEUXIEME"), ["day2"]);
    assert_eq!(search(&feed, "deuxième"), ["day2"]);
    assert_eq!(search(&feed, "day two"), ["day2"]);
    // The speaker's organisation, on both of their sessions.
    assert_eq!(search(&feed, "example organisation"), ["day1", "day2"]);
}

#[test]
fn filters_by_day_track_room_and_kind_together() {
    let feed = load("tests/fixtures/good/localised.json");
    let day = |d: &str| Some(Date::parse(d).unwrap());
    assert_eq!(
        shown(
            &feed,
            &Filter {
                day: day("2026-05-05"),
                ..Filter::default()
            }
        ),
        ["day2"]
    );
    assert_eq!(
        shown(
            &feed,
            &Filter {
                day: day("2026-05-04"),
                ..Filter::default()
            }
        ),
        ["day1", "day1-late"],
        "a cancelled session is still shown (struck through), never dropped"
    );

    let sample = load("public/event.json");
    let panels = Filter {
        kind: Some(SessionKind::Panel),
        ..Filter::default()
    };
    assert_eq!(
        shown(&sample, &panels),
        ["panel-policing", "panel-malicious-use", "panel-responsible"]
    );
    let plenary = Filter {
        track: Some("plenary".into()),
        ..Filter::default()
    };
    assert_eq!(
        shown(&sample, &plenary),
        ["opening", "singapore-report", "closing"]
    );
    let both = Filter {
        query: "closing".into(),
        ..plenary.clone()
    };
    assert_eq!(shown(&sample, &both), ["closing"]);
    let room = Filter {
        room: Some("cr11".into()),
        ..Filter::default()
    };
    assert_eq!(shown(&sample, &room).len(), 7);
    let nowhere = Filter {
        room: Some("nowhere".into()),
        ..Filter::default()
    };
    assert!(shown(&sample, &nowhere).is_empty());
}

#[test]
fn a_filter_survives_the_round_trip_through_the_address() {
    let filter = Filter {
        day: Some(Date::parse("2019-04-02").unwrap()),
        track: Some("rights".into()),
        room: Some("cr11".into()),
        kind: Some(SessionKind::Panel),
        query: "Pérez & co/2".into(),
    };
    let query = filter.to_query();
    assert_eq!(
        query,
        "?day=2019-04-02&track=rights&room=cr11&kind=panel&q=P%C3%A9rez%20%26%20co%2F2"
    );
    // What the router gives back: the pairs, decoded.
    let pairs = filter.pairs();
    let back = Filter::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert_eq!(back, filter);

    assert_eq!(Filter::default().to_query(), "");
    // The grid or list choice travels with the filter, and is not one.
    assert_eq!(Filter::default().address(false), "/agenda");
    assert_eq!(Filter::default().address(true), "/agenda?view=list");
    let panels = Filter {
        kind: Some(SessionKind::Panel),
        ..Filter::default()
    };
    assert_eq!(panels.address(true), "/agenda?kind=panel&view=list");
    assert_eq!(
        Filter::from_pairs([("kind", "panel"), ("view", "list")]),
        panels
    );
    assert!(Filter::default().is_empty());
    // As a page of the published site, the day goes in the path (a static host ignores
    // the query), the rest stays in it; without a day it is the same address.
    assert_eq!(
        filter.page_address(true),
        "/agenda/day/2019-04-02?track=rights&room=cr11&kind=panel&q=P%C3%A9rez%20%26%20co%2F2&view=list"
    );
    let day = Filter {
        day: filter.day,
        ..Filter::default()
    };
    assert_eq!(day.page_address(false), "/agenda/day/2019-04-02");
    assert_eq!(panels.page_address(true), panels.address(true));
    // Malformed or unknown parts are ignored, not errors.
    let odd = Filter::from_pairs([
        ("day", "tomorrow"),
        ("kind", "party"),
        ("x", "1"),
        ("room", ""),
    ]);
    assert_eq!(odd, Filter::default());
    assert!(
        Filter::from_pairs([("q", "   ")]).is_empty(),
        "a blank search is no filter"
    );
}

#[test]
fn overlaps_are_flagged_on_both_sessions_and_cancelled_ones_take_no_time() {
    let feed = load("public/event.json");
    let s = |id: &str| feed.session(id).unwrap();
    // 15:00–15:15, 15:15–15:30: touching, not overlapping.
    assert_eq!(
        agenda::overlaps(&[s("opening"), s("singapore-report")]),
        [false, false]
    );
    let mut clash = s("panel-policing").clone();
    clash.id = "clash".into();
    clash.start = feed::DateTime::parse("2019-04-02T15:10:00-04:00").unwrap();
    clash.end = feed::DateTime::parse("2019-04-02T15:20:00-04:00").unwrap();
    assert_eq!(
        agenda::overlaps(&[s("opening"), &clash, s("singapore-report"), s("closing")]),
        [true, true, true, false]
    );
    clash.status = feed::SessionStatus::Cancelled;
    assert_eq!(
        agenda::overlaps(&[s("opening"), &clash, s("singapore-report")]),
        [false, false, false]
    );
}

#[test]
fn starred_sessions_keep_their_order_and_import_adds_only_whats_new() {
    let mut ids = starred::from_storage("b\n\na\nb\n");
    assert_eq!(ids, ["b", "a"]);
    starred::toggle(&mut ids, "c");
    starred::toggle(&mut ids, "b");
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(starred::from_storage(&starred::to_storage(&ids)), ids);
    assert_eq!(starred::share_query(&ids), "?s=a&s=c");
    assert_eq!(starred::share_query(&["x,y".into()]), "?s=x%2Cy");
    let shared = vec!["c".to_owned(), "d".to_owned()];
    assert_eq!(starred::import(&ids, &shared), ["a", "c", "d"]);
    assert_eq!(starred::from_storage(""), Vec::<String>::new());
}

#[test]
fn each_day_counts_what_a_filter_leaves_of_it_whatever_day_is_chosen() {
    let feed = load("tests/fixtures/good/localised.json");
    let sessions: Vec<_> = feed.sessions_by_time().collect();
    let matcher = Matcher::new(&feed, sessions.iter().copied());
    let (first, second) = (
        Date::parse("2026-05-04").unwrap(),
        Date::parse("2026-05-05").unwrap(),
    );
    // "day" is in both days' titles but not in the evening's.
    let filter = Filter {
        day: Some(second),
        query: "day".into(),
        ..Filter::default()
    };
    let shown = matcher.shown(&filter);
    assert_eq!(shown.count(), 1, "only the chosen day's match is shown");
    assert_eq!((shown.on(first), shown.on(second)), (1, 1));
    // A search that leaves the first day nothing.
    let filter = Filter {
        query: "two".into(),
        ..Filter::default()
    };
    let shown = matcher.shown(&filter);
    assert_eq!((shown.on(first), shown.on(second)), (0, 1));
    assert_eq!(shown.visible, matcher.visible(&filter));
    assert!(
        filter.narrows()
            && !Filter {
                day: Some(first),
                ..Filter::default()
            }
            .narrows()
    );
}
