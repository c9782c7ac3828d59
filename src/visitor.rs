//! What belongs to the visitor rather than to the feed: the clock, the language and
//! the time zone they read in, and their starred sessions. The choices are kept in the browser's
//! `localStorage`, so they survive a reload; where storage is refused (some private
//! modes), they last until the tab closes.

use leptos::prelude::*;

use crate::agenda::starred;
use crate::feed::Feed;
use crate::i18n::{self, Language};
use crate::intl;
use crate::store::ShownFeed;

use crate::stored::{LANGUAGE_KEY, OWN_ZONE, STARRED_KEY, ZONE_KEY};

/// How often the clock is read. It changes once a minute; reading it more often only
/// keeps it close to the minute's start.
const TICK_MS: u64 = 10_000;

/// The visitor's state, shared through context.
#[derive(Clone, Copy)]
pub struct Visitor {
    /// The time in seconds since the epoch, moved on once a minute (now/next, "live").
    pub now: ReadSignal<i64>,
    /// Whether times show in the visitor's own time zone instead of the event's.
    pub own_zone: ReadSignal<bool>,
    set_own_zone: WriteSignal<bool>,
    /// Ids of the starred sessions of the shown feed's event, in the order starred: read
    /// from storage for that event, derived again when the event or the list changes.
    pub starred: Memo<Vec<String>>,
    /// Moved on each time the visitor changes the starred list (stored already).
    starred_changed: RwSignal<u32>,
    /// The feed shown, whose event the starred list belongs to.
    feed: ShownFeed,
    /// The language chosen in the picker, if the visitor chose one.
    chosen_language: RwSignal<Option<Language>>,
}

/// Where the starred sessions of `feed`'s event are kept.
fn starred_key(feed: &Feed) -> String {
    format!("{STARRED_KEY}{}", feed.event.id)
}

/// The browser's storage; none where pages are rendered at publish time (`render`),
/// which shows every page as a first-time visitor sees it.
fn storage() -> Option<web_sys::Storage> {
    if cfg!(feature = "render") {
        return None;
    }
    window().local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn write(key: &str, value: &str) {
    if let Some(storage) = storage() {
        // Full or refused storage: the choice holds for this visit only.
        let _ = storage.set_item(key, value);
    }
}

impl Visitor {
    /// The visitor's state as stored, for the event of `feed` (the store's), and a clock
    /// that moves on each minute.
    pub fn new(feed: ShownFeed) -> Self {
        let (now, set_now) = signal(intl::now());
        // The clock moves on each minute; not where pages are rendered at publish time.
        #[cfg(not(feature = "render"))]
        set_interval(
            move || {
                let time = intl::now();
                if time / 60 != now.get_untracked() / 60 {
                    set_now.set(time);
                }
            },
            std::time::Duration::from_millis(TICK_MS),
        );
        #[cfg(feature = "render")]
        let _ = (set_now, TICK_MS);
        let (own_zone, set_own_zone) = signal(read(ZONE_KEY).as_deref() == Some(OWN_ZONE));
        let starred_changed = RwSignal::new(0);
        // Read again for each feed (one storage read; the list is compared, so pages
        // hear of it only when it differs, as for another event).
        let starred = Memo::new(move |_| {
            starred_changed.track();
            let stored = feed.with(|feed| read(&starred_key(feed.as_deref()?)));
            starred::from_storage(&stored.unwrap_or_default())
        });
        Visitor {
            now,
            own_zone,
            set_own_zone,
            starred,
            starred_changed,
            feed,
            chosen_language: RwSignal::new(
                read(LANGUAGE_KEY).and_then(|tag| Language::from_tag(&tag)),
            ),
        }
    }

    /// The interface's language: the one chosen in the picker, else the first of the
    /// browser's languages that the portal has, else `feed`'s first language, else
    /// English.
    pub fn language(self, feed: Option<&Feed>) -> Language {
        let browser: Vec<String> = window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|tag| tag.as_string())
            .collect();
        let first = feed.and_then(|feed| feed.event.languages.first());
        i18n::negotiate(
            self.chosen_language.get().map(Language::tag),
            browser.iter().map(String::as_str),
            first.map(String::as_str),
        )
    }

    /// Shows the interface in `language` from now on, and remembers it.
    pub fn choose_language(self, language: Language) {
        self.chosen_language.set(Some(language));
        write(LANGUAGE_KEY, language.tag());
    }

    /// Shows times in the visitor's own zone (`true`) or the event's, and remembers it.
    pub fn choose_own_zone(self, own: bool) {
        self.set_own_zone.set(own);
        write(ZONE_KEY, if own { OWN_ZONE } else { "event" });
    }

    /// The zone times are shown in for `feed`: the visitor's own, or the event's.
    /// (Untracked: pages are rebuilt when the choice changes, see `FeedGate`.)
    pub fn zone(self, feed: &Feed) -> String {
        if self.own_zone.get_untracked() {
            intl::own_zone()
        } else {
            feed.event.timezone.clone()
        }
    }

    /// Whether the session `id` is starred.
    pub fn is_starred(self, id: &str) -> bool {
        self.starred.with(|ids| ids.iter().any(|s| s == id))
    }

    /// Replaces the starred list, and stores it.
    pub fn set_starred(self, ids: Vec<String>) {
        if let Some(key) = self
            .feed
            .with_untracked(|feed| feed.as_deref().map(starred_key))
        {
            write(&key, &starred::to_storage(&ids));
        }
        self.starred_changed.update(|n| *n = n.wrapping_add(1));
    }

    /// Stars the session `id`, or takes its star away.
    pub fn toggle_star(self, id: &str) {
        let mut ids = self.starred.get_untracked();
        starred::toggle(&mut ids, id);
        self.set_starred(ids);
    }
}

/// The visitor's state from context.
pub fn use_visitor() -> Visitor {
    expect_context::<Visitor>()
}
