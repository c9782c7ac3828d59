//! Calendar dates and RFC 3339 timestamps, parsed without a time-zone database.
//!
//! The feed writes every instant with its UTC offset (`2019-04-02T15:00:00-04:00`), so an
//! instant is known exactly without knowing the zone's rules. Showing it in a zone is the
//! browser's job (`Intl`, see `src/intl.rs`); this module only parses, compares and
//! groups, and so runs the same natively and in wasm.

use std::fmt;

/// A calendar date (`2019-04-02`), proleptic Gregorian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// An exact instant as the feed wrote it: seconds since the Unix epoch plus the offset the
/// organiser used, so the local wall-clock date and time can be recovered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTime {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix: i64,
    /// Minutes east of UTC that the text was written in (`-04:00` is `-240`).
    pub offset_minutes: i32,
}

/// Why a date or timestamp could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("not a date of the form YYYY-MM-DD")]
    MalformedDate,
    #[error("not a date and time of the form YYYY-MM-DDTHH:MM:SS+HH:MM")]
    MalformedDateTime,
    #[error("has no UTC offset: add one, such as -04:00 or Z")]
    MissingOffset,
    #[error("is not a real calendar date or time")]
    OutOfRange,
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, TimeError> {
        let b = text.as_bytes();
        if !text.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(TimeError::MalformedDate);
        }
        let (Some(year), Some(month), Some(day)) = (
            digits(&text[0..4]),
            digits(&text[5..7]),
            digits(&text[8..10]),
        ) else {
            return Err(TimeError::MalformedDate);
        };
        Self::new(year as i32, month as u8, day as u8).ok_or(TimeError::OutOfRange)
    }

    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Self { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// The next calendar day.
    pub fn next(self) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + 1)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl DateTime {
    /// Reads an RFC 3339 timestamp. The offset is required: a time without one is
    /// ambiguous for an international audience, so it is an error, not a guess.
    pub fn parse(text: &str) -> Result<Self, TimeError> {
        let b = text.as_bytes();
        // Checked first: every slice below is then on a character boundary.
        if !text.is_ascii()
            || b.len() < 19
            || !matches!(b[10], b'T' | b't' | b' ')
            || b[13] != b':'
            || b[16] != b':'
        {
            return Err(TimeError::MalformedDateTime);
        }
        let date = Date::parse(&text[..10]).map_err(|e| match e {
            TimeError::OutOfRange => e,
            _ => TimeError::MalformedDateTime,
        })?;
        let (Some(hour), Some(minute), Some(second)) = (
            digits(&text[11..13]),
            digits(&text[14..16]),
            digits(&text[17..19]),
        ) else {
            return Err(TimeError::MalformedDateTime);
        };
        // Optional fraction of a second, which the portal does not need.
        let mut rest = &text[19..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if len == 0 {
                return Err(TimeError::MalformedDateTime);
            }
            rest = &fraction[len..];
        }
        let offset_minutes = match rest.as_bytes() {
            [] => return Err(TimeError::MissingOffset),
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
                let (Some(h), Some(m)) = (digits(&rest[1..3]), digits(&rest[4..6])) else {
                    return Err(TimeError::MalformedDateTime);
                };
                if h > 23 || m > 59 {
                    return Err(TimeError::OutOfRange);
                }
                let minutes = (h * 60 + m) as i32;
                if *sign == b'-' { -minutes } else { minutes }
            }
            _ => return Err(TimeError::MalformedDateTime),
        };
        if hour > 23 || minute > 59 || second > 60 {
            return Err(TimeError::OutOfRange);
        }
        let local = date.days_since_epoch() * 86_400
            + i64::from(hour) * 3600
            + i64::from(minute) * 60
            + i64::from(second.min(59));
        Ok(Self {
            unix: local - i64::from(offset_minutes) * 60,
            offset_minutes,
        })
    }

    /// Milliseconds since the epoch, as JavaScript's `Date` wants them.
    pub fn unix_ms(self) -> f64 {
        self.unix as f64 * 1000.0
    }

    /// Seconds since the epoch of the wall-clock time the organiser wrote.
    fn local_seconds(self) -> i64 {
        self.unix + i64::from(self.offset_minutes) * 60
    }

    /// The calendar date as written in the feed (in the organiser's offset).
    pub fn local_date(self) -> Date {
        Date::from_days_since_epoch(self.local_seconds().div_euclid(86_400))
    }
}

/// Orders instants by when they happen, whatever offset they were written in.
impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.unix.cmp(&other.unix)
    }
}

/// Writes the instant back as RFC 3339 in its own offset, for `<time datetime>`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.local_seconds();
        let date = Date::from_days_since_epoch(local.div_euclid(86_400));
        let secs = local.rem_euclid(86_400);
        write!(
            f,
            "{date}T{:02}:{:02}:{:02}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )?;
        match self.offset_minutes {
            0 => f.write_str("Z"),
            m => write!(
                f,
                "{}{:02}:{:02}",
                if m < 0 { '-' } else { '+' },
                m.abs() / 60,
                m.abs() % 60
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_offsets_to_the_same_instant() {
        let new_york = DateTime::parse("2019-04-02T15:00:00-04:00").unwrap();
        let utc = DateTime::parse("2019-04-02T19:00:00Z").unwrap();
        assert_eq!(new_york.unix, utc.unix);
        assert_eq!(new_york.unix, 1_554_231_600);
        assert_eq!(new_york.offset_minutes, -240);
        assert_eq!(new_york.to_string(), "2019-04-02T15:00:00-04:00");
        assert_eq!(new_york.local_date(), Date::new(2019, 4, 2).unwrap());
        assert_eq!(utc.to_string(), "2019-04-02T19:00:00Z");
    }

    #[test]
    fn local_date_follows_the_written_offset() {
        let late = DateTime::parse("2019-04-02T23:30:00-04:00").unwrap();
        assert_eq!(late.local_date().to_string(), "2019-04-02");
        let same_instant = DateTime::parse("2019-04-03T03:30:00Z").unwrap();
        assert_eq!(same_instant.local_date().to_string(), "2019-04-03");
        assert_eq!(late.cmp(&same_instant), std::cmp::Ordering::Equal);
    }

    #[test]
    fn rejects_what_is_not_rfc_3339() {
        assert_eq!(
            DateTime::parse("2019-04-02T15:00:00"),
            Err(TimeError::MissingOffset)
        );
        assert_eq!(
            DateTime::parse("2019-04-02 3pm"),
            Err(TimeError::MalformedDateTime)
        );
        assert_eq!(
            DateTime::parse("2019-02-30T10:00:00Z"),
            Err(TimeError::OutOfRange)
        );
        assert_eq!(
            DateTime::parse("2019-04-02T25:00:00Z"),
            Err(TimeError::OutOfRange)
        );
        assert_eq!(
            DateTime::parse("2019-04-02T10:00:00+5"),
            Err(TimeError::MalformedDateTime)
        );
        assert!(DateTime::parse("2019-04-02T10:00:00.250+05:30").is_ok());
        assert_eq!(
            DateTime::parse("2026-05-01T09:00:0é0+02:00"),
            Err(TimeError::MalformedDateTime)
        );
        assert_eq!(Date::parse("2026-05-é1"), Err(TimeError::MalformedDate));
    }

    #[test]
    fn dates_round_trip_through_day_numbers() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2019-04-02",
            "1969-12-31",
            "2100-03-01",
        ] {
            let date = Date::parse(text).unwrap();
            assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), date);
            assert_eq!(date.to_string(), text);
        }
        assert_eq!(Date::parse("1970-01-02").unwrap().days_since_epoch(), 1);
        assert_eq!(Date::parse("2019-02-29"), Err(TimeError::OutOfRange));
        assert_eq!(Date::parse("2019-4-2"), Err(TimeError::MalformedDate));
        assert_eq!(
            Date::parse("2019-12-31").unwrap().next().to_string(),
            "2020-01-01"
        );
    }
}
