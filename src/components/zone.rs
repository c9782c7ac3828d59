//! Which time zone the times are in, and the switch to the visitor's own.

use leptos::prelude::*;

use super::use_messages;
use crate::feed::DateTime;
use crate::i18n::zone_place;
use crate::intl;
use crate::visitor::use_visitor;

/// "Times are New York time (GMT-4)." and, when the visitor's own zone is another than
/// the event's, a toggle button that shows every time in it instead (remembered).
#[component]
pub fn ZoneNote(
    /// The zone times are shown in now.
    zone: String,
    /// The event's zone.
    event_zone: String,
    /// An instant of the programme, for the zone's short name then (summer or winter).
    at: DateTime,
) -> impl IntoView {
    let m = use_messages();
    let visitor = use_visitor();
    let note = m.times_in_zone(&zone_place(&zone), &intl::zone_name(at, m.locale, &zone));
    let own = intl::own_zone();
    let switch = (own != event_zone).then(|| {
        let pressed = move || {
            if visitor.own_zone.get() {
                "true"
            } else {
                "false"
            }
        };
        view! {
            <button type="button" class="button button-small button-quiet" aria-pressed=pressed
                on:click=move |_| visitor.choose_own_zone(!visitor.own_zone.get_untracked())>
                {m.show_own_zone(&zone_place(&own))}
            </button>
        }
    });
    view! { <p class="zone-note">{note}" "{switch}</p> }
}
