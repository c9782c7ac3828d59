//! Feeds from other tools' exports. Native only: organisers run these on their machine.

pub mod pretalx;
