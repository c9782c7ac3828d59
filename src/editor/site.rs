//! What the editor's "Download the site" puts in its archive: the same site
//! `tools/publish.sh` writes, made in the browser from the draft.
//!
//! - the build's files, as `make dist` listed them in [`MANIFEST`] (the portal, its
//!   assets, the catalogues, the organisers' pages; not the event's own files);
//! - the files the feed names by a path inside the site (documents, photos), as the site
//!   serves them now;
//! - `event.json`: the draft, as the editor saves it;
//! - every page rendered from the draft (the renderer in `edit/`, loaded on demand), and
//!   `sitemap.xml` when the site's address is known ([`origin`]).
//!
//! The compressed copies (`.br`, `.gz`) of `make dist` are left out: the browser cannot
//! write brotli, a copy older than its file would go on answering for it, and the hosts
//! the editor's archive is for (GitHub Pages, Netlify, Cloudflare Pages) compress as
//! they serve.

use crate::feed::url::{self, UrlKind};
use crate::feed::{Feed, Link};

use super::zip::is_inside;

/// The list of the build's files, one path a line, written by `make dist`.
pub const MANIFEST: &str = "edit/files.txt";

/// The files of the site that come from the draft rather than the build, and the list.
const FROM_THE_DRAFT: &[&str] = &["event.json", "sitemap.xml", MANIFEST];

/// The build's files to fetch, from the manifest's text: paths inside the site, not the
/// draft's own files nor compressed copies, each once.
pub fn build_files(manifest: &str) -> Vec<String> {
    let mut files: Vec<String> = manifest
        .lines()
        .map(str::trim)
        .filter(|line| {
            is_inside(line)
                && !FROM_THE_DRAFT.contains(line)
                && !line.ends_with(".br")
                && !line.ends_with(".gz")
        })
        .map(str::to_owned)
        .collect();
    files.sort_unstable();
    files.dedup();
    files
}

/// A file the feed names by a path inside the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedFile {
    /// As the feed writes it, to fetch (`documents/Annual%20report.pdf`).
    pub address: String,
    /// Where it goes in the archive (`documents/Annual report.pdf`).
    pub file: String,
}

/// The files the feed names by a path inside the site (documents, speakers' photos,
/// links, the venue's map), each once, in the order the feed names them.
pub fn feed_files(feed: &Feed) -> Vec<FeedFile> {
    let event = &feed.event;
    let mut addresses: Vec<&str> = Vec::new();
    addresses.extend(event.venue.as_ref().and_then(|venue| venue.map.as_deref()));
    addresses.extend(event.organisers.iter().filter_map(|o| o.url.as_deref()));
    addresses.extend(event.contact.url.as_deref());
    addresses.extend(event.links.iter().map(link_url));
    for speaker in &feed.speakers {
        addresses.extend(speaker.photo.as_deref());
        addresses.extend(speaker.links.iter().map(link_url));
    }
    for session in &feed.sessions {
        addresses.extend(session.livestream.as_deref());
        addresses.extend(session.recording.as_deref());
    }
    addresses.extend(feed.documents.iter().map(|document| document.url.as_str()));

    let mut found: Vec<FeedFile> = Vec::new();
    for address in addresses {
        if url::check(address) != Ok(UrlKind::Relative) {
            continue;
        }
        let path = address.split(['?', '#']).next().unwrap_or("");
        let file = percent_decoded(path.trim_start_matches("./"));
        let Some(file) = file.filter(|file| is_inside(file)) else {
            continue;
        };
        if !found.iter().any(|f| f.file == file) {
            found.push(FeedFile {
                address: address.to_owned(),
                file,
            });
        }
    }
    found
}

fn link_url(link: &Link) -> &str {
    &link.url
}

/// `text` with its `%XX` escapes decoded, when they make UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The site's address for the pages' canonical address, link previews and sitemap: the
/// one the published home page gives (`home`, its HTML), else the address the editor is
/// opened at, unless that is this computer (`localhost`): a page's preview that points
/// to a computer of the organiser's is worse than none.
pub fn origin(home: Option<&str>, here: &str) -> Option<String> {
    let published = home
        .and_then(canonical)
        .and_then(|address| web_origin(&address));
    published.or_else(|| web_origin(here).filter(|origin| !is_this_computer(origin)))
}

/// The canonical address a rendered page names, unescaped.
fn canonical(page: &str) -> Option<String> {
    const LINK: &str = "<link rel=canonical href=\"";
    let start = page.find(LINK)? + LINK.len();
    let end = start + page[start..].find('"')?;
    Some(page[start..end].replace("&amp;", "&"))
}

/// `https://host[:port]` of an `http:` or `https:` address.
fn web_origin(address: &str) -> Option<String> {
    let (scheme, rest) = address.split_once("://")?;
    if !matches!(scheme, "https" | "http") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty() && !host.contains('@')).then(|| format!("{scheme}://{host}"))
}

fn is_this_computer(origin: &str) -> bool {
    let host = origin.split_once("://").map_or("", |(_, host)| host);
    let name = match host.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    name == "localhost"
        || name.ends_with(".localhost")
        || name.starts_with("127.")
        || name == "::1"
        || name == "0.0.0.0"
}

/// The archive's name: `<event id>-site.zip`.
pub fn archive_name(feed: &Feed) -> String {
    let id: String = feed
        .event
        .id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    if id.is_empty() {
        "site.zip".to_owned()
    } else {
        format!("{id}-site.zip")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed;

    fn sample() -> Feed {
        let text = std::fs::read_to_string("public/event.json").unwrap();
        feed::load_with(&text, |_| true).feed.unwrap()
    }

    #[test]
    fn the_manifest_gives_the_build_s_files_not_the_draft_s_nor_compressed_copies() {
        let manifest = "index.html\nshell.html\nmain-0123456789abcdef.css\n\
            main-0123456789abcdef.css.br\nmain-0123456789abcdef.css.gz\nevent.json\n\
            sitemap.xml\n\nedit/files.txt\ni18n/ar.json\n../outside.txt\n/etc/passwd\nedit/renderer_bg.wasm\r\n\
            index.html\n";
        assert_eq!(
            build_files(manifest),
            [
                "edit/renderer_bg.wasm",
                "i18n/ar.json",
                "index.html",
                "main-0123456789abcdef.css",
                "shell.html"
            ]
        );
    }

    #[test]
    fn the_sample_s_documents_are_its_files_and_web_links_are_not() {
        let feed = sample();
        let files = feed_files(&feed);
        let local: Vec<&str> = feed
            .documents
            .iter()
            .map(|d| d.url.as_str())
            .filter(|url| !url.contains("://"))
            .collect();
        assert!(!local.is_empty(), "the sample has documents on the site");
        for url in local {
            assert!(files.iter().any(|f| f.address == url), "{url}");
        }
        assert!(
            files.iter().all(|f| !f.address.contains("://")),
            "{files:?}"
        );
    }

    #[test]
    fn a_file_s_name_is_its_path_decoded_without_query_or_fragment() {
        let mut feed = sample();
        let template = feed.documents[0].clone();
        let urls = [
            "documents/Annual%20report%20%E2%80%94%202026.pdf?v=2#page=3",
            "./photos/speaker.jpg",
            "documents/Annual%20report%20%E2%80%94%202026.pdf",
            "https://example.org/elsewhere.pdf",
            "mailto:press@example.org",
            "documents/broken%ZZ.pdf",
            "documents/%2e%2e/%2e%2e/escape.pdf",
        ];
        feed.documents = urls
            .iter()
            .map(|url| feed::Document {
                url: (*url).to_owned(),
                ..template.clone()
            })
            .collect();
        feed.speakers.clear();
        feed.event.links.clear();
        feed.event.venue = None;
        feed.event.organisers.clear();
        feed.event.contact.url = None;
        feed.sessions.clear();
        assert_eq!(
            feed_files(&feed),
            [
                FeedFile {
                    address: urls[0].to_owned(),
                    file: "documents/Annual report \u{2014} 2026.pdf".to_owned()
                },
                FeedFile {
                    address: urls[1].to_owned(),
                    file: "photos/speaker.jpg".to_owned()
                },
            ]
        );
    }

    #[test]
    fn the_site_s_address_comes_from_the_published_page_else_from_where_the_editor_is() {
        let home =
            "<head><link rel=canonical href=\"https://events.example.org/2026/?a=1&amp;b=2\">";
        assert_eq!(
            origin(Some(home), "http://localhost:8080").as_deref(),
            Some("https://events.example.org")
        );
        assert_eq!(
            origin(
                Some("<p>no canonical</p>"),
                "https://un.example.net:8443/edit/"
            )
            .as_deref(),
            Some("https://un.example.net:8443")
        );
        assert_eq!(
            origin(None, "https://un.example.net").as_deref(),
            Some("https://un.example.net")
        );
        for here in [
            "http://localhost:8080",
            "http://127.0.0.1:5000",
            "http://[::1]:8000",
            "http://portal.localhost",
            "file:///home/me/site/edit/index.html",
            "",
        ] {
            assert_eq!(origin(Some("<p>none</p>"), here), None, "{here}");
        }
        let odd = "<link rel=canonical href=\"javascript:alert(1)\">";
        assert_eq!(origin(Some(odd), "http://localhost"), None);
    }

    #[test]
    fn the_archive_is_named_after_the_event() {
        let mut feed = sample();
        feed.event.id = "ai-robotics-2024".into();
        assert_eq!(archive_name(&feed), "ai-robotics-2024-site.zip");
        feed.event.id = "../\u{e9}v\u{e9}nement".into();
        assert_eq!(archive_name(&feed), "vnement-site.zip");
        feed.event.id = "\u{4f1a}\u{8bae}".into();
        assert_eq!(archive_name(&feed), "site.zip");
    }
}
