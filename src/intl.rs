//! Dates and times for people, formatted by the browser's `Intl` in a given time zone.
//!
//! The wasm carries no time-zone database: the browser already has one. Every function
//! here takes the zone to show times in (the event's, by default) and the locale of the
//! interface's language.

use js_sys::{Date as JsDate, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::feed::{Date, DateTime};

/// Formats `ms` (since the epoch) with `Intl` options given as name and value pairs.
fn format(ms: f64, locale: &str, zone: &str, options: &[(&str, &str)]) -> String {
    let object = Object::new();
    let set = |name: &str, value: &str| {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value));
    };
    set("timeZone", zone);
    for (name, value) in options {
        set(name, value);
    }
    let formatted = JsDate::new(&JsValue::from_f64(ms)).to_locale_string(locale, &object);
    formatted.into()
}

/// "Tuesday 2 April 2019" for a calendar date (no zone shift: a date is a date).
pub fn long_date(date: Date, locale: &str) -> String {
    let noon_utc = (date.days_since_epoch() * 86_400 + 12 * 3600) as f64 * 1000.0;
    format(
        noon_utc,
        locale,
        "UTC",
        &[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ],
    )
}

/// "Tuesday 2 April 2019" for the day an instant falls on in `zone`.
pub fn day_of(time: DateTime, locale: &str, zone: &str) -> String {
    format(
        time.unix_ms(),
        locale,
        zone,
        &[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ],
    )
}

/// "15:00" (or "3:00 pm", as the locale prefers) in `zone`.
pub fn time_of_day(time: DateTime, locale: &str, zone: &str) -> String {
    format(
        time.unix_ms(),
        locale,
        zone,
        &[("hour", "numeric"), ("minute", "2-digit")],
    )
}

/// "15:00–15:15" in `zone`.
pub fn time_range(start: DateTime, end: DateTime, locale: &str, zone: &str) -> String {
    format!(
        "{}–{}",
        time_of_day(start, locale, zone),
        time_of_day(end, locale, zone)
    )
}

/// The zone's short name at an instant, such as "GMT-4" or "EDT".
pub fn zone_name(time: DateTime, locale: &str, zone: &str) -> String {
    let full = format(
        time.unix_ms(),
        locale,
        zone,
        &[("timeZoneName", "short"), ("hour", "numeric")],
    );
    full.rsplit(' ').next().unwrap_or(&full).to_owned()
}

/// The current time in seconds since the epoch.
pub fn now() -> i64 {
    (JsDate::now() / 1000.0) as i64
}
