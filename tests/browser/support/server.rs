//! A small HTTP server the browser tests control: it serves the release build from
//! `dist/` like a static host (deep links get `404.html`), and answers `event.json` with
//! whatever the test says: the real feed, another feed, an error status or garbage.
//! Responses carry the headers `dist/_headers` gives their path (Content-Security-Policy,
//! caching), as Netlify and Cloudflare Pages send them. A test can take the whole server
//! down and bring it back.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

/// What the server answers for `/event.json`.
#[derive(Clone, Debug)]
pub enum FeedReply {
    /// The file in `dist/`.
    Dist,
    /// Nothing: the connection is closed unanswered, as when the server is down.
    Unreachable,
    /// The real feed, after this long (longer than the portal waits).
    Slow(std::time::Duration),
    /// This status, content type and body.
    Custom {
        status: u16,
        content_type: String,
        body: Vec<u8>,
    },
}

impl FeedReply {
    /// A JSON feed with status 200.
    pub fn json(body: impl Into<Vec<u8>>) -> Self {
        Self::Custom {
            status: 200,
            content_type: "application/json".into(),
            body: body.into(),
        }
    }

    /// An error status with a small HTML page, as servers send.
    pub fn status(status: u16) -> Self {
        Self::Custom {
            status,
            content_type: "text/html; charset=utf-8".into(),
            body: format!("<h1>{status}</h1>").into_bytes(),
        }
    }
}

/// FNV-1a of a body, for its `ETag`.
fn fingerprint(body: &[u8]) -> u64 {
    body.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One request the server answered (status 0: closed unanswered).
#[derive(Clone, Debug)]
pub struct Served {
    pub method: String,
    pub path: String,
    pub status: u16,
    pub content_type: String,
    /// Bytes on the wire: the request (line and headers), and the answer (head and body).
    pub asked_bytes: usize,
    pub answered_bytes: usize,
    /// Asked by the service worker as it installs (`Event-Portal-Precache`), not by the
    /// page.
    pub precache: bool,
}

/// A file a test serves beside `dist/`: its content type and body.
type ExtraFile = (String, Vec<u8>);

#[derive(Clone)]
pub struct Server {
    pub base: String,
    feed: Arc<Mutex<FeedReply>>,
    /// Files served beside `dist/`, by path: content type and body.
    files: Arc<Mutex<HashMap<String, ExtraFile>>>,
    log: Arc<Mutex<Vec<Served>>>,
    /// While set, every request is closed unanswered, as when the network is gone.
    down: Arc<AtomicBool>,
    /// While set, requests whose path ends with it wait, unanswered (see [`Server::hold`]).
    held: Arc<Mutex<Option<String>>>,
    /// The sub-path the site is served under (`/portal`), or "" for the root.
    prefix: String,
    /// The rules of `dist/_headers`: a path pattern and the headers it adds.
    rules: Arc<Vec<HeaderRule>>,
    /// Sends no caching headers at all (see [`Server::start_plain`]).
    plain: bool,
}

/// One rule of a `_headers` file: a path (a trailing `*` matches any rest) and headers.
#[derive(Clone, Debug)]
pub struct HeaderRule {
    pub pattern: String,
    pub headers: Vec<(String, String)>,
}

impl HeaderRule {
    pub fn matches(&self, path: &str) -> bool {
        match self.pattern.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path == self.pattern,
        }
    }
}

/// Reads a `_headers` file (Netlify's and Cloudflare Pages' format).
pub fn read_header_rules(text: &str) -> Vec<HeaderRule> {
    let mut rules: Vec<HeaderRule> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push(HeaderRule {
                pattern: line.trim().to_owned(),
                headers: Vec::new(),
            });
        } else if let (Some(rule), Some((name, value))) = (rules.last_mut(), line.split_once(':')) {
            rule.headers
                .push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    rules
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The file under `root` that a URL path names, if it stays inside `root`.
fn file_for(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let path = root.join(relative);
    // A rendered page: `/agenda/opening` is `agenda/opening.html`, as GitHub Pages,
    // Netlify, Cloudflare Pages and deploy/nginx.conf serve it.
    let page = root.join(format!("{}.html", relative.display()));
    if !relative.as_os_str().is_empty() && page.is_file() {
        return Some(page);
    }
    if path.is_dir() {
        let index = path.join("index.html");
        return index.is_file().then_some(index);
    }
    path.is_file().then_some(path)
}

impl Server {
    /// Starts serving `dist` on a free port of 127.0.0.1, in background threads.
    pub fn start(dist: &Path) -> Self {
        Self::start_at(dist, "")
    }

    /// [`Server::start`], with the site under `prefix` (such as `/portal`) instead of
    /// at the root; other paths get an empty 404.
    pub fn start_at(dist: &Path, prefix: &str) -> Self {
        Self::start_with(dist, prefix, false)
    }

    /// [`Server::start`] as a host that sends no caching headers (no `Cache-Control`,
    /// no `ETag`, none of `_headers`' caching rules), like a bare static server, or one
    /// whose short `max-age` has run out: after a visit, with the network gone, the
    /// browser's HTTP cache answers for nothing, and only the service worker's storage
    /// can start the portal.
    pub fn start_plain(dist: &Path) -> Self {
        Self::start_with(dist, "", true)
    }

    fn start_with(dist: &Path, prefix: &str, plain: bool) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server = Self {
            base,
            feed: Arc::new(Mutex::new(FeedReply::Dist)),
            files: Arc::default(),
            log: Arc::new(Mutex::new(Vec::new())),
            down: Arc::default(),
            held: Arc::default(),
            prefix: prefix.trim_end_matches('/').to_owned(),
            rules: Arc::new(
                std::fs::read_to_string(dist.join("_headers"))
                    .map(|text| read_header_rules(&text))
                    .unwrap_or_default(),
            ),
            plain,
        };
        let root = dist.to_path_buf();
        let shared = server.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let shared = shared.clone();
                thread::spawn(move || shared.handle(stream, &root));
            }
        });
        server
    }

    /// Changes what `/event.json` answers from now on.
    pub fn set_feed(&self, reply: FeedReply) {
        *self.feed.lock().unwrap() = reply;
    }

    /// Serves `body` at `path` (such as `/photos/a.svg`) from now on.
    pub fn set_file(&self, path: &str, content_type: &str, body: impl Into<Vec<u8>>) {
        self.files
            .lock()
            .unwrap()
            .insert(path.to_owned(), (content_type.to_owned(), body.into()));
    }

    /// Takes the server down (every request closed unanswered) or brings it back.
    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    /// Holds every request whose path ends with `suffix` (`_bg.wasm`) until
    /// [`Server::release`]: what the page shows before that file arrives, for as long as a
    /// test needs.
    pub fn hold(&self, suffix: &str) {
        *self.held.lock().unwrap() = Some(suffix.to_owned());
    }

    /// Answers the requests [`Server::hold`] held, and those after them.
    pub fn release(&self) {
        *self.held.lock().unwrap() = None;
    }

    /// Every request answered so far.
    pub fn log(&self) -> Vec<Served> {
        self.log.lock().unwrap().clone()
    }

    /// The URL of a path on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn handle(&self, stream: TcpStream, root: &Path) {
        let mut reader = BufReader::new(stream);
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).is_err() {
            return;
        }
        let mut headers = HashMap::new();
        let mut asked_bytes = request_line.len();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(n) if line.trim().is_empty() => {
                    asked_bytes += n;
                    break;
                }
                Ok(n) => {
                    asked_bytes += n;
                    if let Some((name, value)) = line.split_once(':') {
                        headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
                    }
                }
            }
        }
        // Drain a request body, if any, so the connection closes cleanly.
        if let Some(length) = headers
            .get("content-length")
            .and_then(|l| l.parse::<u64>().ok())
        {
            let _ = std::io::copy(&mut reader.by_ref().take(length), &mut std::io::sink());
        }
        let precache = headers.contains_key("event-portal-precache");
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or("").to_owned();
        let target = parts.next().unwrap_or("/");
        let path = target.split(['?', '#']).next().unwrap_or("/").to_owned();
        // A request left unanswered (status 0) or refused with an empty body.
        let unanswered = |status: u16| Served {
            method: method.clone(),
            path: path.clone(),
            status,
            content_type: String::new(),
            asked_bytes,
            answered_bytes: 0,
            precache,
        };
        if self.down.load(Ordering::SeqCst) {
            self.log.lock().unwrap().push(unanswered(0));
            return;
        }
        while (self.held.lock().unwrap().as_deref()).is_some_and(|suffix| path.ends_with(suffix)) {
            thread::sleep(std::time::Duration::from_millis(20));
        }

        // Under a sub-path (`start_at`), the site's own path; anything else is not ours.
        let Some(local) = path
            .strip_prefix(self.prefix.as_str())
            .filter(|local| local.starts_with('/'))
            .map(str::to_owned)
        else {
            self.log.lock().unwrap().push(unanswered(404));
            let mut stream = reader.into_inner();
            let _ = stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
            return;
        };
        let (status, content_type, body) = if local == "/event.json" {
            let reply = self.feed.lock().unwrap().clone();
            match reply {
                FeedReply::Custom {
                    status,
                    content_type,
                    body,
                } => (status, content_type, body),
                FeedReply::Dist => self.static_file(root, &local),
                FeedReply::Unreachable => {
                    self.log.lock().unwrap().push(unanswered(0));
                    return;
                }
                FeedReply::Slow(wait) => {
                    thread::sleep(wait);
                    self.static_file(root, &local)
                }
            }
        } else if let Some((content_type, body)) = self.files.lock().unwrap().get(&path).cloned() {
            (200, content_type, body)
        } else {
            self.static_file(root, &local)
        };
        // Validators, as static hosts send them: a request that names the current
        // version gets `304 Not Modified` and no body.
        let etag = format!("\"{:016x}\"", fingerprint(&body));
        let unchanged = status == 200
            && !self.plain
            && headers
                .get("if-none-match")
                .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == etag));
        let (status, body) = if unchanged {
            (304, Vec::new())
        } else {
            (status, body)
        };
        let reason = match status {
            200 => "OK",
            304 => "Not Modified",
            404 => "Not Found",
            500 => "Internal Server Error",
            503 => "Service Unavailable",
            _ => "Status",
        };
        // What `_headers` says for this path; revalidation unless it says otherwise.
        let mut extra = String::new();
        let mut cache_control = "no-cache".to_owned();
        for rule in self.rules.iter().filter(|rule| rule.matches(&local)) {
            for (name, value) in &rule.headers {
                if name.eq_ignore_ascii_case("cache-control") {
                    cache_control = value.clone();
                } else {
                    extra.push_str(&format!("{name}: {value}\r\n"));
                }
            }
        }
        let caching = if self.plain {
            String::new()
        } else {
            format!("Cache-Control: {cache_control}\r\nETag: {etag}\r\n")
        };
        let head = format!(
            "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{caching}{extra}Connection: close\r\n\r\n",
            body.len()
        );
        self.log.lock().unwrap().push(Served {
            method: method.clone(),
            path,
            status,
            content_type: content_type.clone(),
            asked_bytes,
            answered_bytes: head.len() + body.len(),
            precache,
        });
        let mut stream = reader.into_inner();
        let _ = stream.write_all(head.as_bytes());
        if method != "HEAD" {
            let _ = stream.write_all(&body);
        }
        let _ = stream.flush();
    }

    /// A file from `dist/`, or `404.html` with status 404 as static hosts do, which
    /// is how deep links such as `/agenda/opening` reach the portal.
    fn static_file(&self, root: &Path, path: &str) -> (u16, String, Vec<u8>) {
        match file_for(root, path) {
            Some(file) => (
                200,
                content_type(&file).to_owned(),
                std::fs::read(&file).unwrap_or_default(),
            ),
            None => (
                404,
                "text/html; charset=utf-8".to_owned(),
                std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found".to_vec()),
            ),
        }
    }
}
