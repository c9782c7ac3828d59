//! The interface's catalogues other than English (compiled in), fetched as a visitor
//! first needs each, and the language the interface shows meanwhile: one reactive
//! state, `asked`, says where each language's catalogue stands.
//!
//! A catalogue the network could not bring is asked for again after each feed check
//! that reaches the server, so a language first chosen offline arrives when the network
//! is back; one the server refused (a missing or broken file) waits for the next visit.
//! Until a catalogue can be had the portal shows English in its place, and says why in
//! the console (for whoever deployed it).

use leptos::prelude::*;

use crate::http::{self, Ask, HttpError};
use crate::i18n::{self, Language};

/// Where a language's catalogue stands.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Asked {
    /// Asked for, no answer yet.
    Busy,
    /// Read, and ready to show.
    Here,
    /// The network could not bring it (offline): worth asking again.
    Unreachable,
    /// The server answered with an error, or a file that does not read.
    Refused,
}

/// The language the interface shows, and whether its own catalogue shows it (`false`:
/// English in its place); `None` until the first one is settled. Follows `wanted`,
/// fetching its catalogue when needed, and asks again for an unreachable one each time
/// `checked` (the feed's last good check) moves.
pub fn use_shown_language(
    wanted: Memo<Language>,
    checked: ReadSignal<Option<f64>>,
) -> Memo<Option<(Language, bool)>> {
    let asked = RwSignal::new(Vec::<(Language, Asked)>::new());
    let state = move |asked: &Vec<(Language, Asked)>, language| {
        asked.iter().find(|(l, _)| *l == language).map(|(_, a)| *a)
    };
    let set = move |language, now| {
        asked.update(|asked| {
            asked.retain(|(l, _)| *l != language);
            asked.push((language, now));
        })
    };
    // The network: fetches the wanted language's catalogue when it is neither here nor
    // refused.
    Effect::new(move |_| {
        let language = wanted.get();
        checked.track();
        let ask = matches!(
            asked.with_untracked(|asked| state(asked, language)),
            None | Some(Asked::Unreachable)
        );
        if i18n::loaded(language).is_none() && ask {
            set(language, Asked::Busy);
            leptos::task::spawn_local(async move { set(language, fetch(language).await) });
        }
    });
    Memo::new(move |previous: Option<&Option<(Language, bool)>>| {
        let language = wanted.get();
        let now = asked.with(|asked| state(asked, language));
        if i18n::loaded(language).is_some() {
            Some((language, true))
        } else if matches!(now, Some(Asked::Unreachable | Asked::Refused)) {
            Some((language, false))
        } else {
            previous.copied().flatten()
        }
    })
}

/// Fetches and reads `language`'s catalogue.
async fn fetch(language: Language) -> Asked {
    let url = language.catalogue_url();
    let read = match http::get_text(&url, Ask::default()).await {
        Ok(fetched) => i18n::load(language, &fetched.text)
            .map(|_| Asked::Here)
            .map_err(|error| (Asked::Refused, error.to_string())),
        Err(error @ HttpError::Status(_)) => Err((Asked::Refused, error.to_string())),
        Err(error) => Err((Asked::Unreachable, error.to_string())),
    };
    read.unwrap_or_else(|(asked, error)| {
        web_sys::console::warn_1(&format!("{url}: {error}; showing English instead").into());
        asked
    })
}
