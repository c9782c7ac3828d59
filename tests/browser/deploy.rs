//! The hosting recipes of docs/DEPLOY.md, checked against the release build: nginx for
//! real (deploy/nginx.conf, through scripts/nginx-local.sh), and the `_headers` file that
//! Netlify and Cloudflare Pages read, rule by rule. Both must cache hashed files for a
//! year, revalidate the page, the service worker and the feed, serve the precompressed
//! copies, answer deep links with the portal, and send the same security headers as the
//! page's own `<meta>` policy.
//!
//! Needs `dist/` and Debian's nginx with the brotli_static module (`make test` installs
//! both).

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::support::nginx::{Nginx, get};
use crate::support::server::read_header_rules;
use crate::support::{checker_wasm, dist};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The headers every response must carry, as `public/_headers` gives them for `/*`.
fn security_headers() -> Vec<(String, String)> {
    let rules = read_header_rules(&std::fs::read_to_string(dist().join("_headers")).unwrap());
    let all = rules
        .iter()
        .find(|rule| rule.pattern == "/*")
        .expect("a /* rule");
    all.headers.clone()
}

/// The build's files whose names carry a content hash, and one of each other kind.
fn hashed_files() -> Vec<String> {
    let names: Vec<String> = std::fs::read_dir(dist())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".js") || name.ends_with(".wasm") || name.ends_with(".css"))
        // Not hashed: the service worker, and the stylesheet of pages read without
        // JavaScript (loaded from the rendered pages' <noscript>).
        .filter(|name| name != "sw.js" && name != "noscript.css")
        .collect();
    assert!(
        names.iter().any(|n| n.ends_with("_bg.wasm"))
            && names.iter().any(|n| n.starts_with("start-"))
            && names.iter().any(|n| n.starts_with("main-")),
        "{names:?}"
    );
    names
}

/// Files that keep their names and must be revalidated on every use.
const REVALIDATED: &[&str] = &[
    "/",
    "/index.html",
    "/shell.html",
    "/agenda/opening",
    "/sw.js",
    "/event.json",
];

#[test]
fn the_headers_file_caches_hashed_files_for_a_year_and_revalidates_the_rest() {
    let rules = read_header_rules(&std::fs::read_to_string(dist().join("_headers")).unwrap());
    let cache_control = |path: &str| -> Vec<String> {
        rules
            .iter()
            .filter(|rule| rule.matches(path))
            .flat_map(|rule| rule.headers.iter())
            .filter(|(name, _)| name.eq_ignore_ascii_case("cache-control"))
            .map(|(_, value)| value.clone())
            .collect()
    };
    for name in hashed_files() {
        assert_eq!(cache_control(&format!("/{name}")), [IMMUTABLE], "/{name}");
    }
    for path in REVALIDATED {
        assert_eq!(cache_control(path), ["no-cache"], "{path}");
    }
    // Nothing else is immutable: a catalogue or a document may change under its name.
    for path in [
        "/i18n/fr.json",
        "/documents/agenda.pdf",
        "/manifest.webmanifest",
        "/agenda",
        "/agenda/opening",
    ] {
        assert!(
            cache_control(path).iter().all(|value| value != IMMUTABLE),
            "{path}"
        );
    }
    // Deep links with no rendered page reach the portal's shell on hosts that read
    // _redirects (a rendered page, a file, is served before any rule).
    let redirects = std::fs::read_to_string(dist().join("_redirects")).unwrap();
    assert!(
        redirects
            .lines()
            .any(|line| line.split_whitespace().collect::<Vec<_>>() == ["/*", "/shell.html", "200"]),
        "{redirects}"
    );
}

#[test]
fn the_pages_own_policy_is_the_headers_policy_less_what_a_meta_cannot_carry() {
    let headers = security_headers();
    let policy = &headers
        .iter()
        .find(|(name, _)| name == "Content-Security-Policy")
        .unwrap()
        .1;
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(policy.contains(directive), "{directive} in {policy}");
    }
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let expected: String = policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.starts_with("frame-ancestors"))
        .collect::<Vec<_>>()
        .join("; ");
    for page in [
        "index.html",
        "shell.html",
        "agenda/opening.html",
        "404.html",
        "preview/index.html",
    ] {
        let html = std::fs::read_to_string(dist().join(page)).unwrap();
        let meta = format!("<meta http-equiv=Content-Security-Policy content=\"{expected}\">");
        assert!(html.contains(&meta), "{page} has no {meta}");
        // No inline script left for the policy to refuse.
        assert!(
            !html.contains("<script>") && !html.contains("<script type=module>"),
            "{page} has an inline script"
        );
    }
}

#[test]
fn nginx_serves_the_build_as_docs_deploy_says() {
    let nginx = Nginx::start(&dist(), "/");
    let port = nginx.port;
    let security = security_headers();
    let shell = std::fs::read(dist().join("shell.html")).unwrap();

    // Each page rendered from the feed, without a redirect, and a deep link with no
    // rendered page answered with the shell (status 200, not 404). (/documents is also
    // the name of the folder the documents are in.)
    for (path, file) in [
        ("/", Some("index.html")),
        ("/agenda/opening", Some("agenda/opening.html")),
        ("/speakers/alexandre", Some("speakers/alexandre.html")),
        ("/documents", Some("documents.html")),
        ("/my?ids=opening", Some("my.html")),
        ("/agenda/added-since", None),
    ] {
        let answer = get(port, path, &[]);
        assert_eq!(answer.status, 200, "{path}");
        let page = file.map_or(shell.clone(), |file| {
            std::fs::read(dist().join(file)).unwrap()
        });
        assert_eq!(answer.body, page, "{path} is not {file:?}");
        assert_eq!(answer.header("cache-control"), "no-cache", "{path}");
        assert!(
            answer.header("content-type").starts_with("text/html"),
            "{path}"
        );
        for (name, value) in &security {
            assert_eq!(
                answer.header(&name.to_ascii_lowercase()),
                value,
                "{path}: {name}"
            );
        }
    }

    // Revalidated with an ETag: an unchanged file costs a 304 and no body.
    for path in REVALIDATED {
        let answer = get(port, path, &[]);
        assert_eq!(answer.status, 200, "{path}");
        assert_eq!(answer.header("cache-control"), "no-cache", "{path}");
        let etag = answer.header("etag").to_owned();
        assert!(!etag.is_empty(), "{path} has no ETag");
        let again = get(port, path, &[("If-None-Match", &etag)]);
        assert_eq!(again.status, 304, "{path}");
        assert!(again.body.is_empty(), "{path}");
    }

    // Hashed files for a year, precompressed as asked, with the right types.
    for name in hashed_files() {
        let path = format!("/{name}");
        let plain = std::fs::read(dist().join(&name)).unwrap();
        for (encoding, suffix) in [("br", ".br"), ("gzip", ".gz")] {
            let answer = get(port, &path, &[("Accept-Encoding", encoding)]);
            assert_eq!(answer.status, 200, "{path}");
            assert_eq!(answer.header("cache-control"), IMMUTABLE, "{path}");
            assert_eq!(answer.header("content-encoding"), encoding, "{path}");
            assert!(answer.header("vary").contains("Accept-Encoding"), "{path}");
            let stored = std::fs::read(dist().join(format!("{name}{suffix}"))).unwrap();
            assert_eq!(answer.body, stored, "{path} as {encoding}");
        }
        let answer = get(port, &path, &[]);
        assert_eq!(answer.header("content-encoding"), "", "{path} uncompressed");
        assert_eq!(answer.body, plain, "{path}");
        let expected_type = match name.rsplit('.').next().unwrap() {
            "wasm" => "application/wasm",
            "css" => "text/css",
            _ => "application/javascript",
        };
        assert!(
            answer.header("content-type").starts_with(expected_type),
            "{path}: {}",
            answer.header("content-type")
        );
    }
    let manifest = get(port, "/manifest.webmanifest", &[]);
    assert!(
        manifest
            .header("content-type")
            .starts_with("application/manifest+json"),
        "{}",
        manifest.header("content-type")
    );
    assert_eq!(manifest.header("x-content-type-options"), "nosniff");
}

/// `make release`'s archives (scripts/release.py on the release build): two runs give
/// the same bytes, SHA256SUMS names both with their hashes, and the folder inside is
/// the whole build and START-HERE.html, ready to upload.
#[test]
fn the_release_archives_are_reproducible_and_hold_the_whole_build() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pack = |out: &str| {
        let out = root.join("target").join(out);
        let _ = std::fs::remove_dir_all(&out);
        let status = Command::new(root.join("scripts/release.py"))
            .arg(dist())
            .arg(checker_wasm())
            .arg(&out)
            .arg("1.2.3")
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "scripts/release.py failed");
        out
    };
    let first = pack("release-a");
    let second = pack("release-b");
    // No date of the moment: every entry of both archives carries the commit's date
    // (what two runs a second apart would show, without waiting for the second).
    let commit = Command::new("git")
        .args(["log", "-1", "--format=%ct"])
        .current_dir(&root)
        .output()
        .unwrap();
    let commit = String::from_utf8(commit.stdout).unwrap().trim().to_owned();
    let dates = Command::new("python3")
        .arg("-c")
        .arg(
            "import sys, tarfile, zipfile, calendar
zipped = {calendar.timegm(i.date_time + (0, 0, 0)) // 2 * 2 for i in zipfile.ZipFile(sys.argv[1]).infolist()}
tarred = {m.mtime for m in tarfile.open(sys.argv[2]).getmembers()}
print(sorted(zipped), sorted(tarred))",
        )
        .arg(first.join("event-portal-1.2.3.zip"))
        .arg(first.join("event-portal-1.2.3.tar.gz"))
        .output()
        .unwrap();
    assert!(dates.status.success(), "{dates:?}");
    // Zip keeps even seconds.
    let even = commit.parse::<u64>().unwrap() / 2 * 2;
    assert_eq!(
        String::from_utf8(dates.stdout).unwrap().trim(),
        format!("[{even}] [{commit}]")
    );
    for name in [
        "event-portal-1.2.3.zip",
        "event-portal-1.2.3.tar.gz",
        "SHA256SUMS",
    ] {
        let a = std::fs::read(first.join(name)).unwrap();
        assert_eq!(
            a,
            std::fs::read(second.join(name)).unwrap(),
            "{name} differs"
        );
    }
    let sums = Command::new("sha256sum")
        .arg("-c")
        .arg("SHA256SUMS")
        .current_dir(&first)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&sums.stdout);
    assert!(sums.status.success(), "{said}");
    assert_eq!(said.matches(": OK").count(), 2, "{said}");

    // The folder inside: every file of dist/ but the pages `make dist` rendered from
    // the sample (the release has the shell in index.html and 404.html, and renders the organiser's
    // feed when it is published), START-HERE.html, the checker, the renderer, the
    // organisers' guides and the hosts' settings.
    let listed = Command::new("tar")
        .arg("tzf")
        .arg(first.join("event-portal-1.2.3.tar.gz"))
        .output()
        .unwrap();
    let listed: std::collections::BTreeSet<String> = String::from_utf8(listed.stdout)
        .unwrap()
        .lines()
        .filter(|line| !line.ends_with('/'))
        .filter_map(|line| line.strip_prefix("event-portal-1.2.3/").map(str::to_owned))
        .filter(|line| !line.is_empty() && !dist().join(line).is_dir())
        .collect();
    let mut built: std::collections::BTreeSet<String> = files_under(&dist())
        .into_iter()
        .filter(|name| {
            name == "index.html"
                || name == "404.html"
                || !std::fs::read_to_string(dist().join(name))
                    .is_ok_and(|text| text.contains("<meta name=event-portal-feed "))
        })
        .collect();
    for extra in [
        "START-HERE.html",
        "tools/feedcheck.mjs",
        "tools/feedcheck.wasm",
        "tools/render.mjs",
        "tools/publish.sh",
        "netlify.toml",
        ".github/workflows/publish.yml",
        "docs/ORGANISERS.md",
        "docs/FEED.md",
        "docs/DEPLOY.md",
    ] {
        built.insert(extra.into());
    }
    assert_eq!(listed, built);
}

/// The release folder as an organiser unpacks it: `make release`'s zip (from
/// scripts/release.py on the release build) unzipped under `target/NAME/`, after
/// checking that it holds the same files as the tar.gz.
pub(crate) fn unpacked_release(name: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target").join(name);
    let _ = std::fs::remove_dir_all(&work);
    let status = Command::new(root.join("scripts/release.py"))
        .arg(dist())
        .arg(checker_wasm())
        .arg(work.join("archives"))
        .arg("1.2.3")
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "scripts/release.py failed");
    let (zip, tar) = (work.join("zip"), work.join("tar"));
    for folder in [&zip, &tar] {
        std::fs::create_dir_all(folder).unwrap();
    }
    // Python's zipfile, as unzip is not on every machine.
    let unzipped = Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(work.join("archives/event-portal-1.2.3.zip"))
        .arg(&zip)
        .status()
        .unwrap();
    assert!(unzipped.success(), "unzipping failed");
    let untarred = Command::new("tar")
        .arg("xzf")
        .arg(work.join("archives/event-portal-1.2.3.tar.gz"))
        .current_dir(&tar)
        .status()
        .unwrap();
    assert!(untarred.success(), "tar failed");
    let folder = zip.join("event-portal-1.2.3");
    let in_tar = tar.join("event-portal-1.2.3");
    assert_eq!(files_under(&folder), files_under(&in_tar));
    for name in files_under(&folder) {
        assert!(
            std::fs::read(folder.join(&name)).unwrap()
                == std::fs::read(in_tar.join(&name)).unwrap(),
            "{name} differs between the zip and the tar.gz"
        );
    }
    folder
}

/// Every file under `folder`, by path inside it.
pub(crate) fn files_under(folder: &std::path::Path) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(next) = folders.pop() {
        for entry in std::fs::read_dir(next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path.strip_prefix(folder).unwrap();
                found.insert(name.to_string_lossy().into_owned());
            }
        }
    }
    found
}

/// `sh tools/publish.sh ARGS` in the release `folder`: its exit code and what it said.
pub(crate) fn publish(folder: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new("sh")
        .arg("tools/publish.sh")
        .args(args)
        .current_dir(folder)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code(), said)
}

/// tools/publish.sh as the GitHub Actions workflow, Netlify and Cloudflare Pages run it
/// (deploy/release/), in the unpacked release: it checks event.json with the checker for
/// Node, then writes the site, told its sub-path, without the organisers' tools; a feed
/// with errors stops it before it writes anything.
#[test]
fn the_hosts_publish_script_checks_the_feed_and_writes_the_site() {
    let folder = unpacked_release("release-publish");
    let publish = |args: &[&str]| publish(&folder, args);
    let (code, said) = publish(&["_site", "/events/2026"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("event.json: 0 errors, "), "{said}");
    let site = folder.join("_site");
    // The site is the build, nothing more, nothing less.
    assert_eq!(files_under(&site), files_under(&dist()));
    for page in [
        "shell.html",
        "index.html",
        "404.html",
        "agenda/opening.html",
        "preview/index.html",
        "edit/index.html",
    ] {
        let text = std::fs::read_to_string(site.join(page)).unwrap();
        assert!(text.contains("<base href=/events/2026/>"), "{page}");
        assert!(!text.contains("<base href=/>"), "{page}");
    }
    // Every page rendered from the organiser's feed, for the sub-path.
    let home = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(home.contains("<div id=shell class=rendered>"), "{home}");

    // A feed with an error: the problem is shown, and the site is left as it was.
    std::fs::write(
        folder.join("event.json"),
        std::fs::read_to_string(folder.join("event.json"))
            .unwrap()
            .replacen("\"timezone\"", "\"timezone\": \"Mars/Olympus\", \"old\"", 1),
    )
    .unwrap();
    let (code, said) = publish(&["_site"]);
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("event.json:") && said.contains("error"),
        "{said}"
    );
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(index.contains("<base href=/events/2026/>"));
}
