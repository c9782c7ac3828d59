//! The visitor's starred sessions ("My agenda"): kept in the browser's storage, shared as
//! a link.
//!
//! Stored as ids one per line (ids never hold white space); shared as `/my?s=id&s=id`.
//! Ids the feed does not know are kept, not dropped: a session taken out of the
//! programme for a while comes back starred.

use super::filter::encode;

/// The query key of a shared list.
pub const SHARE_KEY: &str = "s";

/// The ids kept in storage, in the order starred, without repeats.
pub fn from_storage(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in text.lines().map(str::trim).filter(|id| !id.is_empty()) {
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    ids
}

/// What [`from_storage`] reads back.
pub fn to_storage(ids: &[String]) -> String {
    ids.join("\n")
}

/// Stars `id`, or takes its star away if it has one.
pub fn toggle(ids: &mut Vec<String>, id: &str) {
    match ids.iter().position(|known| known == id) {
        Some(i) => {
            ids.remove(i);
        }
        None => ids.push(id.to_owned()),
    }
}

/// `?s=a&s=b`: the query of a link to these ids.
pub fn share_query(ids: &[String]) -> String {
    let mut out = String::new();
    for (i, id) in ids.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(SHARE_KEY);
        out.push('=');
        encode(id, &mut out);
    }
    out
}

/// `own` with the ids of `shared` it lacks added after them, in their order.
pub fn import(own: &[String], shared: &[String]) -> Vec<String> {
    let mut ids = own.to_vec();
    for id in shared {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}
