//! The values a feed's fields hold, each checked: strings, ids, texts in one or more
//! languages, language tags, dates and times, links, e-mail addresses, colours, media
//! types, time zones, numbers and words from a list. Each reports what is wrong with
//! it where it is, and reads as `None`.

use super::{Path, Reader, key};
use crate::feed::diagnostic::Code;
use crate::feed::json::{Node, Value};
use crate::feed::sentence::sentence;
use crate::feed::text::Text;
use crate::feed::time::{Date, DateTime, TimeError};
use crate::feed::url::{self, UrlProblem};

/// The IANA names the validator knows, one a line (see `scripts/gen-time-zones.sh`).
const TIME_ZONES: &str = include_str!("../time_zones.txt");

/// Whether `name` is an IANA time-zone name.
pub fn is_time_zone(name: &str) -> bool {
    TIME_ZONES.lines().any(|zone| zone == name)
}

/// A BCP 47 tag of the simple shape used on the web: `en`, `zh-Hans`, `es-419`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl Reader<'_> {
    pub(super) fn string(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        match &value.value {
            Value::String(s) if s.trim().is_empty() => {
                self.error(Code::Empty, value.position, path, "is empty");
                None
            }
            Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong_type(value, path, "a string");
                None
            }
        }
    }

    /// A string that `valid` accepts; otherwise a `code` error that says, with `not`,
    /// what it is not. (Function pointers, so that every such field shares one copy.)
    fn checked(
        &mut self,
        value: &Node,
        path: &Path<'_>,
        code: Code,
        valid: fn(&str) -> bool,
        not: fn(&str) -> String,
    ) -> Option<String> {
        let text = self.string(value, path)?;
        if !valid(&text) {
            self.error(code, value.position, path, not(&text));
            return None;
        }
        Some(text)
    }

    /// An id: a non-empty string without spaces or `/` (ids appear in URLs).
    pub(super) fn id(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let id = self.string(value, path)?;
        if id
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '/' | '?' | '#' | '%'))
        {
            self.error(Code::Value, value.position,
                path,
                sentence!("the id `{id}` may not contain spaces, /, ?, # or %; use letters, digits, - and _"),
            );
            return None;
        }
        Some(id)
    }

    pub(super) fn text(&mut self, value: &Node, path: &Path<'_>) -> Option<Text> {
        match &value.value {
            Value::Object(fields) => {
                let mut entries = Vec::with_capacity(fields.len());
                for field in fields {
                    let (tag, text) = (&field.name, &field.value);
                    let text_path = key(path, tag);
                    if !is_language_tag(tag) {
                        self.error(
                            Code::Value,
                            field.position,
                            &text_path,
                            sentence!("`{tag}` is not a language tag such as en, fr or zh-Hans"),
                        );
                    } else if let Some(text) = self.string(text, &text_path) {
                        entries.push((tag.clone(), text));
                    }
                }
                if entries.is_empty() {
                    self.error(
                        Code::Empty,
                        value.position,
                        path,
                        "has no text in any language",
                    );
                    return None;
                }
                Some(Text::Localised(entries))
            }
            Value::String(_) => self.string(value, path).map(Text::Plain),
            _ => {
                self.wrong_type(value, path, "a string or a map from language to string");
                None
            }
        }
    }

    pub(super) fn language(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.checked(value, path, Code::Value, is_language_tag, |tag| {
            sentence!("`{tag}` is not a language tag such as en, fr or zh-Hans")
        })
    }

    pub(super) fn date(&mut self, value: &Node, path: &Path<'_>) -> Option<Date> {
        let text = self.string(value, path)?;
        match Date::parse(&text) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(
                    Code::BadTime,
                    value.position,
                    path,
                    sentence!("`{text}` {e}"),
                );
                None
            }
        }
    }

    pub(super) fn date_time(&mut self, value: &Node, path: &Path<'_>) -> Option<DateTime> {
        let text = self.string(value, path)?;
        match DateTime::parse(&text) {
            Ok(time) => Some(time),
            Err(e) => {
                let code = match e {
                    TimeError::MissingOffset => Code::MissingOffset,
                    _ => Code::BadTime,
                };
                self.error(code, value.position, path, sentence!("`{text}` {e}"));
                None
            }
        }
    }

    /// A date, or a date-time of which the date is kept.
    pub(super) fn date_or_date_time(&mut self, value: &Node, path: &Path<'_>) -> Option<Date> {
        match &value.value {
            Value::String(s) if s.len() > 10 => {
                self.date_time(value, path).map(DateTime::local_date)
            }
            _ => self.date(value, path),
        }
    }

    pub(super) fn url(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let text = self.string(value, path)?;
        match url::check(&text) {
            Ok(_) => Some(text),
            Err(problem) => {
                let code = match problem {
                    UrlProblem::Scheme(_) => Code::UnsafeUrl,
                    UrlProblem::EscapesSite => Code::EscapingUrl,
                    _ => Code::BadUrl,
                };
                self.error(
                    code,
                    value.position,
                    path,
                    sentence!("the link `{text}` {problem}"),
                );
                None
            }
        }
    }

    pub(super) fn email(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let valid = |text: &str| {
            text.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !text.contains(char::is_whitespace)
            })
        };
        self.checked(value, path, Code::Value, valid, |text| {
            sentence!("`{text}` is not an e-mail address")
        })
    }

    pub(super) fn boolean(&mut self, value: &Node, path: &Path<'_>) -> Option<bool> {
        match &value.value {
            Value::Bool(b) => Some(*b),
            _ => {
                self.wrong_type(value, path, "true or false");
                None
            }
        }
    }

    pub(super) fn whole_number(&mut self, value: &Node, path: &Path<'_>) -> Option<u64> {
        match value.as_u64() {
            Some(n) => Some(n),
            None => {
                self.wrong_type(value, path, "a whole number of 0 or more");
                None
            }
        }
    }

    /// One of `words`, returned as its position.
    pub(super) fn one_of(
        &mut self,
        value: &Node,
        path: &Path<'_>,
        words: &[&str],
    ) -> Option<usize> {
        let text = self.string(value, path)?;
        let found = words.iter().position(|w| *w == text);
        if found.is_none() {
            self.error(
                Code::Value,
                value.position,
                path,
                sentence!("`{text}` is not one of {}", words.join(", ")),
            );
        }
        found
    }

    pub(super) fn time_zone(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        self.checked(
            value,
            path,
            Code::UnknownTimeZone,
            self.is_time_zone,
            |name| {
                sentence!(
                    "`{name}` is not an IANA time zone such as America/New_York or Europe/Zurich"
                )
            },
        )
    }

    pub(super) fn color(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let valid = |text: &str| {
            let hex = text.strip_prefix('#').unwrap_or("");
            matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
        };
        self.checked(value, path, Code::Value, valid, |text| {
            sentence!("`{text}` is not a colour such as #1a6fb0")
        })
    }

    pub(super) fn media_type(&mut self, value: &Node, path: &Path<'_>) -> Option<String> {
        let valid = |text: &str| {
            text.split_once('/').is_some_and(|(kind, sub)| {
                !kind.is_empty() && !sub.is_empty() && !text.contains(char::is_whitespace)
            })
        };
        self.checked(value, path, Code::Value, valid, |text| {
            sentence!("`{text}` is not a media type such as application/pdf")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_time_zones() {
        assert!(is_time_zone("America/New_York"));
        assert!(is_time_zone("Europe/Geneva") || is_time_zone("Europe/Zurich"));
        assert!(is_time_zone("UTC"));
        assert!(!is_time_zone("America/Gotham"));
        assert!(!is_time_zone("america/new_york"));
    }

    #[test]
    fn knows_language_tags() {
        for tag in ["en", "ar", "zh-Hans", "es-419", "fr-CA"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "e", "english", "en_US", "en-", "1e"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
