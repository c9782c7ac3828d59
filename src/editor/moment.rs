//! Moments as the organiser picks them, in the event's time zone: a day and a time on
//! the wall clock there (`2026-06-02T09:00`, what `<input type="datetime-local">` gives),
//! written in the feed with the UTC offset the zone had then (`2026-06-02T09:00:00+02:00`).
//! The zone's offsets come from the browser (`Intl`); here, only the arithmetic.

use crate::feed::DateTime;

/// The wall-clock part of a feed moment, for the picker: `2026-06-02T09:00`.
pub fn wall_clock(moment: &str) -> Option<&str> {
    DateTime::parse(moment).ok()?;
    moment.get(..16)
}

/// The UTC offset a zone had at an instant, given in milliseconds since the epoch.
pub trait Offsets {
    fn minutes_at(&self, unix_ms: f64) -> Option<i32>;
}

impl<F: Fn(f64) -> Option<i32>> Offsets for F {
    fn minutes_at(&self, unix_ms: f64) -> Option<i32> {
        self(unix_ms)
    }
}

/// `+02:00`, `-04:00`, `Z` for no offset as the feed's examples write it (`+00:00`).
pub fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// An offset as organisers read it beside a time zone: `UTC+02:00`, `UTC−04:00`.
pub fn utc_offset(minutes: i32) -> String {
    format!("UTC{}", offset_text(minutes).replacen('-', "−", 1))
}

/// The feed moment for wall-clock time `local` (`2026-06-02T09:00`) in a zone: with the
/// offset the zone had then. In the hour a clock skips (spring forward) the offset
/// before the change is taken, as the zone's own clocks would read it a moment later;
/// in the hour it repeats, the first (earlier) one.
pub fn in_zone(local: &str, offsets: &impl Offsets) -> Option<String> {
    let local = local.get(..16)?;
    let as_utc = DateTime::parse(&format!("{local}:00Z")).ok()?.unix_ms();
    // A day either side of it, the zone is at the offsets it had before and after any
    // change near the moment; each that gives back this wall-clock time is a reading.
    const DAY: f64 = 86_400_000.0;
    let before = offsets.minutes_at(as_utc - DAY)?;
    let after = offsets.minutes_at(as_utc + DAY)?;
    let reads =
        |offset: i32| offsets.minutes_at(as_utc - f64::from(offset) * 60_000.0) == Some(offset);
    let offset = match (reads(before), reads(after)) {
        // Both (the repeated hour): the earlier instant, the larger offset.
        (true, true) => before.max(after),
        (true, false) => before,
        (false, true) => after,
        // Neither (the skipped hour): as the clocks before the change would read it.
        (false, false) => before,
    };
    Some(format!("{local}:00{}", offset_text(offset)))
}

/// The feed moment of an instant (ms since the epoch) in a zone at `offset` minutes
/// from UTC then, to the minute: `2026-06-02T09:00:00+02:00`.
pub fn at(unix_ms: f64, offset: i32) -> String {
    let minutes = (unix_ms / 60_000.0).floor() as i64 + i64::from(offset);
    let (days, minute) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let date = crate::feed::Date::from_days_since_epoch(days);
    format!(
        "{date}T{:02}:{:02}:00{}",
        minute / 60,
        minute % 60,
        offset_text(offset)
    )
}

/// The offset in a formatted `Intl` date with `timeZoneName: "longOffset"`:
/// `4/2/2019, GMT-04:00` is -240 minutes; `GMT` alone is 0.
pub fn parse_gmt_offset(formatted: &str) -> Option<i32> {
    let after = &formatted[formatted.rfind("GMT")? + 3..];
    let after = after.trim();
    if after.is_empty() {
        return Some(0);
    }
    let sign = match after.as_bytes()[0] {
        b'+' => 1,
        b'-' | 0xe2 => -1,
        _ => return None,
    };
    let digits: String = after.chars().skip(1).filter(char::is_ascii_digit).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    Some(sign * (hours * 60 + minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offset_reads_as_utc_plus_or_minus() {
        assert_eq!(utc_offset(120), "UTC+02:00");
        assert_eq!(utc_offset(-240), "UTC−04:00");
        assert_eq!(utc_offset(330), "UTC+05:30");
    }

    /// New York in 2019: EST (-5) until 10 March 07:00 UTC, then EDT (-4) until
    /// 3 November 06:00 UTC.
    fn new_york(ms: f64) -> Option<i32> {
        let spring = DateTime::parse("2019-03-10T07:00:00Z").unwrap().unix_ms();
        let autumn = DateTime::parse("2019-11-03T06:00:00Z").unwrap().unix_ms();
        Some(if ms >= spring && ms < autumn {
            -240
        } else {
            -300
        })
    }

    #[test]
    fn a_wall_clock_time_gets_the_zones_offset_then() {
        assert_eq!(
            in_zone("2019-04-02T15:00", &new_york).as_deref(),
            Some("2019-04-02T15:00:00-04:00")
        );
        assert_eq!(
            in_zone("2019-01-15T09:30", &new_york).as_deref(),
            Some("2019-01-15T09:30:00-05:00")
        );
        assert_eq!(
            in_zone("2019-04-02T15:00", &|_| Some(330)).as_deref(),
            Some("2019-04-02T15:00:00+05:30")
        );
        assert_eq!(
            in_zone("2019-04-02T15:00", &|_| Some(0)).as_deref(),
            Some("2019-04-02T15:00:00+00:00")
        );
        assert_eq!(in_zone("not a time", &new_york), None);
    }

    #[test]
    fn around_a_clock_change_the_moment_is_one_the_zone_had() {
        // 01:30 on 3 November happens twice: the first (EDT) is taken.
        assert_eq!(
            in_zone("2019-11-03T01:30", &new_york).as_deref(),
            Some("2019-11-03T01:30:00-04:00")
        );
        // 02:30 on 10 March never happens; read with the offset before the change.
        assert_eq!(
            in_zone("2019-03-10T02:30", &new_york).as_deref(),
            Some("2019-03-10T02:30:00-05:00")
        );
        // East of Greenwich too: Paris repeats 02:30 on 27 October 2019; the first is CEST.
        let paris = |ms: f64| {
            let autumn = DateTime::parse("2019-10-27T01:00:00Z").unwrap().unix_ms();
            Some(if ms < autumn { 120 } else { 60 })
        };
        assert_eq!(
            in_zone("2019-10-27T02:30", &paris).as_deref(),
            Some("2019-10-27T02:30:00+02:00")
        );
        assert_eq!(
            in_zone("2019-10-27T03:30", &paris).as_deref(),
            Some("2019-10-27T03:30:00+01:00")
        );
        // The hours either side are exact.
        assert_eq!(
            in_zone("2019-03-10T01:30", &new_york).as_deref(),
            Some("2019-03-10T01:30:00-05:00")
        );
        assert_eq!(
            in_zone("2019-03-10T03:30", &new_york).as_deref(),
            Some("2019-03-10T03:30:00-04:00")
        );
    }

    #[test]
    fn the_picker_shows_the_wall_clock_the_feed_wrote() {
        assert_eq!(
            wall_clock("2019-04-02T15:00:00-04:00"),
            Some("2019-04-02T15:00")
        );
        assert_eq!(wall_clock("15:00"), None);
    }

    #[test]
    fn an_instant_is_written_on_the_zones_clock() {
        let ms = DateTime::parse("2019-04-02T19:05:30Z").unwrap().unix_ms();
        assert_eq!(at(ms, -240), "2019-04-02T15:05:00-04:00");
        assert_eq!(at(ms, 330), "2019-04-03T00:35:00+05:30");
        assert_eq!(
            DateTime::parse(&at(ms, 60)).unwrap().unix_ms(),
            ms - 30_000.0
        );
    }

    #[test]
    fn offsets_read_from_intl() {
        assert_eq!(parse_gmt_offset("4/2/2019, GMT-04:00"), Some(-240));
        assert_eq!(parse_gmt_offset("4/2/2019, GMT+05:30"), Some(330));
        assert_eq!(parse_gmt_offset("4/2/2019, GMT"), Some(0));
        assert_eq!(parse_gmt_offset("4/2/2019"), None);
    }
}
