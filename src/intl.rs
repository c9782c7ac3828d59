//! Dates and times for people, formatted by the browser's `Intl` in a given time zone.
//!
//! The wasm carries no time-zone database: the browser already has one. Every function
//! here takes the zone to show times in (the event's, by default) and the locale of the
//! interface's language.

use std::cell::RefCell;

use js_sys::{Array, Date as JsDate, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::feed::{Date, DateTime};

/// `Intl.DateTimeFormat` options as name and value pairs, written in the code.
type Options = &'static [(&'static str, &'static str)];

thread_local! {
    /// The `format` functions of the `Intl.DateTimeFormat`s made so far, by options (the
    /// same slice in the code), locale and zone. Making a formatter costs fifty times more
    /// than using one, and an agenda of 2,000 sessions formats 4,000 times (`make bench`).
    static FORMATTERS: RefCell<Vec<(Options, String, Function)>> = const { RefCell::new(Vec::new()) };
}

/// The `format` function of `new Intl.DateTimeFormat(locale, {timeZone, ...options})`, or
/// the exception making it threw (an unknown `timeZone` throws a RangeError). Made through
/// `Reflect`, which catches: a JavaScript exception must never unwind through the wasm.
fn formatter(locale: &str, zone: &str, options: Options) -> Result<Function, JsValue> {
    let key = [locale, zone].join(" ");
    let cached = FORMATTERS.with_borrow(|cache| {
        cache
            .iter()
            .find(|(o, k, _)| std::ptr::eq(*o, options) && *k == key)
            .map(|(_, _, format)| format.clone())
    });
    if let Some(format) = cached {
        return Ok(format);
    }
    let object = Object::new();
    for (name, value) in [("timeZone", zone)].iter().chain(options) {
        Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value))?;
    }
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))?;
    let class: Function = Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))?.dyn_into()?;
    let made = Reflect::construct(&class, &Array::of2(&JsValue::from_str(locale), &object))?;
    // `format` is a getter that returns a function bound to its formatter.
    let format: Function = Reflect::get(&made, &JsValue::from_str("format"))?.dyn_into()?;
    FORMATTERS.with_borrow_mut(|cache| cache.push((options, key, format.clone())));
    Ok(format)
}

/// `ms` (since the epoch) formatted by `Intl` with `locale`, `zone` and `options`.
fn to_locale_string(
    ms: f64,
    locale: &str,
    zone: &str,
    options: Options,
) -> Result<String, JsValue> {
    let format = formatter(locale, zone, options)?;
    let date = JsDate::new(&JsValue::from_f64(ms));
    Ok(format
        .call1(&JsValue::UNDEFINED, &date)?
        .as_string()
        .unwrap_or_default())
}

/// Formats `ms` (since the epoch) in `zone` with `Intl` options given as name and value
/// pairs; in UTC if the browser does not know the zone.
fn format(ms: f64, locale: &str, zone: &str, options: Options) -> String {
    to_locale_string(ms, locale, zone, options)
        .or_else(|_| to_locale_string(ms, locale, "UTC", options))
        .unwrap_or_default()
}

/// Whether the browser knows `name` as a time zone, which is what formatting needs.
pub fn is_time_zone(name: &str) -> bool {
    to_locale_string(0.0, "en", name, &[]).is_ok()
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

/// "15:00" or "04:00" (or "04:00 pm", as the locale prefers) in `zone`.
pub fn time_of_day(time: DateTime, locale: &str, zone: &str) -> String {
    format(
        time.unix_ms(),
        locale,
        zone,
        &[("hour", "2-digit"), ("minute", "2-digit")],
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

/// The UTC offset `zone` had at `ms` (since the epoch), in minutes, as `Intl` knows it.
#[cfg(feature = "preview")]
pub fn offset_minutes(ms: f64, zone: &str) -> Option<i32> {
    let text = to_locale_string(ms, "en-US", zone, &[("timeZoneName", "longOffset")]).ok()?;
    crate::editor::moment::parse_gmt_offset(&text)
}

/// The current time in seconds since the epoch.
pub fn now() -> i64 {
    (JsDate::now() / 1000.0) as i64
}

/// The visitor's own time zone, as the browser knows it (`UTC` if it says none).
pub fn own_zone() -> String {
    let format = js_sys::Intl::DateTimeFormat::new(&Array::new(), &Object::new());
    Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|zone| zone.as_string())
        .unwrap_or_else(|| "UTC".to_owned())
}

/// A language's name in `locale` ("English", "anglais", "الإنجليزية") for its BCP 47
/// `tag`, by `Intl.DisplayNames`; the tag itself if the browser cannot name it.
pub fn language_name(tag: &str, locale: &str) -> String {
    let named = (|| -> Result<String, JsValue> {
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))?;
        let class: Function =
            Reflect::get(&intl, &JsValue::from_str("DisplayNames"))?.dyn_into()?;
        let options = Object::new();
        Reflect::set(
            &options,
            &JsValue::from_str("type"),
            &JsValue::from_str("language"),
        )?;
        let names = Reflect::construct(&class, &Array::of2(&JsValue::from_str(locale), &options))?;
        let of: Function = Reflect::get(&names, &JsValue::from_str("of"))?.dyn_into()?;
        of.call1(&names, &JsValue::from_str(tag))?
            .as_string()
            .ok_or(JsValue::NULL)
    })();
    named.unwrap_or_else(|_| tag.to_owned())
}
