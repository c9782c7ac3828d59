//! The feed layer reads top-down: `src/feed` imports nothing from above it (no
//! `export`, no pages), its leaves import nothing of the crate, and the parser imports
//! only leaves. Read from the source, so an import that breaks the order fails here
//! before anyone has to find the circle by hand.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
    out
}

/// The modules of the crate a file's code names: `crate::x::…` and `super::x` paths
/// (comments and doc links left out).
fn named(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for word in ["crate::", "super::"] {
        for (at, _) in code.match_indices(word) {
            let rest = &code[at..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            out.push(rest[..end].trim_end_matches(':').to_owned());
        }
    }
    out
}

fn feed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/feed")
}

#[test]
fn nothing_in_the_feed_layer_imports_from_above_it() {
    let sources = sources(&feed());
    assert!(sources.len() > 15, "{}", sources.len());
    for (path, text) in &sources {
        for name in named(text) {
            if let Some(rest) = name.strip_prefix("crate::") {
                assert!(
                    rest.starts_with("feed"),
                    "{} reaches up to crate::{rest}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_leaves_import_nothing_of_the_crate_and_the_parser_only_leaves() {
    for leaf in ["position.rs", "sentence.rs", "order.rs", "json/write.rs"] {
        let text = std::fs::read_to_string(feed().join(leaf)).unwrap();
        // Their own tests may name what they test (`use super::*`).
        let code = text.split("#[cfg(test)]").next().unwrap();
        assert_eq!(named(code), Vec::<String>::new(), "{leaf}");
    }
    let parser = std::fs::read_to_string(feed().join("json/mod.rs")).unwrap();
    let code = parser.split("#[cfg(test)]").next().unwrap();
    for name in named(code) {
        assert!(
            ["super::position", "super::sentence"]
                .iter()
                .any(|leaf| name.starts_with(leaf)),
            "the parser depends on {name}"
        );
    }
}
