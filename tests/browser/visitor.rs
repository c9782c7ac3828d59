//! The visitor's tools in the built portal, in headless Chromium: filters and search in
//! the address, day and time, the grid, stars and My agenda, calendar files, speakers.
//!
//! Needs `dist/` (`make dist`) and Debian's `chromium` and `chromium-driver`.

#![cfg(not(target_arch = "wasm32"))]

use crate::support::browser::Browser;
use crate::support::server::{FeedReply, Server};
use crate::support::{DESKTOP, PHONE, at, dist, eventually, open, run, sample_feed, until_equal};
use event_portal::feed::DateTime;
use fantoccini::Locator;

/// The ids of the agenda's sessions a visitor can see, in page order.
async fn shown_sessions(browser: &Browser) -> Vec<String> {
    let ids = browser
        .eval(
            "return [...document.querySelectorAll('li[id^=\"session-\"]')]
               .filter(li => li.getClientRects().length > 0)
               .map(li => li.id.slice('session-'.length))",
        )
        .await;
    serde_json::from_value(ids).unwrap()
}

/// Waits until the visible sessions are `expected`.
async fn wait_for_sessions(browser: &Browser, expected: &[&str]) {
    until_equal("the sessions shown", expected, || shown_sessions(browser)).await;
}

/// The page's address after the origin: "/agenda?q=…".
async fn address(browser: &Browser) -> String {
    browser
        .eval("return location.pathname + location.search")
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

async fn wait_for_address(browser: &Browser, expected: &str) {
    until_equal("the address", expected, || address(browser)).await;
}

const ALL: [&str; 7] = [
    "opening",
    "singapore-report",
    "panel-policing",
    "break",
    "panel-malicious-use",
    "panel-responsible",
    "closing",
];

#[test]
fn filters_and_search_live_in_the_address_survive_a_reload_and_the_back_button() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        wait_for_sessions(&browser, &ALL).await;

        // Search, accent- and case-insensitive, over titles and speakers' organisations.
        browser.type_into("input[type=search]", "PRÉDPOL").await;
        wait_for_sessions(&browser, &["panel-policing"]).await;
        wait_for_address(&browser, "/agenda?q=PR%C3%89DPOL").await;
        browser
            .wait_for_text(".match-count", "1 of 7 sessions")
            .await;

        // A reload keeps the search, in the results and in the field.
        browser.client.refresh().await.unwrap();
        wait_for_sessions(&browser, &["panel-policing"]).await;
        let value = browser
            .eval("return document.querySelector('input[type=search]').value")
            .await;
        assert_eq!(value, "PRÉDPOL");

        // Clearing the field and choosing a kind: the panels.
        browser
            .client
            .find(Locator::Css("input[type=search]"))
            .await
            .unwrap()
            .clear()
            .await
            .unwrap();
        // (WebDriver's clear fires no `input` event, as a visitor's Backspace would.)
        browser
            .eval(
                "document.querySelector('input[type=search]')
                   .dispatchEvent(new Event('input', {bubbles: true}));
                 return true",
            )
            .await;
        wait_for_sessions(&browser, &ALL).await;
        browser.open_filters().await;
        let kind = browser
            .client
            .find(Locator::XPath("//label[span='Kind']/select"))
            .await
            .unwrap();
        kind.select_by_value("panel").await.unwrap();
        wait_for_sessions(
            &browser,
            &["panel-policing", "panel-malicious-use", "panel-responsible"],
        )
        .await;
        wait_for_address(&browser, "/agenda?kind=panel").await;
        let track = browser
            .client
            .find(Locator::XPath("//label[span='Track']/select"))
            .await
            .unwrap();
        track.select_by_value("rights").await.unwrap();
        wait_for_sessions(&browser, &["panel-responsible"]).await;
        wait_for_address(&browser, "/agenda?track=rights&kind=panel").await;

        // Back: the previous filter, on screen and in the select.
        browser.client.back().await.unwrap();
        wait_for_address(&browser, "/agenda?kind=panel").await;
        wait_for_sessions(
            &browser,
            &["panel-policing", "panel-malicious-use", "panel-responsible"],
        )
        .await;
        let chosen = browser
            .eval("return document.evaluate(\"//label[span='Track']/select\", document).iterateNext().value")
            .await;
        assert_eq!(chosen, "", "the track select follows the address back");

        // Nothing matches: said plainly, and one action clears every filter.
        browser.type_into("input[type=search]", "zzzz").await;
        wait_for_sessions(&browser, &[]).await;
        // (Beside the message: on a phone the filters' panel may be closed.)
        browser
            .wait_for(".no-match", |t| {
                t.starts_with("No sessions match these filters.")
            })
            .await;
        let clear = browser
            .client
            .find(Locator::XPath(
                "//p[@class='no-match']/button[.='Clear filters']",
            ))
            .await
            .unwrap();
        clear.click().await.unwrap();
        wait_for_sessions(&browser, &ALL).await;
        wait_for_address(&browser, "/agenda").await;
    });
}

/// The sample feed with one more session, "clash", from 15:10 to 15:20 (over the
/// opening and the Singapore report).
fn feed_with_a_clash() -> serde_json::Value {
    let mut feed = sample_feed();
    let sessions = feed["sessions"].as_array_mut().unwrap();
    let mut clash = sessions[0].clone();
    clash["id"] = "clash".into();
    clash["title"] = "A clashing side event".into();
    clash["start"] = "2019-04-02T15:10:00-04:00".into();
    clash["end"] = "2019-04-02T15:20:00-04:00".into();
    sessions.push(clash);
    feed
}

/// Clicks the star of the session `id` in the agenda.
async fn star(browser: &Browser, id: &str) {
    browser
        .click(Locator::Css(&format!("#session-{id} button.star")))
        .await;
}

async fn pressed(browser: &Browser, css: &str) -> Vec<String> {
    let ids = browser
        .eval(&format!(
            "return [...document.querySelectorAll('{css}')]
               .filter(li => li.querySelector('button.star[aria-pressed=true]'))
               .map(li => li.id.slice('session-'.length))"
        ))
        .await;
    serde_json::from_value(ids).unwrap()
}

#[test]
fn starred_sessions_survive_a_reload_and_my_agenda_lists_them_by_time_with_overlaps() {
    run(async {
        let (_server, browser) = at(PHONE).feed(&feed_with_a_clash()).open("/agenda").await;
        browser.wait_for_text("h1", "Agenda").await;
        wait_for_sessions(
            &browser,
            &[
                "opening",
                "clash",
                "singapore-report",
                "panel-policing",
                "break",
                "panel-malicious-use",
                "panel-responsible",
                "closing",
            ],
        )
        .await;
        // Starred in this order; My agenda lists them by time.
        for id in ["panel-policing", "clash", "opening"] {
            star(&browser, id).await;
        }
        let button = browser
            .client
            .find(Locator::Css("#session-clash button.star"))
            .await
            .unwrap();
        assert_eq!(
            button.attr("aria-pressed").await.unwrap().as_deref(),
            Some("true")
        );
        let name = browser
            .eval("return document.querySelector('#session-clash button.star').textContent")
            .await;
        assert_eq!(name, "Star “A clashing side event” for My agenda");

        browser.client.refresh().await.unwrap();
        browser.wait_for_text("h1", "Agenda").await;
        until_equal(
            "stars after a reload",
            vec!["opening", "clash", "panel-policing"],
            || pressed(&browser, "li[id^=\"session-\"]"),
        )
        .await;

        // My agenda, from the navigation.
        browser.click(Locator::LinkText("My agenda")).await;
        browser.wait_for_text("h1", "My agenda").await;
        let titles = browser.texts("main .session-title").await;
        assert_eq!(
            titles,
            [
                "Opening remarks",
                "A clashing side event",
                "A present-day reality: AI and robotics in policing"
            ]
        );
        let flags = browser
            .eval(
                "return [...document.querySelectorAll('main .session-list > li')]
                   .map(li => !li.querySelector('.overlap-flag').hidden)",
            )
            .await;
        assert_eq!(flags, serde_json::json!([true, true, false]));

        // The link to share the list names the three sessions by id.
        let share = browser
            .client
            .find(Locator::LinkText("Link to share this list"))
            .await
            .unwrap();
        let href = share.attr("href").await.unwrap().unwrap();
        assert!(
            href.ends_with("/my?s=opening&s=clash&s=panel-policing"),
            "{href}"
        );

        // A star taken away in My agenda: the overlap goes with it.
        browser
            .click(Locator::Css(
                "main .session-list > li:nth-child(2) button.star",
            ))
            .await;
        eventually("the overlap flags went", || async {
            browser
                .eval("return document.querySelectorAll('.overlap-flag:not([hidden])').length")
                .await
                == 0
        })
        .await;
    });
}

#[test]
fn a_shared_list_opens_for_another_visitor_and_imports_into_theirs() {
    run(async {
        let (server, browser) = open(PHONE).await;
        // This visitor has starred the closing session already.
        browser.open(&server.url("/agenda")).await;
        browser.wait_for_text("h1", "Agenda").await;
        star(&browser, "closing").await;

        browser
            .open(&server.url("/my?s=panel-responsible&s=opening&s=closing"))
            .await;
        browser
            .wait_for_text(
                "#shared-title",
                "Someone shared a list of 3 sessions with you.",
            )
            .await;
        let shared = browser.texts(".shared .session-title").await;
        assert_eq!(
            shared,
            [
                "Opening remarks",
                "Policy before practice: human rights, explainability and gender balance",
                "Closing remarks: the road to the 2nd Global Meeting"
            ]
        );
        browser
            .click(Locator::XPath("//button[.='Add them to my agenda']"))
            .await;
        wait_for_address(&browser, "/my").await;
        until_equal(
            "my agenda",
            vec![
                "Opening remarks",
                "Policy before practice: human rights, explainability and gender balance",
                "Closing remarks: the road to the 2nd Global Meeting",
            ],
            || browser.texts("main > .session-list .session-title"),
        )
        .await;
        assert!(
            browser.texts(".shared").await.is_empty(),
            "nothing left to import"
        );
        // Kept: after a reload, the three are still there.
        browser.client.refresh().await.unwrap();
        browser.wait_for_text("h1", "My agenda").await;
        browser
            .wait_for("main > .session-list", |t| {
                t.contains("Closing remarks: the road")
            })
            .await;
        assert_eq!(
            browser
                .texts("main > .session-list .session-title")
                .await
                .len(),
            3
        );
    });
}

#[test]
fn the_time_zone_switch_shows_the_visitors_own_times_and_is_remembered() {
    run(async {
        let (server, browser) = at(PHONE).in_zone("Asia/Tokyo").open("/agenda").await;
        browser
            .wait_for_text(
                ".zone-note",
                "Times are New York time (GMT-4). Show times in my time zone (Tokyo)",
            )
            .await;
        let first = browser
            .wait_for("#session-opening .time-range", |_| true)
            .await;
        assert_eq!(first.text, "15:00–15:15");

        let switch = browser
            .client
            .find(Locator::XPath("//button[contains(., 'my time zone')]"))
            .await
            .unwrap();
        assert_eq!(
            switch.attr("aria-pressed").await.unwrap().as_deref(),
            Some("false")
        );
        switch.click().await.unwrap();
        // 15:00 in New York (EDT) is 04:00 the next day in Tokyo.
        browser
            .wait_for("#session-opening .time-range", |t| t == "04:00–04:15")
            .await;
        browser
            .wait_for(".zone-note", |t| {
                t.starts_with("Times are Tokyo time (GMT+9).")
            })
            .await;
        browser
            .wait_for(".day h2", |t| t == "Wednesday, 3 April 2019")
            .await;

        // Remembered: a reload, and another page, show Tokyo times.
        browser.open(&server.url("/agenda/closing")).await;
        browser
            .wait_for(".facts", |t| {
                t.contains("06:50–07:00") && t.contains("Tokyo time")
            })
            .await;
        let pressed = browser
            .client
            .find(Locator::XPath("//button[contains(., 'my time zone')]"))
            .await
            .unwrap();
        assert_eq!(
            pressed.attr("aria-pressed").await.unwrap().as_deref(),
            Some("true")
        );
        // And back to the event's time.
        pressed.click().await.unwrap();
        browser
            .wait_for(".facts", |t| {
                t.contains("17:50–18:00") && t.contains("New York time")
            })
            .await;
    });
}

#[test]
fn the_grid_appears_at_desktop_width_and_the_list_at_phone_width() {
    run(async {
        let (server, browser) = open(DESKTOP).await;
        let layout = "const list = document.querySelector('.session-list');
             const head = document.querySelector('.room-head');
             const a = document.querySelector('#session-opening').getBoundingClientRect();
             const b = document.querySelector('#session-panel-policing').getBoundingClientRect();
             return [getComputedStyle(list).display, head.getClientRects().length > 0,
                     Math.round(a.height), Math.round(b.height)]";
        browser.open(&server.url("/agenda")).await;
        wait_for_sessions(&browser, &ALL).await;
        let grid = browser.eval(layout).await;
        assert_eq!(grid[0], "grid", "{grid}");
        assert_eq!(grid[1], true, "the rooms head the columns: {grid}");
        // Sized by duration: the 50-minute panel is taller than the 15-minute opening.
        assert!(
            grid[3].as_f64().unwrap() > 1.5 * grid[2].as_f64().unwrap(),
            "{grid}"
        );
        // The list stays a choice.
        browser.click(Locator::LinkText("List")).await;
        wait_for_address(&browser, "/agenda?view=list").await;
        let list = browser.eval(layout).await;
        assert_eq!(list[0], "block", "{list}");
        assert_eq!(list[1], false, "{list}");

        // A phone gets the list, whatever the address says.
        browser.open(&server.url("/agenda")).await;
        wait_for_sessions(&browser, &ALL).await;
        browser.resize(PHONE).await;
        let phone = browser.eval(layout).await;
        assert_eq!(phone[0], "block", "{phone}");
        assert_eq!(phone[1], false, "{phone}");
        let overflow = browser
            .eval("return document.documentElement.scrollWidth <= window.innerWidth")
            .await;
        assert_eq!(overflow, true, "no sideways scroll on a phone");
    });
}

/// Records the media type of every Blob the page makes a URL for.
const RECORD_BLOBS: &str = "window.blobTypes = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = blob => { window.blobTypes.push(blob.type); return make(blob); };
    return true";

/// The text of the download `name`, once it is whole: a calendar file ends with
/// `END:VCALENDAR` (read as soon as the file was there, it was once still empty).
async fn wait_for_file(browser: &Browser, name: &str) -> String {
    let file = browser.downloads.join(name);
    crate::support::poll(crate::support::browser::PATIENCE, || {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        std::future::ready(if text.trim_end().ends_with("END:VCALENDAR") {
            Ok(text)
        } else {
            Err(format!(
                "{name} was not downloaded whole: {} bytes",
                text.len()
            ))
        })
    })
    .await
}

#[test]
fn calendar_files_download_with_the_calendar_media_type() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        wait_for_sessions(&browser, &ALL).await;
        browser.eval(RECORD_BLOBS).await;
        browser
            .click(Locator::XPath("//button[contains(., '.ics')]"))
            .await;
        let event = wait_for_file(&browser, "ai-robotics-crime-terrorism-security-2019.ics").await;
        assert_eq!(event.matches("BEGIN:VEVENT").count(), 7);
        assert!(event.starts_with("BEGIN:VCALENDAR\r\n"), "{event}");
        assert_eq!(
            browser.eval("return window.blobTypes").await,
            serde_json::json!(["text/calendar;charset=utf-8"])
        );

        // One session, from its page, linking back to it.
        browser.open(&server.url("/agenda/closing")).await;
        browser
            .wait_for_text("h1", "Closing remarks: the road to the 2nd Global Meeting")
            .await;
        browser.eval(RECORD_BLOBS).await;
        browser
            .click(Locator::XPath("//button[contains(., '.ics')]"))
            .await;
        let one = wait_for_file(&browser, "closing.ics").await;
        assert_eq!(one.matches("BEGIN:VEVENT").count(), 1);
        assert!(one.contains("UID:closing@"), "{one}");
        assert!(
            one.contains(&format!("URL:{}/agenda/closing", server.url(""))),
            "{one}"
        );
        assert_eq!(
            browser.eval("return window.blobTypes").await,
            serde_json::json!(["text/calendar;charset=utf-8"])
        );
    });
}

#[test]
fn speakers_can_be_searched_and_initials_stand_in_for_missing_or_broken_photos() {
    run(async {
        let mut feed = sample_feed();
        // Carl Alexandre's photo is missing from the server: a broken image would show.
        let speakers = feed["speakers"].as_array_mut().unwrap();
        let carl = speakers
            .iter_mut()
            .find(|s| s["id"] == "alexandre")
            .unwrap();
        carl["photo"] = "photos/missing.jpg".into();
        let (server, browser) = at(PHONE).feed(&feed).open("/speakers").await;
        browser.wait_for_text("h1", "Speakers").await;
        let count = || async {
            browser
                .eval(
                    "return [...document.querySelectorAll('.speaker-card')]
                       .filter(c => c.getClientRects().length > 0).length",
                )
                .await
        };
        assert_eq!(count().await, 15);
        browser.type_into("input[type=search]", "ÉRNST young").await;
        browser
            .wait_for_text(".match-count", "1 of 15 speakers")
            .await;
        assert_eq!(count().await, 1);
        let shown = browser
            .eval(
                "return [...document.querySelectorAll('.speaker-card')]
                   .filter(c => c.getClientRects().length > 0)[0].textContent",
            )
            .await;
        assert!(shown.as_str().unwrap().contains("Ernst & Young"), "{shown}");

        // The broken photo gives way to initials.
        browser.open(&server.url("/speakers/alexandre")).await;
        browser.wait_for_text("h1", "Carl Alexandre").await;
        browser.wait_for_text(".portrait-initials", "CA").await;
        let images = browser
            .eval("return document.querySelectorAll('main img').length")
            .await;
        assert_eq!(images, 0, "no broken image left on the page");
        assert!(
            server
                .log()
                .iter()
                .any(|r| r.path == "/photos/missing.jpg" && r.status == 404),
            "the browser did try the photo"
        );
    });
}

/// `time` moved by `by` seconds, written with the offset `offset_minutes`.
fn shifted(time: &serde_json::Value, by: i64, offset_minutes: i32) -> serde_json::Value {
    let t = DateTime::parse(time.as_str().unwrap()).unwrap();
    DateTime {
        unix: t.unix + by,
        offset_minutes,
    }
    .to_string()
    .into()
}

#[test]
fn during_the_event_the_home_page_says_what_is_on_now_and_next_and_the_agenda_jumps_to_it() {
    run(async {
        // Move the programme so that the Singapore report (15:15–15:30) started five
        // minutes ago, in a zone whose afternoon it is now (whatever the hour the test
        // runs at), so the programme stays on one day as the sample's does: run near
        // midnight, it would cross into the next day and show two days' grids.
        let mut feed = sample_feed();
        let report = DateTime::parse("2019-04-02T15:15:00-04:00").unwrap().unix;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let by = (now - 300 - report) / 60 * 60;
        // The whole hours from UTC's time of day now to 15:20: from -11 to +12.
        let hours = ((15 * 3600 + 20 * 60 - now.rem_euclid(86_400)) as f64 / 3600.0).round() as i32;
        let hours = (hours + 11).rem_euclid(24) - 11;
        // IANA's Etc zones count the other way: Etc/GMT-3 is UTC+3.
        feed["event"]["timezone"] = match hours {
            0 => "Etc/GMT".to_owned(),
            h => format!("Etc/GMT{:+}", -h),
        }
        .into();
        for session in feed["sessions"].as_array_mut().unwrap() {
            session["start"] = shifted(&session["start"], by, hours * 60);
            session["end"] = shifted(&session["end"], by, hours * 60);
        }
        for update in feed["updates"].as_array_mut().unwrap() {
            update["published"] = shifted(&update["published"], 0, hours * 60);
        }
        let day = |time: &serde_json::Value| time.as_str().unwrap()[..10].to_owned();
        let sessions = feed["sessions"].as_array().unwrap().clone();
        feed["event"]["start"] = day(&sessions[0]["start"]).into();
        feed["event"]["end"] = day(&sessions[sessions.len() - 1]["end"]).into();
        let (server, browser) = at(DESKTOP).feed(&feed).open("/").await;
        let now_next = browser
            .wait_for(".now-next", |t| t.contains("Happening now"))
            .await
            .text
            .clone();
        let (now_part, next_part) = now_next.split_once("Up next").unwrap();
        assert!(
            now_part.contains("From Singapore to New York"),
            "{now_next}"
        );
        assert!(
            next_part.contains("A present-day reality: AI and robotics in policing"),
            "{now_next}"
        );

        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for("#session-singapore-report .badge-live", |t| t == "Now")
            .await;
        assert_eq!(
            browser
                .eval(
                    "return [...document.querySelectorAll('.badge-live')]
                       .filter(badge => badge.getClientRects().length > 0).length"
                )
                .await,
            1
        );
        let line = browser
            .eval("return document.querySelectorAll('.now-line').length")
            .await;
        assert_eq!(line, 1, "the grid draws a line at the current time");
        browser
            .click(Locator::XPath("//button[.='Jump to now']"))
            .await;
        let focused = browser
            .eval("return document.activeElement.closest('li').id")
            .await;
        assert_eq!(focused, "session-singapore-report");
    });
}

#[test]
fn the_head_describes_each_page_and_the_event_as_structured_data() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/agenda/panel-policing")).await;
        browser
            .wait_for_text("h1", "A present-day reality: AI and robotics in policing")
            .await;
        let description = browser
            .eval("return document.querySelector('meta[name=description]').content")
            .await;
        let description = description.as_str().unwrap();
        let feed = sample_feed();
        let summary = feed["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "panel-policing")
            .unwrap()["abstract"]
            .as_str()
            .unwrap()
            .to_owned();
        let words: Vec<&str> = summary.split_whitespace().take(5).collect();
        assert!(
            description.starts_with(&words.join(" ")),
            "the session's own description: {description}"
        );
        assert!(description.chars().count() <= 160, "{description}");

        // One JSON-LD script: the event, its sessions as sub-events.
        let data = browser
            .eval(
                "const scripts = document.head.querySelectorAll('script[type=\"application/ld+json\"]');
                 return [scripts.length, JSON.parse(scripts[0].textContent)]",
            )
            .await;
        assert_eq!(data[0], 1);
        let event = &data[1];
        assert_eq!(event["@type"], "Event");
        assert_eq!(event["name"], feed["event"]["title"]);
        let sub = event["subEvent"].as_array().unwrap();
        assert_eq!(sub.len(), 7);
        assert_eq!(
            sub[2]["url"],
            format!("{}/agenda/panel-policing", server.url("")).as_str()
        );

        // Another page, another description; still one script.
        browser.click(Locator::LinkText("Speakers")).await;
        browser.wait_for_text("h1", "Speakers").await;
        let home = browser
            .eval(
                "return [document.querySelector('meta[name=description]').content,
                         document.querySelectorAll('script[type=\"application/ld+json\"]').length]",
            )
            .await;
        assert_ne!(home[0].as_str().unwrap(), description);
        assert_eq!(home[1], 1);
    });
}

#[test]
fn an_event_of_several_days_has_day_tabs_and_cancelled_sessions_stay_struck_through() {
    run(async {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/good/localised.json");
        let server = Server::start(&dist());
        server.set_feed(FeedReply::json(std::fs::read(path).unwrap()));
        let browser = Browser::start(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        wait_for_sessions(&browser, &["day1", "day1-late", "day2"]).await;
        let tabs = browser.texts(".day-tabs a").await;
        assert_eq!(
            tabs,
            ["All days", "Monday, 4 May 2026", "Tuesday, 5 May 2026"]
        );
        let current = browser
            .eval("return document.querySelector('.day-tabs a[aria-current]').textContent")
            .await;
        assert_eq!(current, "All days");

        // Cancelled: shown, marked and struck through, never dropped.
        let cancelled = browser
            .eval(
                "const s = document.querySelector('#session-day1-late .session');
                 return [s.textContent.includes('Cancelled'),
                         getComputedStyle(s.querySelector('.session-title')).textDecorationLine]",
            )
            .await;
        assert_eq!(cancelled, serde_json::json!([true, "line-through"]));

        browser
            .click(Locator::LinkText("Tuesday, 5 May 2026"))
            .await;
        wait_for_sessions(&browser, &["day2"]).await;
        wait_for_address(&browser, "/agenda?day=2026-05-05").await;
        let current = browser
            .eval("return document.querySelector('.day-tabs a[aria-current]').textContent")
            .await;
        assert_eq!(current, "Tuesday, 5 May 2026");
        let days = browser
            .eval(
                "return [...document.querySelectorAll('.day')]
                   .filter(d => d.getClientRects().length > 0).length",
            )
            .await;
        assert_eq!(days, 1, "only the chosen day's heading is shown");
        browser.client.back().await.unwrap();
        wait_for_sessions(&browser, &["day1", "day1-late", "day2"]).await;
    });
}
