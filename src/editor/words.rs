//! The editor's words in the portal's six languages: `src/editor/words/<tag>.json`.
//!
//! Organisers' words stay out of the visitors' catalogues (`public/i18n/`), which are
//! compiled into, or downloaded by, every visitor's portal: the editor's own bundle
//! carries them, all six (each is read when first used). A catalogue is refused whole
//! when a key is missing (the native tests read all six); `{name}` in a message is
//! filled in by [`fill`].

use crate::feed::json::{self, Node};
use crate::i18n::Language;

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// Declares the messages: each key is a field of [`Words`].
macro_rules! words {
    ($( $key:ident, )*) => {
        /// The editor's messages in one language.
        pub struct Words {
            /// The language tag.
            pub lang: &'static str,
            /// Field labels, by the field's name in the feed.
            fields: Vec<(&'static str, &'static str)>,
            $( pub $key: &'static str, )*
        }

        /// Every message key, in catalogue order.
        pub const KEYS: &[&str] = &[$( stringify!($key), )*];

        impl Words {
            /// Reads a catalogue; the first missing key when one is.
            pub fn read(text: &str) -> Result<Words, String> {
                let root = json::parse(text).map_err(|error| error.to_string())?;
                let string = |node: &Node, key: &str| {
                    node.get(key)
                        .and_then(Node::as_str)
                        .map(leak)
                        .ok_or_else(|| format!("`{key}` is missing"))
                };
                let messages = root.get("messages").ok_or("`messages` is missing")?;
                let fields = match &root.get("fields").ok_or("`fields` is missing")?.value {
                    json::Value::Object(fields) => fields
                        .iter()
                        .filter_map(|f| Some((leak(&f.name), leak(f.value.as_str()?))))
                        .collect(),
                    _ => return Err("`fields` is not an object".into()),
                };
                Ok(Words {
                    lang: string(&root, "lang")?,
                    fields,
                    $( $key: string(messages, stringify!($key))?, )*
                })
            }
        }
    };
}

words! {
    title,
    intro,
    open_heading,
    open_published,
    open_file,
    open_new,
    open_drop,
    opened,
    open_failed,
    draft_found,
    draft_untitled,
    draft_restore,
    draft_discard,
    draft_kept,
    undo,
    redo,
    save,
    save_download,
    saved,
    save_changed_on_disk,
    save_over,
    site_download,
    site_preparing,
    site_rendering,
    site_ready,
    site_missing,
    site_no_address,
    site_errors,
    site_failed,
    preview,
    back_to_editor,
    section_feed,
    section_event,
    section_sessions,
    section_speakers,
    section_rooms,
    section_tracks,
    section_documents,
    section_updates,
    section_languages,
    section_changes,
    problems,
    problems_none,
    problems_count,
    error,
    warning,
    go_to,
    search,
    add,
    duplicate,
    delete,
    delete_confirm,
    delete_used,
    keep,
    move_up,
    move_down,
    shown,
    show_more,
    used_in,
    used_nowhere,
    untitled,
    edit_entry,
    one_text,
    per_language,
    none,
    pick,
    remove,
    offset_note,
    id_renamed,
    id_taken,
    coverage_line,
    coverage_complete,
    coverage_filter,
    coverage_all,
    changes_none,
    changes_new_event,
    changes_draft,
    changes_drafted,
    update_title,
    session_added,
    session_removed,
    session_moved,
    session_changed_room,
    session_retitled,
    session_cancelled,
    session_restored,
    session_changed,
    speaker_added,
    speaker_removed,
    speaker_changed,
    document_added,
    document_removed,
    document_changed,
    update_added,
    update_removed,
    update_changed,
    confirmed,
    cancelled,
    from_file,
    raise_pick,
    side_by_side,
    text_missing,
    zone_offset,
    section_schedule,
    schedule_help,
    schedule_no_room,
    schedule_moved,
    schedule_clash,
    schedule_by_time,
    schedule_none,
    schedule_untitled,
    languages_note,
    problem_severity,
    problem_at,
    problem_file,
    problem_entry,
    problem_entry_untitled,
    kind_sessions,
    kind_speakers,
    kind_rooms,
    kind_tracks,
    kind_documents,
    kind_updates,
    problem_syntax,
    problem_syntax_help,
    problem_type,
    problem_type_help,
    problem_missing,
    problem_missing_help,
    problem_empty,
    problem_empty_help,
    problem_value,
    problem_value_id,
    problem_value_language,
    problem_value_email,
    problem_value_colour,
    problem_value_media,
    problem_value_choice,
    problem_value_help,
    problem_unknown_field,
    problem_unknown_field_help,
    problem_duplicate_field,
    problem_duplicate_field_help,
    problem_duplicate_id,
    problem_duplicate_id_help,
    problem_unknown_reference,
    problem_left_out,
    problem_unknown_reference_help,
    problem_bad_time,
    problem_bad_time_help,
    problem_missing_offset,
    problem_missing_offset_help,
    problem_end_before_start,
    problem_end_before_start_help,
    problem_outside_event,
    problem_outside_event_help,
    problem_unknown_time_zone,
    problem_unknown_time_zone_help,
    problem_refresh_range,
    problem_refresh_range_help,
    problem_unsafe_url,
    problem_unsafe_url_help,
    problem_escaping_url,
    problem_escaping_url_help,
    problem_bad_url,
    problem_bad_url_help,
    problem_room_clash,
    problem_room_clash_help,
    problem_speaker_clash,
    problem_speaker_clash_help,
    problem_unreferenced_speaker,
    problem_unreferenced_document,
    problem_unreferenced_help,
    problem_no_speakers,
    problem_no_speakers_help,
    problem_no_bio,
    problem_no_bio_help,
    problem_overnight,
    problem_overnight_help,
    problem_offset_change,
    problem_offset_change_help,
    problem_missing_file,
    problem_missing_file_help,
    problem_large_photo,
    problem_large_photo_help,
    problem_size_mismatch,
    problem_size_mismatch_help,
}

impl Words {
    /// The label of field `name` (its name itself when the catalogue has none).
    pub fn field(&self, name: &'static str) -> &'static str {
        self.fields
            .iter()
            .find(|(key, _)| *key == name)
            .map_or(name, |(_, label)| label)
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The catalogue's text for `language`.
pub fn text(language: Language) -> &'static str {
    match language {
        Language::Arabic => include_str!("words/ar.json"),
        Language::Chinese => include_str!("words/zh.json"),
        Language::English => include_str!("words/en.json"),
        Language::French => include_str!("words/fr.json"),
        Language::Russian => include_str!("words/ru.json"),
        Language::Spanish => include_str!("words/es.json"),
    }
}

thread_local! {
    static READ: std::cell::RefCell<Vec<(Language, &'static Words)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The editor's words in `language` (English if its catalogue were refused; the tests
/// make sure none is).
pub fn words(language: Language) -> &'static Words {
    if let Some(words) =
        READ.with_borrow(|read| read.iter().find(|(l, _)| *l == language).map(|(_, w)| *w))
    {
        return words;
    }
    let words = Words::read(text(language))
        .or_else(|_| Words::read(text(Language::English)))
        .expect("the English catalogue is read by the tests");
    let words: &'static Words = Box::leak(Box::new(words));
    READ.with_borrow_mut(|read| read.push((language, words)));
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::form::{self, Input, Spec};

    const ALL: [Language; 6] = [
        Language::Arabic,
        Language::Chinese,
        Language::English,
        Language::French,
        Language::Russian,
        Language::Spanish,
    ];

    fn names(specs: &[Spec], out: &mut Vec<&'static str>) {
        for spec in specs {
            out.push(spec.name);
            if let Input::Group(inner) | Input::List(inner) = spec.input {
                names(inner, out);
            }
        }
    }

    #[test]
    fn every_catalogue_has_every_message_and_a_label_for_every_field() {
        let mut fields = Vec::new();
        names(form::FEED, &mut fields);
        names(form::EVENT, &mut fields);
        for section in form::SECTIONS {
            names(section.fields, &mut fields);
        }
        for language in ALL {
            let words = Words::read(text(language)).unwrap_or_else(|e| panic!("{language:?}: {e}"));
            assert_eq!(words.lang, language.tag());
            for name in &fields {
                assert!(
                    words.fields.iter().any(|(key, _)| key == name),
                    "{}: no label for `{name}`",
                    words.lang
                );
            }
        }
    }

    #[test]
    fn every_placeholder_of_english_is_in_every_translation() {
        let placeholders = |text: &str| {
            let mut found: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            found.sort();
            found
        };
        let english = Words::read(text(Language::English)).unwrap();
        let english_root = json::parse(text(Language::English)).unwrap();
        let messages = english_root.get("messages").unwrap();
        for language in ALL {
            let root = json::parse(text(language)).unwrap();
            let theirs = root.get("messages").unwrap();
            for key in KEYS {
                let ours = messages.get(key).and_then(Node::as_str).unwrap();
                let translated = theirs.get(key).and_then(Node::as_str).unwrap();
                assert_eq!(
                    placeholders(ours),
                    placeholders(translated),
                    "{language:?} `{key}`"
                );
            }
        }
        assert_eq!(
            fill(english.shown, &[("shown", "3"), ("n", "7")]),
            "3 of 7 shown"
        );
    }
}
