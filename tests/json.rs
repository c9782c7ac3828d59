//! The feed's JSON parser agrees with serde_json on what is JSON and what it says, and
//! never panics, whatever the input.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;

use event_portal::feed::json::{self, Node, Value};

fn to_serde(node: &Node) -> serde_json::Value {
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(text) => serde_json::from_str(text).expect("a number serde_json reads"),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(fields) => {
            let mut map = serde_json::Map::new();
            for field in fields {
                map.insert(field.name.clone(), to_serde(&field.value));
            }
            serde_json::Value::Object(map)
        }
    }
}

/// Both parsers accept or both reject, and what they accept they read the same.
fn agree(text: &str) {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => assert_eq!(&to_serde(ours), theirs, "{text:?}"),
        (Err(_), Err(_)) => {}
        // serde_json also stops at 128 levels; we stop at 64, which feeds never reach.
        (Err(e), Ok(_)) if e.message.contains("nests too deeply") => {}
        _ => panic!(
            "disagree on {text:?}: ours {:?}, serde_json {:?}",
            ours.as_ref().map(|_| ()),
            theirs.as_ref().map(|_| ())
        ),
    }
}

fn corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![fs::read_to_string(root.join("public/event.json")).unwrap()];
    for kind in ["good", "bad"] {
        for entry in fs::read_dir(root.join("tests/fixtures").join(kind)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                texts.push(fs::read_to_string(path).unwrap());
            }
        }
    }
    texts
}

#[test]
fn agrees_with_serde_json_on_edge_cases() {
    let cases = [
        "null",
        "true",
        "false",
        "0",
        "-0",
        "1.5e-7",
        "-12.25E+3",
        "\"\"",
        "[]",
        "{}",
        "[1,2,[3,{\"a\":[]}]]",
        "{\"a\":1,\"a\":2}",
        "\"\\u00e9\\ud83d\\ude00\\n\\t\\\"\\\\\\/\"",
        " \n\t{ \"x\" : [ ] } \r\n",
        "\"é 中文 العربية\"",
        // Not JSON:
        "",
        " ",
        "{",
        "}",
        "[1,]",
        "{\"a\":1,}",
        "{a:1}",
        "{'a':1}",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "+1",
        "NaN",
        "Infinity",
        "tru",
        "nul",
        "\"\\x\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"a\nb\"",
        "\"tab\there\"",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":}",
        "\"unterminated",
        "[] []",
        "{\"a\":1}}",
        "\u{feff}{}",
    ];
    for case in cases {
        agree(case);
    }
}

#[test]
fn agrees_with_serde_json_on_every_fixture() {
    for text in corpus() {
        agree(&text);
    }
}

/// A small deterministic fuzzer: thousands of mutations of real feeds (bytes deleted,
/// duplicated, replaced by JSON's special characters), each checked against serde_json.
#[test]
fn agrees_with_serde_json_on_mutated_feeds() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |bound: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % bound as u64) as usize
    };
    const SPECIAL: &[&str] = &[
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "0", "-", "e", "\n", " ", "null", "é",
    ];
    for text in corpus() {
        for _ in 0..400 {
            let mut mutated = text.clone();
            for _ in 0..1 + next(3) {
                let mut at = next(mutated.len().max(1));
                while !mutated.is_char_boundary(at) {
                    at -= 1;
                }
                match next(3) {
                    0 => {
                        let mut end = (at + 1 + next(8)).min(mutated.len());
                        while !mutated.is_char_boundary(end) {
                            end += 1;
                        }
                        mutated.replace_range(at..end, "");
                    }
                    1 => mutated.insert_str(at, SPECIAL[next(SPECIAL.len())]),
                    _ => {
                        let end = (at + next(40)).min(mutated.len());
                        let mut end = end;
                        while !mutated.is_char_boundary(end) {
                            end -= 1;
                        }
                        let copy = mutated[at.min(end)..end].to_owned();
                        mutated.insert_str(end, &copy);
                    }
                }
            }
            agree(&mutated);
            // And the whole feed path never panics on it.
            let _ = event_portal::feed::load(&mutated);
        }
    }
}
