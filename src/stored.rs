//! The names under which the visitor's choices are kept in the browser's `localStorage`
//! (src/visitor.rs). The start script (src/web/first-paint.js) reads them too, before the
//! portal runs, to know whether a page rendered at publish time is what this visitor
//! would see: the tests below keep the two in step.

/// The language chosen in the picker (a tag: `ar`, `fr`…).
pub const LANGUAGE_KEY: &str = "event-portal/language";
/// The time-zone choice: [`OWN_ZONE`], or `event`.
pub const ZONE_KEY: &str = "event-portal/zone";
/// The time-zone choice when times show in the visitor's own zone.
pub const OWN_ZONE: &str = "own";
/// The starred sessions, followed by the event's id: their ids, one per line.
pub const STARRED_KEY: &str = "event-portal/starred/";

#[cfg(test)]
mod tests {
    use super::{LANGUAGE_KEY, OWN_ZONE, STARRED_KEY, ZONE_KEY};
    use crate::i18n::Language;

    const START_SCRIPT: &str = include_str!("web/first-paint.js");

    #[test]
    fn the_start_script_reads_the_choices_the_portal_stores() {
        for key in [LANGUAGE_KEY, STARRED_KEY] {
            assert!(
                START_SCRIPT.contains(&format!("\"{key}\"")),
                "first-paint.js does not read the storage key {key:?}"
            );
        }
        assert!(
            START_SCRIPT.contains(&format!(
                "key === \"{ZONE_KEY}\" && localStorage.getItem(key) === \"{OWN_ZONE}\""
            )),
            "first-paint.js does not recognise the own-time-zone choice as the portal stores it"
        );
    }

    #[test]
    fn the_start_script_knows_the_interface_languages() {
        let mut tags: Vec<_> = Language::ALL
            .iter()
            .map(|language| language.tag())
            .collect();
        tags.sort_unstable();
        let list = format!(
            "[{}]",
            tags.iter()
                .map(|tag| format!("\"{tag}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert_eq!(
            START_SCRIPT.matches(&list).count(),
            2,
            "first-paint.js should name the interface languages as {list} where it picks the \
             visitor's language and the event's"
        );
    }
}
