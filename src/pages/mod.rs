//! One file per route.

mod agenda;
mod documents;
mod home;
mod not_found;
mod session;
mod speaker;
mod speakers;
mod updates;

pub use agenda::AgendaPage;
pub use documents::DocumentsPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use session::SessionPage;
pub use speaker::SpeakerPage;
pub use speakers::SpeakersPage;
pub use updates::{UpdateItem, UpdatesPage};
