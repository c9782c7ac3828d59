//! Where the portal is served from: the site root, or a sub-path such as
//! `/events/2026/` (`make dist PUBLIC_URL=/events/2026/`). Trunk writes it into the
//! page's `<base href>`; the router and the portal's own links put it before their paths,
//! so the same wasm works at any path.

/// The base path of the page whose `<base href>` resolves to `base_uri`, without its
/// last slash: `""` for `https://example.org/`, `"/events/2026"` for
/// `https://example.org/events/2026/`.
pub fn base_of(base_uri: &str) -> &str {
    let after_scheme = base_uri
        .split_once("://")
        .map_or(base_uri, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("", |slash| &after_scheme[slash..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    // Everything after the last slash is a file name, not part of the base.
    let directory = path.rfind('/').map_or("", |slash| &path[..=slash]);
    directory.trim_end_matches('/')
}

#[cfg(feature = "render")]
thread_local! {
    /// Where the pages being rendered at publish time will be served (see [`render_at`]).
    static RENDERED_BASE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("") };
}

/// Renders pages for a portal served at `base` (`""` or `"/events/2026"`, as
/// [`base_of`] gives it) from now on.
#[cfg(feature = "render")]
pub fn render_at(base: &str) {
    let base = base.trim_end_matches('/');
    if RENDERED_BASE.get() != base {
        RENDERED_BASE.set(Box::leak(base.to_owned().into_boxed_str()));
    }
}

/// The portal's base path (see [`base_of`]), read once from the page; where pages are
/// rendered at publish time, the one they are rendered for ([`render_at`]).
#[cfg(target_arch = "wasm32")]
pub fn base() -> &'static str {
    #[cfg(feature = "render")]
    {
        RENDERED_BASE.get()
    }
    #[cfg(not(feature = "render"))]
    {
        thread_local! {
            static BASE: &'static str = {
                let uri = leptos::prelude::document()
                    .base_uri()
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                Box::leak(base_of(&uri).to_owned().into_boxed_str())
            };
        }
        BASE.with(|base| *base)
    }
}

/// The address of the portal's own page `path` (such as `/agenda`) where the portal is
/// served.
#[cfg(target_arch = "wasm32")]
pub fn path(path: &str) -> String {
    format!("{}{path}", base())
}

#[cfg(test)]
mod tests {
    use super::base_of;

    #[test]
    fn the_site_root_has_an_empty_base() {
        assert_eq!(base_of("https://example.org/"), "");
        assert_eq!(base_of("http://127.0.0.1:8080/"), "");
        assert_eq!(base_of("http://127.0.0.1:8080/index.html"), "");
    }

    #[test]
    fn a_sub_path_is_the_base_without_its_last_slash() {
        assert_eq!(base_of("https://example.org/events/2026/"), "/events/2026");
        assert_eq!(
            base_of("https://example.org/portal/index.html?x=/y/"),
            "/portal"
        );
        assert_eq!(base_of("https://example.org/portal/#/a/"), "/portal");
    }

    #[test]
    fn nonsense_gives_the_root() {
        assert_eq!(base_of(""), "");
        assert_eq!(base_of("about:blank"), "");
    }
}
