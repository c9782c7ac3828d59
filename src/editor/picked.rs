//! A list of picks in the order the organiser gives it: a session's speakers, the event's
//! languages (the first is the event's own). Picking adds at the end, once; removing
//! takes one out; raising moves one up a place.

/// `list` with `item` added at the end, unless it is there already.
pub fn add(list: &[String], item: &str) -> Vec<String> {
    let mut out = list.to_vec();
    if !item.is_empty() && !out.iter().any(|picked| picked == item) {
        out.push(item.to_owned());
    }
    out
}

/// `list` without `item`.
pub fn remove(list: &[String], item: &str) -> Vec<String> {
    list.iter()
        .filter(|picked| *picked != item)
        .cloned()
        .collect()
}

/// `list` with `item` one place earlier (the first stays first).
pub fn raise(list: &[String], item: &str) -> Vec<String> {
    let mut out = list.to_vec();
    if let Some(at) = out.iter().position(|picked| picked == item)
        && at > 0
    {
        out.swap(at - 1, at);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| (*item).to_owned()).collect()
    }

    #[test]
    fn picking_adds_at_the_end_once() {
        assert_eq!(add(&list(&["fr"]), "en"), list(&["fr", "en"]));
        assert_eq!(add(&list(&["fr", "en"]), "fr"), list(&["fr", "en"]));
        assert_eq!(add(&list(&["fr"]), ""), list(&["fr"]));
    }

    #[test]
    fn removing_takes_only_that_one_out() {
        assert_eq!(
            remove(&list(&["fr", "en", "es"]), "en"),
            list(&["fr", "es"])
        );
        assert_eq!(remove(&list(&["fr"]), "ar"), list(&["fr"]));
    }

    #[test]
    fn raising_moves_one_place_up_and_the_first_stays() {
        assert_eq!(
            raise(&list(&["fr", "en", "es"]), "es"),
            list(&["fr", "es", "en"])
        );
        assert_eq!(raise(&list(&["fr", "en"]), "en"), list(&["en", "fr"]));
        assert_eq!(raise(&list(&["fr", "en"]), "fr"), list(&["fr", "en"]));
    }
}
