//! The portal's pages written to HTML from a feed, where the feed is published: by the
//! portal's own views, compiled with Leptos' server-side rendering (feature `render`)
//! and run in Node or the organisers' editor (renderer/wasm.rs, renderer/render.mjs).
//! No effect runs there, nothing is fetched, and the visitor is a first-time one: no
//! stars, no stored choice.
//!
//! Each page is the build's content-free shell (`shell.html`) with the page's own head
//! (title, description, canonical address, Open Graph and Twitter card tags, the feed's
//! fingerprint) and its content where the shell's skeleton was. Feed text reaches the
//! page only through Leptos' escaping (the body) and [`escape`] (the head).

use std::cell::RefCell;
use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

use crate::components::set_language;
use crate::feed::text::summary;
use crate::feed::{Feed, Text};
use crate::i18n::Language;
use crate::intl;
use crate::store::FeedStore;
use crate::visitor::Visitor;

thread_local! {
    /// The title and description the page being rendered asked for (`set_head`).
    pub(crate) static HEAD: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
}

/// Where the rendered pages will be served, and in which language they are written.
pub struct Site<'a> {
    /// The base path (`""`, `"/events/2026"`).
    pub base: &'a str,
    /// The site's origin (`https://events.example.org`), when publishing knows it: the
    /// canonical address and `og:url` need it, and are left out without it.
    pub origin: Option<&'a str>,
    /// The interface's language.
    pub language: Language,
    /// The feed's fingerprint (SHA-256 of event.json, hex), which the start script
    /// compares with the feed it reads (src/web/first-paint.js).
    pub fingerprint: &'a str,
}

/// The address the not-found page is rendered from: no route has it. Its file, `404.html`,
/// is what GitHub Pages, Netlify and Cloudflare Pages answer an address with when they have
/// no file for it (and no rewrite says otherwise).
pub const NOT_FOUND: &str = "/404";

/// Every address the portal has a page for in `feed`, with the file each is written to
/// (`agenda/opening` is served from `agenda/opening.html`, as GitHub Pages, Netlify,
/// Cloudflare Pages and deploy/nginx.conf serve it; home is `index.html`), and last the
/// not-found page ([`NOT_FOUND`], `404.html`).
pub fn pages(feed: &Feed) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = ["agenda", "speakers", "documents", "updates", "my"]
        .iter()
        .map(|page| (format!("/{page}"), format!("{page}.html")))
        .collect();
    pages.insert(0, ("/".to_owned(), "index.html".to_owned()));
    // A page for each day of a programme of several, which the day tabs lead to.
    let days = crate::agenda::days(feed);
    if days.len() > 1 {
        for day in days {
            pages.push((
                format!("/agenda/day/{}", day.date),
                format!("agenda/day/{}.html", day.date),
            ));
        }
    }
    for session in feed.sessions.iter().filter(|s| file_safe(&s.id)) {
        pages.push((
            format!("/agenda/{}", session.id),
            format!("agenda/{}.html", session.id),
        ));
    }
    for speaker in feed.speakers.iter().filter(|s| file_safe(&s.id)) {
        pages.push((
            format!("/speakers/{}", speaker.id),
            format!("speakers/{}.html", speaker.id),
        ));
    }
    pages.push((NOT_FOUND.to_owned(), "404.html".to_owned()));
    pages
}

/// Whether an id (no `/`, whitespace, `?`, `#` or `%`: the feed's rule) also names a
/// file on every system: no `\`, `:` or leading dot. A page whose id does not is not
/// written; the app shows it from the shell.
fn file_safe(id: &str) -> bool {
    !id.starts_with('.') && !id.contains(['\\', ':'])
}

/// The page at `path` (`/agenda/opening`) as the app shows `feed`: `shell` (the build's
/// `shell.html`) with the page's head and content.
pub fn page(feed: Arc<Feed>, shell: &str, site: &Site, path: &str) -> Result<String, String> {
    HEAD.set(None);
    let body = body(feed.clone(), site.base, path, site.language);
    let (title, description) = HEAD.take().unwrap_or_else(|| {
        let event = pick(&feed, &feed.event.title, site.language);
        (event, None)
    });
    let description = description_of(&feed, path, site.language).or(description);
    let mut head = head(&feed, site, path, &title, description.as_deref());
    // Until when the page's clock ("starts in 3 days", the sessions under way) holds: the
    // start script leaves a current page to the reader until then, and no longer.
    if let Some(until) = crate::agenda::unchanged_until(&feed, crate::intl::now(), path == "/") {
        head.push_str(&format!("<meta name=event-portal-until content={until}>"));
    }
    assemble(shell, site.language, &head, &body)
}

/// The `<body>` content of the portal's page at `path`, as the app shows `feed` in
/// `language`, for a portal served at `base` (`""`, `"/events/2026"`).
pub fn body(feed: Arc<Feed>, base: &str, path: &str, language: Language) -> String {
    crate::site::render_at(base);
    // A server's context: Leptos' own helpers (window listeners and the like) do nothing.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        // A day's page (`/agenda/day/2019-04-02`) is the app's `/agenda?day=2019-04-02`.
        let shown = match path.strip_prefix("/agenda/day/") {
            Some(day) => format!("/agenda?day={day}"),
            None => path.to_owned(),
        };
        provide_context(RequestUrl::new(&format!("{}{shown}", crate::site::base())));
        let store = FeedStore::rendered(feed);
        provide_context(store);
        provide_context(Visitor::new(store.feed));
        set_language(language);
        view! { <Router base=crate::site::base()>{crate::app::pages()}</Router> }.to_html()
    });
    // Hydration's markers: this page is replaced, never hydrated.
    without_style_attributes(&html.replace("<!>", ""))
}

/// `html` without `style` attributes: the Content-Security-Policy (`style-src 'self'`)
/// refuses them in markup (the app sets the same styles through the DOM, which it
/// allows). What they carry (a track's colour, a session's place in the desktop grid)
/// shows once the app takes over. Text never holds a `<`, so every `<` starts a tag, in
/// which attribute values never hold a `"`.
fn without_style_attributes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('>')
            .map_or(rest.len(), |end| open + end + 1);
        let mut tag = &rest[open..close];
        while let Some(at) = tag.find(" style=\"") {
            let value_end = tag[at + 8..]
                .find('"')
                .map_or(tag.len(), |end| at + 8 + end + 1);
            out.push_str(&tag[..at]);
            tag = &tag[value_end..];
        }
        out.push_str(tag);
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// Feed text in `language`, as the pages pick it.
fn pick(feed: &Feed, text: &Text, language: Language) -> String {
    crate::agenda::line::LangText::of(feed, text, language.messages().lang).text
}

/// A session's link preview says when and where before its abstract.
fn description_of(feed: &Feed, path: &str, language: Language) -> Option<String> {
    let id = path.strip_prefix("/agenda/")?;
    let session = feed.session(id)?;
    let m = language.messages();
    let zone = &feed.event.timezone;
    let mut parts = vec![format!(
        "{}{}{}",
        intl::day_of(session.start, m.locale, zone),
        m.comma,
        intl::time_range(session.start, session.end, m.locale, zone)
    )];
    if let Some(room) = session.room.as_deref().and_then(|id| feed.room(id)) {
        parts.push(pick(feed, &room.name, language));
    }
    let when = parts.join(m.comma);
    Some(match &session.abstract_text {
        Some(text) => format!("{when}. {}", summary(&pick(feed, text, language), 160)),
        None => when,
    })
}

/// The page's own head: title, description, canonical address, link preview tags and
/// the feed's fingerprint. Every value is escaped.
fn head(feed: &Feed, site: &Site, path: &str, title: &str, description: Option<&str>) -> String {
    let mut head = format!(
        "<title>{}</title><meta name=event-portal-feed content=\"{}\">",
        escape(title),
        escape(site.fingerprint)
    );
    let mut meta = |property: &str, content: &str| {
        head.push_str(&format!(
            "<meta {} content=\"{}\">",
            property,
            escape(content)
        ));
    };
    if let Some(description) = description {
        meta("name=description", description);
        meta("property=og:description", description);
    }
    meta("property=og:title", title);
    meta("property=og:type", "website");
    meta(
        "property=og:site_name",
        &pick(feed, &feed.event.title, site.language),
    );
    meta("property=og:locale", site.language.messages().lang);
    meta("name=twitter:card", "summary");
    if path == NOT_FOUND {
        // Answered for any address with no file: no address of its own to name.
        meta("name=robots", "noindex");
    } else if let Some(origin) = site.origin {
        let url = format!(
            "{}{}{}",
            origin.trim_end_matches('/'),
            site.base,
            if path == "/" { "/" } else { path }
        );
        meta("property=og:url", &url);
        head.push_str(&format!("<link rel=canonical href=\"{}\">", escape(&url)));
    }
    head
}

/// `shell` with `head` in place of its title and description, `<html>`'s language and
/// direction set, and `body` in place of its skeleton (`<div id=shell>` keeps it: the
/// app replaces that element whole when it starts, as it replaces the skeleton).
fn assemble(shell: &str, language: Language, head: &str, body: &str) -> Result<String, String> {
    let m = language.messages();
    let mut page = shell.to_owned();
    let html_start = page.find("<html").ok_or("shell.html has no <html>")?;
    let html_end = html_start + page[html_start..].find('>').ok_or("shell.html: <html>")?;
    page.replace_range(
        html_start..=html_end,
        &format!("<html dir={} lang={}>", m.direction.as_str(), m.lang),
    );
    let title_start = page.find("<title>").ok_or("shell.html has no <title>")?;
    let title_end = page.find("</title>").ok_or("shell.html has no </title>")? + "</title>".len();
    page.replace_range(title_start..title_end, head);
    // The shell's own description of the portal, now the page's.
    if let Some(at) = page.find("name=description>") {
        let start = page[..at].rfind("<meta").ok_or("shell.html: description")?;
        page.replace_range(start..at + "name=description>".len(), "");
    }
    // Without JavaScript, what needs the app is left out (style/noscript.css); after
    // `<base>`, against which its address resolves.
    let head_end = page.find("</head>").ok_or("shell.html has no </head>")?;
    page.insert_str(
        head_end,
        "<noscript><link rel=stylesheet href=noscript.css></noscript>",
    );
    let shell_at = page.find("id=shell").ok_or("shell.html has no #shell")?;
    let start = page[..shell_at].rfind("<div").ok_or("shell.html: #shell")?;
    let end = page.rfind("</body>").ok_or("shell.html has no </body>")?;
    page.replace_range(
        start..end,
        &format!("<div id=shell class=rendered>{body}</div>"),
    );
    Ok(page)
}

/// `sitemap.xml`: every page, at `origin` and `base`.
pub fn sitemap(feed: &Feed, origin: &str, base: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, _) in pages(feed)
        .into_iter()
        .filter(|(path, _)| path != NOT_FOUND)
    {
        let url = format!("{}{base}{path}", origin.trim_end_matches('/'));
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(&url)));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `text` for HTML text or a quoted attribute value (and XML).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
