//! The built portal in headless Chromium, served over HTTP by a server the test controls.
//!
//! Needs `dist/` (`make dist`) and Debian's `chromium` and `chromium-driver`; `make test`
//! provides all three.

#![cfg(not(target_arch = "wasm32"))]

use crate::support::server::FeedReply;
use crate::support::{DESKTOP, NARROWEST, PHONE, TITLE, dist, eventually, open, run, sample_feed};
use fantoccini::Locator;
use fantoccini::wd::{PrintConfiguration, PrintSize};

#[test]
fn the_home_page_shows_the_event_title_date_and_venue() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/")).await;
        browser.wait_for_text("h1", TITLE).await;
        let when = browser.wait_for(".facts dd", |t| t.contains("2019")).await;
        let when = when.text;
        assert!(
            when.contains("Tuesday") && when.contains("2 April 2019"),
            "{when}"
        );
        assert!(when.contains("15:00–18:00"), "{when}");
        assert!(when.contains("15:00–18:00, New York time"), "{when}");
        let page = browser.texts("main").await.join("\n");
        assert!(page.contains("Conference Room 11"), "{page}");
        assert!(page.contains("This event has ended"), "{page}");
        assert!(
            page.contains("Thank you, and see you in Singapore"),
            "latest update: {page}"
        );
        assert_eq!(
            browser.client.title().await.unwrap(),
            TITLE,
            "the document title names the event"
        );
    });
}

#[test]
fn the_agenda_lists_every_session_of_the_served_feed_in_time_order() {
    run(async {
        // Serve the sessions in reverse file order, with one more: the portal must sort.
        let mut feed = sample_feed();
        let sessions = feed["sessions"].as_array_mut().unwrap();
        sessions.reverse();
        let mut extra = sessions[0].clone();
        extra["id"] = "late-addition".into();
        extra["title"] = "A late addition".into();
        extra["start"] = "2019-04-02T16:00:00-04:00".into();
        extra["end"] = "2019-04-02T16:10:00-04:00".into();
        sessions.push(extra);
        let mut expected: Vec<(String, String)> = sessions
            .iter()
            .map(|s| {
                (
                    s["start"].as_str().unwrap().to_owned(),
                    s["title"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        expected.sort();
        let expected: Vec<String> = expected.into_iter().map(|(_, title)| title).collect();

        let (server, browser) = open(PHONE).await;
        server.set_feed(FeedReply::json(feed.to_string()));
        browser.open(&server.url("/agenda")).await;
        browser.wait_for_text("h1", "Agenda").await;
        browser
            .wait_for(".session-title", |t| t == "A late addition")
            .await;
        assert_eq!(browser.texts(".session-title").await, expected);
        let days = browser.texts(".day h2").await;
        assert_eq!(days.len(), 1, "one day: {days:?}");
        assert!(
            days[0].contains("Tuesday") && days[0].contains("2 April 2019"),
            "{days:?}"
        );
        let first = browser.texts(".session .time-range").await;
        assert_eq!(first[0], "15:00–15:15");
        let zone = browser.texts(".zone-note").await;
        assert_eq!(
            zone,
            ["Times are New York time (GMT-4). Show times in my time zone (UTC)"],
            "the machine's zone is UTC: the switch offers it"
        );
    });
}

#[test]
fn a_session_opened_by_its_address_renders_that_session() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/agenda/panel-policing")).await;
        browser
            .wait_for_text("h1", "A present-day reality: AI and robotics in policing")
            .await;
        let speakers = browser
            .texts("section[aria-labelledby=speakers-title] li a")
            .await;
        assert_eq!(
            speakers,
            [
                "Representative, New York Police Department (NYPD)",
                "Representative, National Criminal Investigation Service of Norway",
                "Representative, United Nations Police",
                "Representative, PredPol",
            ]
        );
        let moderators = browser
            .texts("section[aria-labelledby=moderators-title] li a")
            .await;
        assert_eq!(moderators, ["Carl Alexandre"]);
        let when = browser.texts(".facts dd").await.join(" ");
        assert!(when.contains("15:30–16:20"), "{when}");
        // The navigation marks the section the page belongs to, and only that one.
        let current = browser
            .eval(
                "return [...document.querySelectorAll('nav a[aria-current=page]')]\
                 .map(a => a.textContent)",
            )
            .await;
        assert_eq!(current, serde_json::json!(["Agenda"]));
        // The deep link was answered by the static host's 404.html, as on GitHub Pages.
        assert!(
            server
                .log()
                .iter()
                .any(|r| r.path == "/agenda/panel-policing")
        );
    });
}

#[test]
fn a_speaker_page_lists_their_sessions() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/speakers")).await;
        let link = browser
            .wait_for(".speaker-name a", |t| t == "Carl Alexandre")
            .await;
        link.element.click().await.unwrap();
        browser.wait_for_text("h1", "Carl Alexandre").await;
        assert!(
            browser
                .client
                .current_url()
                .await
                .unwrap()
                .path()
                .ends_with("/speakers/alexandre")
        );
        let sessions = browser.texts(".session-title").await;
        assert_eq!(
            sessions,
            [
                "From Singapore to New York: the first INTERPOL-UNICRI Global Meeting",
                "A present-day reality: AI and robotics in policing",
                "Closing remarks: the road to the 2nd Global Meeting",
            ]
        );
        let bio = browser.texts(".prose p").await;
        assert_eq!(bio.len(), 2, "the bio's two paragraphs: {bio:?}");
    });
}

#[test]
fn the_documents_page_downloads_the_report_as_a_pdf() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/documents")).await;
        browser
            .wait_for_text(
                "h2",
                "Artificial Intelligence and Robotics for Law Enforcement",
            )
            .await;
        let page = browser.texts("main").await.join("\n");
        assert!(page.contains("990 bytes"), "{page}");
        assert!(page.contains("PDF"), "{page}");
        // The document's language by name, not by tag.
        assert!(page.contains("English"), "{page}");
        let link = browser
            .client
            .find(Locator::XPath(
                "//a[contains(., 'Download PDF, 990\u{a0}bytes')]",
            ))
            .await
            .unwrap();
        assert_eq!(
            link.attr("href").await.unwrap().as_deref(),
            Some("documents/ai-robotics-law-enforcement-report.pdf")
        );
        link.click().await.unwrap();
        let file = browser
            .downloads
            .join("ai-robotics-law-enforcement-report.pdf");
        // Whole: the file can be there before its last byte (seen with the calendar file).
        eventually("the download finished", || {
            std::future::ready(std::fs::metadata(&file).is_ok_and(|f| f.len() == 990))
        })
        .await;
        let served = server
            .log()
            .into_iter()
            .find(|r| r.path == "/documents/ai-robotics-law-enforcement-report.pdf")
            .expect("the browser requested the PDF");
        assert_eq!(
            (served.status, served.content_type.as_str()),
            (200, "application/pdf")
        );
        let bytes = std::fs::read(&file).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(bytes.len(), 990);
    });
}

#[test]
fn feed_text_is_shown_as_text_and_unsafe_links_never_become_links() {
    run(async {
        let mut feed = sample_feed();
        let markup = "<img src=x onerror=\"document.title='owned'\"> <b>bold</b>";
        feed["sessions"][0]["title"] = markup.into();
        feed["sessions"][0]["abstract"] = "<script>document.title='owned'</script>".into();
        feed["event"]["links"] = serde_json::json!([
            { "title": "Script link", "url": "javascript:document.title='owned'" },
            { "title": "Data link", "url": "data:text/html,<script>alert(1)</script>" },
            { "title": "Safe link", "url": "https://www.un.org" }
        ]);
        let (server, browser) = open(PHONE).await;
        server.set_feed(FeedReply::json(feed.to_string()));
        browser.open(&server.url("/agenda/opening")).await;
        browser.wait_for_text("h1", markup).await;
        let injected = browser
            .eval("return document.querySelectorAll('main img, main b, main script').length")
            .await;
        assert_eq!(injected, 0, "feed markup must not become elements");
        assert!(browser.texts(".prose p").await[0].starts_with("<script>"));
        browser.open(&server.url("/")).await;
        browser.wait_for_text("h1", TITLE).await;
        let hrefs = browser
            .eval("return [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
            .await;
        let hrefs: Vec<String> = serde_json::from_value(hrefs).unwrap();
        assert!(
            hrefs.contains(&"https://www.un.org".to_owned()),
            "{hrefs:?}"
        );
        for href in &hrefs {
            let lower = href.to_ascii_lowercase();
            assert!(
                !lower.starts_with("javascript:") && !lower.starts_with("data:"),
                "unsafe link rendered: {href}"
            );
        }
        assert_ne!(browser.client.title().await.unwrap(), "owned");
    });
}

#[test]
fn updates_are_newest_first_and_important_ones_stand_out() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/updates")).await;
        browser.wait_for_text("h1", "Updates").await;
        let titles = browser.texts(".update-title").await;
        assert_eq!(
            titles,
            [
                "Thank you, and see you in Singapore",
                "Report of the Singapore meeting available",
                "Programme published",
            ]
        );
        let important = browser.texts(".update.important .update-title").await;
        assert_eq!(important, ["Report of the Singapore meeting available"]);
        // An update links to the sessions it concerns.
        let link = browser
            .wait_for(".update-sessions a", |t| t.starts_with("From Singapore"))
            .await;
        link.element.click().await.unwrap();
        browser
            .wait_for_text(
                "h1",
                "From Singapore to New York: the first INTERPOL-UNICRI Global Meeting",
            )
            .await;
    });
}

#[test]
fn a_speaker_photo_is_shown_with_its_alternative_text() {
    run(async {
        let mut feed = sample_feed();
        feed["speakers"][0]["photo"] = "photos/tucci.svg".into();
        feed["speakers"][1]["photo"] = "javascript:alert(1)".into();
        let (server, browser) = open(PHONE).await;
        server.set_feed(FeedReply::json(feed.to_string()));
        server.set_file(
            "/photos/tucci.svg",
            "image/svg+xml",
            "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'><rect width='16' height='16' fill='teal'/></svg>",
        );
        browser
            .open(&server.url("/speakers/tucci-bartsiotas"))
            .await;
        browser
            .wait_for_text("h1", "Bettina Tucci Bartsiotas")
            .await;
        let photo = browser
            .client
            .find(Locator::Css("img.portrait"))
            .await
            .unwrap();
        assert_eq!(
            photo.attr("alt").await.unwrap().as_deref(),
            Some("Photo of Bettina Tucci Bartsiotas")
        );
        assert_eq!(
            photo.attr("src").await.unwrap().as_deref(),
            Some("photos/tucci.svg")
        );
        let loaded = browser
            .eval("return document.querySelector('img.portrait').naturalWidth")
            .await;
        assert_eq!(loaded, 16, "the photo itself is shown");
        browser.open(&server.url("/speakers/alexandre")).await;
        browser.wait_for_text("h1", "Carl Alexandre").await;
        let images = browser
            .eval("return document.querySelectorAll('main img').length")
            .await;
        assert_eq!(images, 0, "an unsafe photo URL is never used");
        browser.wait_for_text(".portrait-initials", "CA").await;
    });
}

/// A feed that fails to load shows the error and a retry button, which recovers.
async fn recovers_from(reply: FeedReply) {
    let (server, browser) = open(PHONE).await;
    server.set_feed(reply);
    browser.open(&server.url("/agenda")).await;
    let alert = browser
        .wait_for("[role=alert] h1", |t| {
            t == "The programme could not be loaded"
        })
        .await;
    assert!(alert.element.is_displayed().await.unwrap());
    assert!(browser.texts(".session-title").await.is_empty());
    server.set_feed(FeedReply::Dist);
    let retry = browser.wait_for("button", |t| t == "Try again").await;
    retry.element.click().await.unwrap();
    browser.wait_for_text("h1", "Agenda").await;
    browser
        .wait_for(".session-title", |t| t == "Opening remarks")
        .await;
    assert!(
        browser.texts("[role=alert]").await.is_empty(),
        "the error is gone"
    );
}

#[test]
fn a_feed_answered_with_500_shows_the_error_and_retry_recovers() {
    run(recovers_from(FeedReply::status(500)));
}

#[test]
fn a_feed_that_is_not_json_shows_the_error_and_retry_recovers() {
    run(recovers_from(FeedReply::json(
        "{\"updated\": \"2019-04-03T09:00:00-04:00\", \"event\": {",
    )));
}

#[test]
fn a_feed_over_2_mb_is_refused_unread_and_retry_recovers() {
    // Valid JSON, but padded past the limit: the size alone refuses it.
    let mut feed = sample_feed().to_string();
    feed.push_str(&" ".repeat(2_000_001));
    run(async {
        let (server, browser) = open(PHONE).await;
        server.set_feed(FeedReply::json(feed));
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for(".feed-error-detail", |t| t.contains("larger than the 2 MB"))
            .await;
        assert!(browser.texts(".session-title").await.is_empty());
        server.set_feed(FeedReply::Dist);
        browser
            .wait_for("button", |t| t == "Try again")
            .await
            .element
            .click()
            .await
            .unwrap();
        browser
            .wait_for(".session-title", |t| t == "Opening remarks")
            .await;
    });
}

#[test]
fn an_unknown_address_shows_the_not_found_page() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/no/such/page")).await;
        browser.wait_for_text("h1", "Page not found").await;
        browser.open(&server.url("/agenda/no-such-session")).await;
        browser.wait_for_text("h1", "Page not found").await;
        let back = browser.texts("main a").await;
        assert!(
            back.contains(&"See the whole agenda".to_owned()),
            "{back:?}"
        );
    });
}

#[test]
fn a_first_visit_downloads_only_what_the_size_report_counts() {
    run(async {
        let (server, browser) = open(PHONE).await;
        browser.open(&server.url("/agenda")).await;
        browser
            .wait_for(".session-title", |t| t == "Opening remarks")
            .await;
        // Then the service worker installs, in the background: let it finish.
        eventually("a service worker controls the page", || async {
            browser
                .eval("return !!navigator.serviceWorker.controller")
                .await
                == serde_json::Value::Bool(true)
        })
        .await;
        let log = server.log();
        // scripts/size.sh counts index.html and what it references, the wasm that the
        // start script fetches, and the feed.
        let mut index = std::fs::read_to_string(dist().join("index.html")).unwrap();
        let start = index
            .split(['"', ' ', '>'])
            .map(|part| part.trim_start_matches("src=").trim_start_matches('/'))
            .find(|part| part.starts_with("start-") && part.ends_with(".js"))
            .expect("index.html loads a start script")
            .to_owned();
        let start = std::fs::read_to_string(dist().join(start.trim_start_matches('/'))).unwrap();
        // The start script names the wasm and the glue in quotes: as attribute values,
        // for the check.
        for file in start
            .split('"')
            .filter(|part| part.ends_with("_bg.wasm") || part.starts_with("./event-portal-"))
        {
            index.push_str(&format!(" src=\"{}\"", file.trim_start_matches("./")));
        }
        // index.html is minified: attribute values may or may not be quoted.
        let counted = |path: &str| {
            let relative = path.trim_start_matches('/');
            path == "/agenda"
                || path == "/event.json"
                || [path, relative].iter().any(|p| {
                    index.contains(&format!("=\"{p}\""))
                        || index.contains(&format!("={p} "))
                        || index.contains(&format!("={p}>"))
                })
        };
        // What the page asks for is what the size report counts, each once.
        let mut page: Vec<&str> = log
            .iter()
            // The worker may ask for the wasm and the glue before the start script does
            // (which waits for the content's first paint): the page then takes them from
            // the HTTP cache.
            .filter(|served| {
                (!served.precache
                    || served.path.ends_with("_bg.wasm")
                    || served.path.starts_with("/event-portal-"))
                    && served.path != "/sw.js"
            })
            .map(|served| served.path.as_str())
            .collect();
        page.sort();
        for path in &page {
            assert!(
                counted(path),
                "{path} is downloaded but not in the size report: {page:?}"
            );
            // Once each (the browser may ask for its favicon again, a 304).
            if !path.starts_with("/icons/") {
                assert_eq!(
                    page.iter().filter(|p| *p == path).count(),
                    1,
                    "{path}: {page:?}"
                );
            }
        }
        page.dedup();
        assert_eq!(
            page.len(),
            8,
            "page, CSS, start, JS glue, wasm, feed, favicon, manifest: {page:?}"
        );
        // Then the service worker keeps what sw.js lists, and nothing else: the page's
        // own files come from the HTTP cache, not the network again.
        let worker = std::fs::read_to_string(dist().join("sw.js")).unwrap();
        for served in log.iter().filter(|served| served.precache) {
            let name = served.path.trim_start_matches('/');
            assert!(
                worker.contains(&format!("\"{name}\"")) || name == "event.json",
                "the service worker fetched {name}, which sw.js does not list"
            );
            // Whoever asks first (the worker's precache or the page), the other takes it
            // from the HTTP cache: the server sends it once.
            if name.ends_with(".wasm") || name.ends_with(".css") {
                assert_eq!(
                    log.iter().filter(|other| other.path == served.path).count(),
                    1,
                    "{name} downloaded twice"
                );
            }
        }
    });
}

#[test]
fn no_page_scrolls_sideways_on_a_phone_or_a_desktop() {
    run(async {
        let routes = [
            ("/", TITLE),
            ("/agenda", "Agenda"),
            (
                "/agenda/panel-responsible",
                "Policy before practice: human rights, explainability and gender balance",
            ),
            ("/speakers", "Speakers"),
            (
                "/speakers/oict",
                "Representative, UN Office of Information and Communications Technology (OICT)",
            ),
            ("/documents", "Documents"),
            ("/updates", "Updates"),
            ("/nowhere", "Page not found"),
            ("/preview/", "Preview a draft"),
        ];
        let (server, browser) = open(PHONE).await;
        // 320 px: the narrowest phones, and a 1280 px window at 400% zoom (WCAG reflow).
        for (width, height) in [NARROWEST, PHONE, DESKTOP] {
            browser.resize((width, height)).await;
            for (route, heading) in routes {
                browser.open(&server.url(route)).await;
                browser.wait_for_text("h1", heading).await;
                let widths = browser
                    .eval("return [document.documentElement.scrollWidth, window.innerWidth]")
                    .await;
                let (scroll, inner) = (widths[0].as_u64().unwrap(), widths[1].as_u64().unwrap());
                assert_eq!(inner, u64::from(width));
                assert!(
                    scroll <= inner,
                    "{route} at {width}x{height} is {scroll} px wide: it scrolls sideways"
                );
            }
        }
    });
}

/// The links of a PDF that Chromium printed, page by page (in the order of the page
/// tree's `/Kids`), as the paths they lead to. Skia writes objects uncompressed, so the
/// link annotations and the page dictionaries can be read as text.
fn pdf_links_by_page(pdf: &[u8], base: &str) -> Vec<Vec<String>> {
    let text = String::from_utf8_lossy(pdf);
    let mut uri_of = std::collections::HashMap::new();
    let mut annots_of = std::collections::HashMap::new();
    let mut kids = Vec::new();
    let refs = |list: &str| -> Vec<u32> {
        list.split(" 0 R")
            .filter_map(|n| n.trim().parse().ok())
            .collect()
    };
    let between = |haystack: &str, start: &str, end: &str| -> Option<String> {
        let from = haystack.find(start)? + start.len();
        let to = haystack[from..].find(end)? + from;
        Some(haystack[from..to].to_owned())
    };
    for object in text.split("endobj") {
        let Some((number, body)) = object.trim_start().split_once(" 0 obj") else {
            continue;
        };
        let Ok(number) = number.trim().parse::<u32>() else {
            continue;
        };
        if body.contains("/Type /Annot") {
            if let Some(uri) = between(body, "/URI (", ")") {
                uri_of.insert(number, uri.trim_start_matches(base).to_owned());
            }
        } else if body.contains("/Type /Pages") {
            kids = refs(&between(body, "/Kids [", "]").unwrap_or_default());
        } else if body.contains("/Type /Page") {
            annots_of.insert(
                number,
                refs(&between(body, "/Annots [", "]").unwrap_or_default()),
            );
        }
    }
    assert!(!kids.is_empty(), "the PDF has a page tree");
    kids.iter()
        .map(|page| {
            annots_of
                .get(page)
                .into_iter()
                .flatten()
                .filter_map(|annot| uri_of.get(annot).cloned())
                .collect()
        })
        .collect()
}

#[test]
fn the_agenda_prints_every_session_without_navigation_and_each_day_on_a_new_page() {
    run(async {
        // Two days: the last two sessions move to the next day.
        let mut feed = sample_feed();
        feed["event"]["end"] = "2019-04-03".into();
        let sessions = feed["sessions"].as_array_mut().unwrap();
        sessions.sort_by_key(|s| s["start"].as_str().unwrap().to_owned());
        let mut day_two = Vec::new();
        for session in sessions.iter_mut().rev().take(2) {
            for field in ["start", "end"] {
                let time = session[field]
                    .as_str()
                    .unwrap()
                    .replace("2019-04-02T", "2019-04-03T");
                session[field] = time.into();
            }
            day_two.push(format!("/agenda/{}", session["id"].as_str().unwrap()));
        }
        let every_session: Vec<String> = sessions
            .iter()
            .map(|s| format!("/agenda/{}", s["id"].as_str().unwrap()))
            .collect();
        let (server, browser) = open(DESKTOP).await;
        server.set_feed(FeedReply::json(feed.to_string()));
        browser.open(&server.url("/agenda")).await;
        browser.wait_for_text("h1", "Agenda").await;
        browser
            .wait_for("h2", |t| t.contains("Wednesday, 3 April 2019"))
            .await;
        for (paper, size) in [("A4", PrintSize::A4), ("Letter", PrintSize::US_LETTER)] {
            let config = PrintConfiguration::builder().size(size).build().unwrap();
            let pdf = browser.client.print(config).await.unwrap();
            let pages = pdf_links_by_page(&pdf, &server.url(""));
            let links: Vec<&String> = pages.iter().flatten().collect();
            for session in &every_session {
                assert!(
                    links.contains(&session),
                    "{paper}: {session} is printed: {pages:?}"
                );
            }
            for nav in ["/speakers", "/documents", "/updates"] {
                assert!(
                    !links.iter().any(|l| *l == nav),
                    "{paper}: no navigation in print: {pages:?}"
                );
            }
            let page_of = |link: &String| pages.iter().position(|p| p.contains(link)).unwrap();
            let last_of_day_one = every_session
                .iter()
                .filter(|s| !day_two.contains(s))
                .map(page_of)
                .max()
                .unwrap();
            let first_of_day_two = day_two.iter().map(page_of).min().unwrap();
            assert!(
                first_of_day_two > last_of_day_one,
                "{paper}: the second day starts a new page: {pages:?}"
            );
        }
    });
}

#[test]
fn a_session_offers_its_livestream_while_it_runs_and_its_recording_after() {
    run(async {
        use event_portal::feed::{Date, DateTime};
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let time = |unix: i64| {
            DateTime {
                unix,
                offset_minutes: 0,
            }
            .to_string()
        };
        let day = |offset: i64| Date::from_days_since_epoch(now / 86_400 + offset).to_string();
        let mut feed = sample_feed();
        feed["event"]["start"] = day(-1).into();
        feed["event"]["end"] = day(1).into();
        // Three sessions: one ended an hour ago, one running now, one in an hour.
        for (i, (start, end)) in [(-7200, -3600), (-600, 3000), (3600, 7200)]
            .into_iter()
            .enumerate()
        {
            let session = &mut feed["sessions"][i];
            session["start"] = time(now + start).into();
            session["end"] = time(now + end).into();
            session["livestream"] = format!("https://webtv.un.org/live/{i}").into();
            session["recording"] = format!("https://webtv.un.org/recording/{i}").into();
        }
        let ids: Vec<String> = (0..3)
            .map(|i| feed["sessions"][i]["id"].as_str().unwrap().to_owned())
            .collect();
        let (server, browser) = open(PHONE).await;
        server.set_feed(FeedReply::json(feed.to_string()));
        let expected = [
            ("Watch the recording", "https://webtv.un.org/recording/0"),
            ("Watch live", "https://webtv.un.org/live/1"),
            (
                "Livestream (from the start of the session)",
                "https://webtv.un.org/live/2",
            ),
        ];
        for (id, (label, href)) in ids.iter().zip(expected) {
            browser.open(&server.url(&format!("/agenda/{id}"))).await;
            let link = browser.wait_for(".watch a", |t| t == label).await;
            assert_eq!(link.attr("href"), Some(href));
            assert_eq!(browser.texts(".watch a").await.len(), 1, "{id}: one link");
        }
    });
}
