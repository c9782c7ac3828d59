//! The words of a problem, only where they are read. A leaf: the parser and the checks
//! both write their sentences with it.

/// A diagnostic's sentence, written like `format!`. Without the `sentences` feature (the
/// visitors' bundle) it is empty and its arguments are never formatted, so the wasm
/// carries neither the words nor the formatting: see `sentences` in Cargo.toml.
macro_rules! sentence {
    ($($arg:tt)*) => {{
        #[cfg(feature = "sentences")]
        let sentence = format!($($arg)*);
        // The arguments are still named (no unused variables), never formatted.
        #[cfg(not(feature = "sentences"))]
        let sentence = {
            let _ = format_args!($($arg)*);
            String::new()
        };
        sentence
    }};
}
pub(crate) use sentence;
