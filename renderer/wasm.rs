//! The publish-time renderer ([`event_portal::render`]) compiled to WebAssembly with its
//! JavaScript glue (`wasm-bindgen --target web`), for renderer/render.mjs in Node (and,
//! being plain wasm, for a browser): pages rendered where the feed is published, with
//! no Rust toolchain. Built by `make renderer`; natively it is an empty library.

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::sync::Arc;

    use event_portal::feed::{self, Feed};
    use event_portal::i18n::{self, Language};
    use event_portal::render::{self, Site};
    use wasm_bindgen::prelude::*;

    /// One feed, read once, and where its pages will be served.
    #[wasm_bindgen]
    pub struct Renderer {
        feed: Arc<Feed>,
        shell: String,
        base: String,
        origin: Option<String>,
        fingerprint: String,
        language: Language,
    }

    #[wasm_bindgen]
    impl Renderer {
        /// Reads the feed `text` (event.json, whose SHA-256 is `fingerprint`) for pages
        /// made from `shell` (the build's shell.html), served at `base` (`""`,
        /// `"/events/2026"`) of `origin` (`https://events.example.org`, when known).
        /// Fails, saying why, when the feed does not load.
        #[wasm_bindgen(constructor)]
        pub fn new(
            text: &str,
            shell: String,
            base: String,
            origin: Option<String>,
            fingerprint: String,
        ) -> Result<Renderer, String> {
            // A feed with errors is not published (tools/publish.sh checks it first):
            // the pages would leave out what the checker refused.
            let loaded = feed::load_with(text, event_portal::intl::is_time_zone);
            let errors = loaded.has_errors();
            let feed = loaded.feed.filter(|_| !errors).ok_or_else(|| {
                "event.json has errors: `node tools/feedcheck.mjs check event.json` lists them"
                    .to_owned()
            })?;
            // The event's first language when the portal has it, else English: what a
            // visitor with none of the portal's languages sees.
            let first = feed.event.languages.first().map(String::as_str);
            let language = i18n::negotiate(None, std::iter::empty(), first);
            Ok(Renderer {
                feed: Arc::new(feed),
                shell,
                base: base.trim_end_matches('/').to_owned(),
                origin: origin.filter(|origin| !origin.is_empty()),
                fingerprint,
                language,
            })
        }

        /// The pages to write: address, file, address, file… (see [`render::pages`]).
        pub fn pages(&self) -> Vec<String> {
            render::pages(&self.feed)
                .into_iter()
                .flat_map(|(path, file)| [path, file])
                .collect()
        }

        /// The page at `path` (`/agenda/opening`).
        pub fn page(&self, path: &str) -> Result<String, String> {
            let site = Site {
                base: &self.base,
                origin: self.origin.as_deref(),
                language: self.language,
                fingerprint: &self.fingerprint,
            };
            render::page(self.feed.clone(), &self.shell, &site, path)
        }

        /// sitemap.xml, when the site's origin is known.
        pub fn sitemap(&self) -> Option<String> {
            let origin = self.origin.as_deref()?;
            Some(render::sitemap(&self.feed, origin, &self.base))
        }

        /// The language the pages are for (`fr`): the event's first the portal has.
        pub fn wanted(&self) -> String {
            self.language.tag().to_owned()
        }

        /// Reads `text` as the catalogue of [`Renderer::wanted`] (the site's
        /// `i18n/fr.json`); without it the pages are written in English.
        pub fn load_catalogue(&self, text: &str) -> Result<(), String> {
            i18n::load(self.language, text)
                .map(|_| ())
                .map_err(|error| error.to_string())
        }

        /// The language the pages are written in (`en`), as `<html lang>` says.
        pub fn language(&self) -> String {
            self.language.messages().lang.to_owned()
        }
    }
}
