//! Human-readable feed text: one string, or one string per language.

/// A text field of the feed: `"Opening"` or `{"en": "Opening", "fr": "Ouverture"}`.
///
/// It is plain text: paragraphs are separated by a blank line and nothing in it is markup.
/// The portal renders it with text nodes only, never as HTML.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// One string, in the event's first language.
    Plain(String),
    /// Language tag and string pairs, in the order the feed gave them (never empty).
    Localised(Vec<(String, String)>),
}

/// The text chosen for a reader, with the language it is in when the feed said so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked<'a> {
    /// The language tag of `text`, or `None` for a plain string (the event's language).
    pub lang: Option<&'a str>,
    pub text: &'a str,
}

/// `fr-CA` matches a wanted `fr`, and `fr` matches a wanted `fr-CA`.
fn same_language(tag: &str, wanted: &str) -> bool {
    let primary = |t: &str| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
    tag.eq_ignore_ascii_case(wanted) || primary(tag) == primary(wanted)
}

impl Text {
    /// The best text for readers who want `languages`, most wanted first: for each, an
    /// exact tag, then the same primary language; failing all, the first the feed gave.
    pub fn pick<'a>(&'a self, languages: &[&str]) -> Picked<'a> {
        match self {
            Text::Plain(text) => Picked { lang: None, text },
            Text::Localised(entries) => {
                // Each wanted language in turn, exact tag first, then the same primary.
                let chosen = languages
                    .iter()
                    .find_map(|wanted| {
                        entries
                            .iter()
                            .find(|(tag, _)| tag.eq_ignore_ascii_case(wanted))
                            .or_else(|| entries.iter().find(|(tag, _)| same_language(tag, wanted)))
                    })
                    .or(entries.first());
                match chosen {
                    Some((tag, text)) => Picked {
                        lang: Some(tag),
                        text,
                    },
                    None => Picked {
                        lang: None,
                        text: "",
                    },
                }
            }
        }
    }

    /// Every string of this text, for search and for checks.
    pub fn strings(&self) -> impl Iterator<Item = &str> {
        let (plain, entries) = match self {
            Text::Plain(text) => (Some(text.as_str()), &[][..]),
            Text::Localised(entries) => (None, entries.as_slice()),
        };
        plain
            .into_iter()
            .chain(entries.iter().map(|(_, text)| text.as_str()))
    }
}

/// The first paragraph of `text`, cut to at most `max` characters at a word boundary
/// with "…" when longer: a page's meta description.
pub fn summary(text: &str, max: usize) -> String {
    let first = paragraphs(text).into_iter().next().unwrap_or("");
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    if first.chars().count() <= max {
        return first;
    }
    let mut out = String::new();
    for word in first.split(' ') {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// Splits plain text into paragraphs at blank lines, trimming each; empty ones are dropped.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => {
                start = Some(offset);
                end = offset + line.len();
            }
            (false, Some(_)) => end = offset + line.len(),
            (true, Some(s)) => {
                out.push(text[s..end].trim());
                start = None;
            }
            (true, None) => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(text[s..end].trim());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_is_the_first_paragraph_cut_at_a_word() {
        assert_eq!(summary("Short.\n\nSecond paragraph.", 160), "Short.");
        assert_eq!(summary("  one\n two  ", 160), "one two");
        let long = "word ".repeat(50);
        let cut = summary(&long, 30);
        assert_eq!(cut, "word word word word word word…");
        assert!(cut.chars().count() <= 30);
        assert_eq!(summary("", 160), "");
    }

    fn localised(pairs: &[(&str, &str)]) -> Text {
        Text::Localised(
            pairs
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        )
    }

    #[test]
    fn picks_the_wanted_language_then_falls_back() {
        let text = localised(&[
            ("en", "Agenda"),
            ("fr", "Ordre du jour"),
            ("zh-Hans", "议程"),
        ]);
        assert_eq!(text.pick(&["fr"]).text, "Ordre du jour");
        assert_eq!(text.pick(&["fr"]).lang, Some("fr"));
        assert_eq!(text.pick(&["fr-CA", "en"]).text, "Ordre du jour");
        assert_eq!(text.pick(&["zh"]).text, "议程");
        assert_eq!(text.pick(&["ar", "en"]).text, "Agenda");
        assert_eq!(
            text.pick(&["ar"]).text,
            "Agenda",
            "first given is the last resort"
        );
        let plain = Text::Plain("Agenda".into());
        assert_eq!(
            plain.pick(&["fr"]),
            Picked {
                lang: None,
                text: "Agenda"
            }
        );
    }

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        assert_eq!(
            paragraphs("One\nstill one\n\n  \nTwo\r\n\r\nThree  "),
            vec!["One\nstill one", "Two", "Three"]
        );
        assert!(paragraphs("  \n\n").is_empty());
    }
}
