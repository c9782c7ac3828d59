//! One file per route.

mod agenda;
mod documents;
#[cfg(feature = "preview")]
mod editor;
mod home;
mod my_agenda;
mod not_found;
#[cfg(feature = "preview")]
mod preview;
mod session;
mod speaker;
mod speakers;
mod updates;

pub use agenda::AgendaPage;
pub use documents::DocumentsPage;
#[cfg(feature = "preview")]
pub use editor::{Editor, EditorPage};
pub use home::HomePage;
pub use my_agenda::MyAgendaPage;
pub use not_found::NotFoundPage;
#[cfg(feature = "preview")]
pub use preview::PreviewPage;
pub use session::SessionPage;
pub use speaker::SpeakerPage;
pub use speakers::SpeakersPage;
pub use updates::{UpdateItem, UpdatesPage};
