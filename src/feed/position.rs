//! Where something is in a feed's text. A leaf: the parser, the model and the
//! diagnostics all point with these, and depend on nothing else for it.

use std::fmt;

/// A place in the text: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Where an entry stands in the file: its position in its list and its line and
/// column, for tools that point at it after reading (see [`crate::feed::lint`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Source {
    pub index: usize,
    pub position: Position,
}

/// Where an entry sits in the file is not what it is: an entry's hash (the key of its
/// item in a list, `agenda::keys`) leaves it out, so that an entry moved by an edit
/// above it is not built anew.
impl std::hash::Hash for Source {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}
