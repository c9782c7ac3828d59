//! The fields each object of the feed may have (anything else is warned about). The
//! JSON Schema is checked against these lists (`feed::schema`).

pub const FEED: &[&str] = &[
    "$schema",
    "updated",
    "refresh",
    "event",
    "rooms",
    "tracks",
    "speakers",
    "sessions",
    "documents",
    "updates",
];
pub const EVENT: &[&str] = &[
    "id",
    "title",
    "subtitle",
    "description",
    "start",
    "end",
    "timezone",
    "venue",
    "organisers",
    "contact",
    "languages",
    "links",
];
pub const VENUE: &[&str] = &["name", "room", "address", "city", "map"];
pub const ORGANISER: &[&str] = &["name", "url"];
pub const CONTACT: &[&str] = &["email", "url"];
pub const LINK: &[&str] = &["title", "url"];
pub const ROOM: &[&str] = &["id", "name", "description"];
pub const TRACK: &[&str] = &["id", "name", "color"];
pub const SPEAKER: &[&str] = &[
    "id",
    "name",
    "role",
    "organisation",
    "bio",
    "photo",
    "links",
];
pub const SESSION: &[&str] = &[
    "id",
    "title",
    "kind",
    "start",
    "end",
    "room",
    "track",
    "speakers",
    "moderators",
    "abstract",
    "documents",
    "livestream",
    "recording",
    "status",
];
pub const DOCUMENT: &[&str] = &[
    "id",
    "title",
    "kind",
    "url",
    "media_type",
    "bytes",
    "language",
    "published",
    "summary",
];
pub const UPDATE: &[&str] = &["id", "published", "title", "body", "important", "sessions"];
