//! Which URLs from the feed may become links, and why the others may not.
//!
//! The feed is trusted to be honest but not to be careful: a `javascript:` URL, a link to
//! another host disguised as a relative path, or a path that climbs out of the site must
//! never reach an `href` or `src`. The same rules serve the validator (which reports them)
//! and the views (which render anything else as plain text).

/// What a safe URL is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlKind {
    /// `https:` or `http:`.
    Web,
    /// `mailto:`.
    Mail,
    /// A path relative to the site, such as `documents/report.pdf`.
    Relative,
}

/// Why a URL may not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlProblem {
    #[error("is empty")]
    Empty,
    #[error("contains spaces or control characters; percent-encode them (%20)")]
    Whitespace,
    #[error("uses the scheme `{0}:`; only https:, http: and mailto: links are allowed")]
    Scheme(String),
    #[error("has no host after `{0}://`")]
    NoHost(String),
    #[error("leaves the site; use a path inside it, such as documents/report.pdf")]
    EscapesSite,
}

/// The scheme of `url`, if it has one (`https` in `https://…`), per the URL standard.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let candidate = &url[..end];
    let mut bytes = candidate.bytes();
    let first_is_letter = bytes.next()?.is_ascii_alphabetic();
    (first_is_letter && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')))
        .then_some(candidate)
}

/// Checks a URL from the feed.
pub fn check(url: &str) -> Result<UrlKind, UrlProblem> {
    if url.is_empty() {
        return Err(UrlProblem::Empty);
    }
    // Browsers strip or ignore tabs, newlines and other controls inside URLs, which is how
    // `java\tscript:` sneaks past naive checks: refuse them all.
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Whitespace);
    }
    if let Some(scheme) = scheme(url) {
        let lower = scheme.to_ascii_lowercase();
        return match lower.as_str() {
            "https" | "http" => {
                let rest = &url[scheme.len() + 1..];
                let host = rest.strip_prefix("//").unwrap_or("");
                let host = host.split(['/', '?', '#']).next().unwrap_or("");
                if host.is_empty() || host.contains('\\') {
                    Err(UrlProblem::NoHost(lower))
                } else {
                    Ok(UrlKind::Web)
                }
            }
            "mailto" if url.len() > "mailto:".len() => Ok(UrlKind::Mail),
            "mailto" => Err(UrlProblem::Empty),
            _ => Err(UrlProblem::Scheme(lower)),
        };
    }
    // A relative reference. `//host/x` and `\\host` name another host; a leading `/`
    // would break a portal served under a sub-path; `..` (also as `%2e%2e`) may climb out.
    if url.starts_with('/') || url.contains('\\') {
        return Err(UrlProblem::EscapesSite);
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut depth: i32 = 0;
    for segment in path.split('/') {
        match segment.to_ascii_lowercase().replace("%2e", ".").as_str() {
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return Err(UrlProblem::EscapesSite);
                }
            }
            "." | "" => {}
            _ => depth += 1,
        }
    }
    Ok(UrlKind::Relative)
}

/// The URL to put in an `href` or `src`, or `None` when it must be shown as text.
pub fn safe(url: &str) -> Option<&str> {
    check(url).ok().map(|_| url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_mail_and_site_paths() {
        assert_eq!(check("https://unicri.org/news"), Ok(UrlKind::Web));
        assert_eq!(check("HTTP://example.org"), Ok(UrlKind::Web));
        assert_eq!(check("mailto:unicri.publicinfo@un.org"), Ok(UrlKind::Mail));
        assert_eq!(check("documents/report.pdf"), Ok(UrlKind::Relative));
        assert_eq!(check("./documents/a/../report.pdf"), Ok(UrlKind::Relative));
        assert_eq!(check("#agenda"), Ok(UrlKind::Relative));
    }

    #[test]
    fn refuses_code_and_other_hosts() {
        assert_eq!(
            check("javascript:alert(1)"),
            Err(UrlProblem::Scheme("javascript".into()))
        );
        assert_eq!(
            check("JaVaScRiPt:alert(1)"),
            Err(UrlProblem::Scheme("javascript".into()))
        );
        assert_eq!(check("java\tscript:alert(1)"), Err(UrlProblem::Whitespace));
        assert_eq!(check(" https://x.org"), Err(UrlProblem::Whitespace));
        assert_eq!(
            check("data:text/html,<script>"),
            Err(UrlProblem::Scheme("data".into()))
        );
        assert_eq!(
            check("https:/x.org"),
            Err(UrlProblem::NoHost("https".into()))
        );
        assert_eq!(check("//evil.example/x"), Err(UrlProblem::EscapesSite));
        assert_eq!(check("\\\\evil.example"), Err(UrlProblem::EscapesSite));
        assert_eq!(check("/documents/a.pdf"), Err(UrlProblem::EscapesSite));
        assert_eq!(check("../secret"), Err(UrlProblem::EscapesSite));
        assert_eq!(check("documents/%2E%2e/../x"), Err(UrlProblem::EscapesSite));
        assert_eq!(check(""), Err(UrlProblem::Empty));
        assert_eq!(safe("javascript:alert(1)"), None);
        assert_eq!(safe("https://un.org"), Some("https://un.org"));
    }
}
