//! What `feedcheck check` says about a feed: every diagnostic, the files the feed names
//! included, as text in the style of rustc or as JSON.
//!
//! Shared by the native `feedcheck` and the checker that Node runs without Rust
//! (`checker/`), so both say the same lines by construction. Files are looked at through
//! the caller's `file_size`, so nothing here touches a file system.

use std::fmt::Write;

use super::json::write::Json;
use super::url::{self, UrlKind};
use super::{Code, Diagnostic, Feed, Severity, in_file_order, lint, load};

/// Photos larger than this slow every visitor down.
pub const PHOTO_LIMIT: u64 = 200_000;

/// Every diagnostic for one feed: reading, then the organiser warnings, then the files it
/// names under `site` (the folder the feed is in), in the order of the file.
/// `file_size` gives the size of a file by its path, `None` when there is none.
pub fn check(
    text: &str,
    site: &str,
    file_size: &mut dyn FnMut(&str) -> Option<u64>,
) -> Vec<Diagnostic> {
    let loaded = load(text);
    let mut diagnostics = loaded.diagnostics;
    if let Some(feed) = &loaded.feed {
        diagnostics.extend(lint(feed));
        diagnostics.extend(files(feed, site, file_size));
    }
    in_file_order(diagnostics)
}

/// The folder a feed's file is in, as its path says (`public` for `public/event.json`,
/// empty for `event.json`).
pub fn folder(file: &str) -> &str {
    match file.trim_end_matches('/').rfind('/') {
        Some(0) => "/",
        Some(end) => &file[..end],
        None => "",
    }
}

/// The file a site-relative link names under `site`, without its query or fragment;
/// `None` for a link to elsewhere (the feed's checks refuse links from the host's root).
pub fn site_file(site: &str, link: &str) -> Option<String> {
    if url::check(link) != Ok(UrlKind::Relative) {
        return None;
    }
    let path = link.split(['?', '#']).next().unwrap_or(link);
    if path.is_empty() {
        return None;
    }
    Some(match site {
        "" => path.to_owned(),
        site if site.ends_with('/') => format!("{site}{path}"),
        site => format!("{site}/{path}"),
    })
}

/// Documents and photos that the feed names on the site: do they exist, and are their
/// sizes right?
fn files(
    feed: &Feed,
    site: &str,
    file_size: &mut dyn FnMut(&str) -> Option<u64>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for doc in &feed.documents {
        let Some(file) = site_file(site, &doc.url) else {
            continue;
        };
        match file_size(&file) {
            None => out.push(Diagnostic::warning(
                Code::MissingFile,
                doc.source,
                format!("$.documents[{}].url", doc.source.index),
                format!("`{}` names {file}, which does not exist", doc.id),
            )),
            Some(size) if size != doc.bytes => out.push(Diagnostic::warning(
                Code::SizeMismatch,
                doc.source,
                format!("$.documents[{}].bytes", doc.source.index),
                format!(
                    "`{}` says {} bytes, but {file} has {size}",
                    doc.id, doc.bytes
                ),
            )),
            Some(_) => {}
        }
    }
    for speaker in &feed.speakers {
        let Some(file) = speaker.photo.as_deref().and_then(|p| site_file(site, p)) else {
            continue;
        };
        let path = format!("$.speakers[{}].photo", speaker.source.index);
        match file_size(&file) {
            None => out.push(Diagnostic::warning(
                Code::MissingFile,
                speaker.source,
                path,
                format!("the photo of `{}`, {file}, does not exist", speaker.id),
            )),
            Some(size) if size > PHOTO_LIMIT => out.push(Diagnostic::warning(
                Code::LargePhoto,
                speaker.source,
                path,
                format!(
                    "the photo of `{}` is {} KB; keep photos under {} KB",
                    speaker.id,
                    size / 1000,
                    PHOTO_LIMIT / 1000
                ),
            )),
            Some(_) => {}
        }
    }
    out
}

/// How many of `diagnostics` are errors.
pub fn errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

/// The report on one file as text: each problem as `FILE:LINE:COLUMN: error: MESSAGE (at
/// PATH)` and a `help:` line, then a count. `colour` paints the words for a terminal.
pub fn text(file: &str, diagnostics: &[Diagnostic], colour: bool) -> String {
    let paint = |code: &str, text: &str| {
        if colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    };
    let mut out = String::new();
    for d in diagnostics {
        let (line, column) = d.position.map_or((1, 1), |p| (p.line, p.column));
        let severity = match d.severity {
            Severity::Error => paint("1;31", "error"),
            Severity::Warning => paint("1;33", "warning"),
        };
        let _ = writeln!(
            out,
            "{file}:{line}:{column}: {severity}: {} (at {})",
            d.message, d.path
        );
        let _ = writeln!(out, "  {}: {}", paint("1;36", "help"), d.code.help());
    }
    let warnings = diagnostics.len() - errors(diagnostics);
    let errors = errors(diagnostics);
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let _ = writeln!(
        out,
        "{file}: {errors} error{}, {warnings} warning{}",
        plural(errors),
        plural(warnings)
    );
    out
}

/// The report on one file as JSON values, one object a problem.
pub fn json(file: &str, diagnostics: &[Diagnostic]) -> Vec<Json> {
    let number = |n: Option<u32>| n.map_or(Json::Null, |n| Json::Number(n.into()));
    diagnostics
        .iter()
        .map(|d| {
            Json::Object(vec![
                ("file", Json::str(file)),
                ("line", number(d.position.map(|p| p.line))),
                ("column", number(d.position.map(|p| p.column))),
                (
                    "severity",
                    Json::str(match d.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    }),
                ),
                ("code", Json::str(d.code.as_str())),
                ("path", Json::str(&d.path)),
                ("message", Json::str(&d.message)),
                ("help", Json::str(d.code.help())),
            ])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_looked_for_beside_the_feed() {
        assert_eq!(folder("public/event.json"), "public");
        assert_eq!(folder("event.json"), "");
        assert_eq!(folder("/event.json"), "/");
        let site = |link| site_file("public", link);
        assert_eq!(
            site("documents/a.pdf?v=2#p3").unwrap(),
            "public/documents/a.pdf"
        );
        assert_eq!(site("/documents/a.pdf"), None);
        assert_eq!(site_file("", "a.pdf").unwrap(), "a.pdf");
        assert_eq!(site_file("/", "a.pdf").unwrap(), "/a.pdf");
        assert_eq!(site("https://example.org/a.pdf"), None);
        assert_eq!(site("#top"), None);
    }

    #[test]
    fn a_missing_document_and_a_wrong_size_are_warned_about() {
        let feed = include_str!("../../public/event.json");
        let mut asked = Vec::new();
        let diagnostics = check(feed, "site", &mut |file| {
            asked.push(file.to_owned());
            None
        });
        assert_eq!(errors(&diagnostics), 0);
        // Every file the feed names was asked about, under the site.
        assert_eq!(
            asked,
            [
                "site/documents/ai-robotics-law-enforcement-report.pdf",
                "site/documents/agenda.pdf"
            ]
        );
        let missing = diagnostics
            .iter()
            .filter(|d| d.code == Code::MissingFile)
            .count();
        assert_eq!(missing, asked.len());
    }

    #[test]
    fn the_text_report_counts_and_paints_only_when_asked() {
        let diagnostics = check("{", "", &mut |_| None);
        let plain = text("f.json", &diagnostics, false);
        assert!(plain.starts_with("f.json:1:2: error: "), "{plain}");
        assert!(plain.ends_with("f.json: 1 error, 0 warnings\n"), "{plain}");
        assert!(!plain.contains('\x1b'));
        assert!(text("f.json", &diagnostics, true).contains("\x1b[1;31merror\x1b[0m"));
    }
}
