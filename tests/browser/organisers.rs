//! The organisers' preview (`/preview/`): a draft feed checked where its errors are,
//! and the portal shown from a clean draft until the organiser leaves.

use crate::support::{DESKTOP, PHONE, TITLE, choose_draft, draft_file, open, run, sample_feed};

#[test]
fn the_preview_lists_a_drafts_errors_where_they_are() {
    run(async {
        let (server, browser) = open(PHONE).await;
        let mut feed = sample_feed();
        feed["sessions"][1]["speakers"][0] = "nobody-of-that-name".into();
        feed["sessions"][2]["start"] = "2019-04-02T15:30:00".into();
        feed["event"]["title"] = "A draft with errors".into();
        let (path, text) = draft_file("event.json", &feed);
        let line_of =
            |needle: &str| 1 + text.lines().position(|line| line.contains(needle)).unwrap();
        browser.open(&server.url("/preview/")).await;
        browser.wait_for_text("h1", "Preview a draft").await;
        choose_draft(&browser, &path).await;
        browser
            .wait_for(".preview-result h2", |t| {
                t.starts_with("event.json: 2 errors")
            })
            .await;
        let problems = browser.texts(".diagnostic-error").await;
        assert_eq!(problems.len(), 2, "{problems:?}");
        let unknown = &problems[0];
        assert!(
            unknown.contains("Session “From Singapore to New York: the first INTERPOL-UNICRI Global Meeting”, Speakers")
                && unknown.contains("“nobody-of-that-name” is not in the list of this event.")
                && unknown.contains(&format!("line {}, column", line_of("nobody-of-that-name")))
                && unknown.contains("Pick one that exists, or add it first.")
                && !unknown.contains("$.")
                && !unknown.contains('`'),
            "{unknown}"
        );
        let offset = &problems[1];
        assert!(
            offset.contains("Session “A present-day reality: AI and robotics in policing”, Start")
                && offset.contains("does not say how far it is from UTC")
                && offset.contains(&format!(
                    "line {}, column",
                    line_of("\"2019-04-02T15:30:00\"")
                )),
            "{offset}"
        );
        // Errors in some entries cost those entries, not the draft: it is shown, marked.
        browser
            .wait_for(".preview-banner", |t| t.contains("Preview of a draft"))
            .await;
        browser
            .wait_for(".site-title", |t| t == "A draft with errors")
            .await;
        // A file dropped on the page is read the same way: here, one that is not JSON.
        browser
            .client
            .execute(
                "const data = new DataTransfer();
                 data.items.add(new File(['{\"event\": '], 'broken.json',
                                         { type: 'application/json' }));
                 document.querySelector('.drop-zone')
                   .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));",
                vec![],
            )
            .await
            .unwrap();
        browser
            .wait_for(".preview-result h2", |t| {
                t.starts_with("broken.json: 1 error")
            })
            .await;
        let problem = browser.texts(".diagnostic-error").await.join("\n");
        assert!(problem.contains("line 1, column"), "{problem}");
        assert!(
            browser.texts(".preview-result .notice").await[0].contains("cannot be built"),
            "a draft that cannot be read is said so"
        );
        // The earlier draft is no longer shown, marked or not: the published event is.
        browser.wait_for(".site-title", |t| t == TITLE).await;
        assert!(browser.texts(".preview-banner").await.is_empty());
    });
}

#[test]
fn the_preview_shows_the_portal_from_a_clean_draft_until_the_organiser_leaves() {
    run(async {
        let (server, browser) = open(DESKTOP).await;
        let mut feed = sample_feed();
        feed["event"]["title"] = "Draft: the event as it will be".into();
        feed["sessions"][0]["title"] = "Opening remarks, moved".into();
        let (path, _) = draft_file("draft.json", &feed);
        browser.open(&server.url("/preview")).await;
        browser.wait_for_text("h1", "Preview a draft").await;
        assert!(
            browser.texts(".preview-banner").await.is_empty(),
            "no banner before a draft is chosen"
        );
        choose_draft(&browser, &path).await;
        browser
            .wait_for(".preview-result h2", |t| {
                t.starts_with("draft.json: 0 errors")
            })
            .await;
        assert!(browser.texts(".diagnostic-error").await.is_empty());
        // The whole portal now shows the draft, marked as a preview, on every page.
        browser
            .wait_for("nav a", |t| t == "Agenda")
            .await
            .element
            .click()
            .await
            .unwrap();
        browser.wait_for_text("h1", "Agenda").await;
        browser
            .wait_for(".session-title", |t| t == "Opening remarks, moved")
            .await;
        browser
            .wait_for(".site-title", |t| t == "Draft: the event as it will be")
            .await;
        browser
            .wait_for(".preview-banner", |t| {
                t.contains("visitors do not see this")
            })
            .await;
        // Nothing was sent: the server saw only GETs of its own files.
        let log = server.log();
        assert!(
            log.iter().all(|served| served.method == "GET"),
            "{:?}",
            log.iter().map(|s| (&s.method, &s.path)).collect::<Vec<_>>()
        );
        // Leaving the preview brings the published event back.
        browser
            .wait_for("button", |t| t == "Leave the preview")
            .await
            .element
            .click()
            .await
            .unwrap();
        browser
            .wait_for(".session-title", |t| t == "Opening remarks")
            .await;
        browser.wait_for(".site-title", |t| t == TITLE).await;
        assert!(browser.texts(".preview-banner").await.is_empty());
    });
}
