//! The languages an organiser picks from, by name: the six official languages of the
//! United Nations first, then the languages most events add, by tag. The browser names
//! each in itself (`Intl.DisplayNames` in that language: "français", "العربية"); a
//! language the draft has and this list lacks is shown among those picked, by name too.

/// The tags offered, in the order the picker lists them.
pub const OFFERED: &[&str] = &[
    "ar", "zh", "en", "fr", "ru", "es", // the six official languages
    "am", "bn", "ca", "cs", "da", "de", "el", "fa", "fi", "ha", "he", "hi", "hu", "id", "it", "ja",
    "km", "ko", "ms", "nl", "no", "pl", "pt", "ro", "sv", "sw", "th", "tr", "uk", "ur", "vi", "yo",
    "zu",
];

/// The languages to offer beside the draft's `picked` ones: the offered ones not picked.
pub fn to_offer(picked: &[String]) -> Vec<String> {
    OFFERED
        .iter()
        .map(|tag| (*tag).to_owned())
        .filter(|tag| !picked.contains(tag))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{self, Code};

    #[test]
    fn every_offered_language_is_a_tag_the_feed_takes_and_none_is_twice() {
        let tags: Vec<String> = OFFERED.iter().map(|tag| format!("\"{tag}\"")).collect();
        let text = format!(
            r#"{{"updated": "2026-05-01T09:00:00Z", "event": {{"id": "e", "title": "E",
              "start": "2026-06-08", "end": "2026-06-08", "timezone": "UTC",
              "languages": [{}]}}}}"#,
            tags.join(", ")
        );
        let loaded = feed::load(&text);
        let refused: Vec<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::Value)
            .collect();
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(loaded.feed.unwrap().event.languages.len(), OFFERED.len());
        for (i, tag) in OFFERED.iter().enumerate() {
            assert!(!OFFERED[..i].contains(tag), "{tag} twice");
        }
        assert_eq!(OFFERED[..6], ["ar", "zh", "en", "fr", "ru", "es"]);
    }

    #[test]
    fn languages_picked_are_not_offered_again() {
        let offered = to_offer(&["fr".into(), "en".into()]);
        assert!(!offered.contains(&"fr".to_owned()) && !offered.contains(&"en".to_owned()));
        assert_eq!(offered.len(), OFFERED.len() - 2);
    }
}
