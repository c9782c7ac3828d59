//! Full-text search over the agenda: accent- and case-insensitive, every word must match.
//!
//! Text is *folded* once (lower case, accents and Arabic vowel marks taken off, the
//! letters that writers use for each other made one) and
//! searched many times, so a keystroke costs a substring test per session, not a
//! re-folding of the programme.

use crate::feed::{Feed, Session, Text};

/// The base letter of each character from U+00C0 to U+017F (Latin-1 and Latin
/// Extended-A), `.` where there is none (the character stays as it is, in lower case).
const LATIN_BASE: &[u8; 192] = b"aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllll..llnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.";

/// Whether `c` is a mark that search ignores: combining diacritics (a decomposed "é")
/// and the Arabic vowel marks (harakat, tatweel).
fn ignored(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Lower case for the scripts of the six UN languages that have case: Latin (with
/// Latin-1 and Latin Extended-A, which [`LATIN_BASE`] folds in either case), Greek and
/// Cyrillic; and the full-width forms of ASCII that Chinese input methods type ("ＡＩ")
/// as ASCII. Written out rather than `char::to_lowercase`, whose Unicode tables would
/// add 15 KB to the wasm.
fn lower(c: char) -> char {
    let c = match c {
        '！'..='～' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    };
    let shift = match c {
        'A'..='Z' | '\u{C0}'..='\u{DE}' | 'Α'..='Ρ' | 'Σ'..='Ϋ' | 'А'..='Я' => 0x20,
        'Ѐ'..='Џ' => 0x50,
        'Ά' => 0x26,
        'Έ'..='Ί' => 0x25,
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
}

/// `text` as search compares it: lower case, accents off ("Pérez" is "perez", "ŁÓDŹ" is
/// "lodz"), "æ", "œ" and "ß" written out, runs of white space as one space. Letters that
/// writers use for one another are made one, as search engines do: Russian "ё" is "е"
/// (most text writes "е"), and in Arabic the alef with hamza or madda is alef, alef
/// maqsura is yeh and teh marbuta is heh (the normalisation of Lucene's Arabic analyser).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().map(lower) {
        if ignored(c) {
            continue;
        }
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        match c {
            'æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'ё' => out.push('е'),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            '\u{C0}'..='\u{17F}' => match LATIN_BASE[c as usize - 0xC0] {
                b'.' => out.push(c),
                base => out.push(base as char),
            },
            c => out.push(c),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The words of a search, folded. An empty list matches everything.
pub fn words(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether every word is in `folded` (a [`haystack`]).
pub fn matches(folded: &str, words: &[String]) -> bool {
    words.iter().all(|word| folded.contains(word.as_str()))
}

fn push(out: &mut String, text: &Text) {
    for string in text.strings() {
        out.push_str(string);
        out.push('\n');
    }
}

/// What a session is found by, folded: its title and abstract, and the names and
/// organisations of its speakers and moderators, in every language the feed gives.
pub fn haystack(feed: &Feed, session: &Session) -> String {
    let mut out = String::new();
    push(&mut out, &session.title);
    if let Some(text) = &session.abstract_text {
        push(&mut out, text);
    }
    for speaker in session
        .speakers
        .iter()
        .chain(&session.moderators)
        .filter_map(|id| feed.speaker(id))
    {
        push(&mut out, &speaker.name);
        if let Some(organisation) = &speaker.organisation {
            push(&mut out, organisation);
        }
    }
    fold(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces() {
        assert_eq!(fold("  Pérez   GARCÍA "), "perez garcia");
        assert_eq!(fold("ŁÓDŹ Ærø Straße œuvre"), "lodz aero strasse oeuvre");
        assert_eq!(fold("Cafe\u{301}"), "cafe", "a decomposed accent");
        assert_eq!(
            fold("Прием ООН ЁЖИК"),
            "прием оон ежик",
            "Cyrillic has case too"
        );
        assert_eq!(
            fold("ΑΘΗΝΑ Άλφα"),
            "αθηνα άλφα",
            "Greek: case, not its accents"
        );
        assert_eq!(fold("ÞÓR Œuvre ÆGIR"), "þor oeuvre aegir");
        assert_eq!(fold("الذَّكَاء"), "الذكاء", "Arabic vowel marks");
        assert_eq!(fold("Алёна ЁЛКА"), "алена елка", "ё is written е");
        assert_eq!(
            fold("إدارة الأمم المتحدة آمنة على مستوى"),
            "اداره الامم المتحده امنه علي مستوي",
            "Arabic alef, teh marbuta and alef maqsura variants"
        );
        assert_eq!(fold("人工智能"), "人工智能");
        assert_eq!(
            fold("ＡＩ　与 ２０１９"),
            "ai 与 2019",
            "full-width forms, ideographic space"
        );
    }

    #[test]
    fn every_word_must_match() {
        let folded = fold("Opening remarks by Irakli Beridze, UNICRI");
        assert!(matches(&folded, &words("")));
        assert!(matches(&folded, &words("unicri")));
        assert!(matches(&folded, &words("  BERIDZE   opening ")));
        assert!(!matches(&folded, &words("beridze closing")));
        assert!(matches(&fold("Sécurité"), &words("securite")));
        assert!(matches(&fold("securite"), &words("Sécurité")));
        // As visitors type: without ё, without hamza, without vowel marks.
        assert!(matches(&fold("Королёв"), &words("королев")));
        assert!(matches(&fold("الأمم المتحدة"), &words("الامم المتحده")));
        assert!(matches(&fold("الذَّكَاء الاصطناعي"), &words("الذكاء")));
    }
}
