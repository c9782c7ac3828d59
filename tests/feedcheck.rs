//! `feedcheck check`, run as an organiser runs it, on a corpus of typical mistakes.
//!
//! Each `tests/fixtures/mistakes/NAME.json` has a `NAME.expected` beside it: the exact
//! output, line and column included, and the exit status on its last line.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn feedcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_feedcheck"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("run feedcheck")
}

fn mistakes() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures/mistakes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_mistake_is_reported_where_it_is() {
    let files = mistakes();
    assert!(files.len() >= 10);
    for file in files {
        let relative = file.strip_prefix(root()).unwrap().to_str().unwrap();
        let output = feedcheck(&["check", relative]);
        let shown = format!(
            "{}# exit {}\n",
            String::from_utf8(output.stdout).unwrap(),
            output.status.code().unwrap()
        );
        let expected = std::fs::read_to_string(file.with_extension("expected")).unwrap();
        assert_eq!(shown, expected, "{relative}");
    }
}

#[test]
fn the_sample_feed_has_no_errors() {
    let output = feedcheck(&["check", "public/event.json"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.ends_with("public/event.json: 0 errors, 13 warnings\n"),
        "{text}"
    );
    // Piped output has no colour codes.
    assert!(!text.contains('\x1b'));
}

#[test]
fn json_output_carries_the_same_diagnostics() {
    let file = "tests/fixtures/mistakes/misspelt-speaker.json";
    let output = feedcheck(&["check", "--format", "json", file]);
    assert_eq!(output.status.code(), Some(1));
    let list: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(list.len(), 3);
    let error = list.iter().find(|d| d["severity"] == "error").unwrap();
    assert_eq!(error["file"], file);
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(60), Some(9))
    );
    assert_eq!(error["code"], "unknown-reference");
    assert_eq!(error["path"], "$.sessions[1].speakers[0]");
    assert!(error["help"].as_str().unwrap().contains("id"));
}

#[test]
fn unreadable_files_and_wrong_arguments_exit_with_2() {
    let output = feedcheck(&["check", "no/such/event.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read no/such/event.json"));
    for args in [
        &[][..],
        &["check"],
        &["lint", "x.json"],
        &["check", "--format", "xml", "x"],
    ] {
        let output = feedcheck(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        // Each names the way to the usage; a wrong value names the right ones.
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("--help"), "{args:?}: {stderr}");
        if args.contains(&"xml") {
            assert!(stderr.contains("[possible values: text, json]"), "{stderr}");
        }
    }
    let help = feedcheck(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Usage: feedcheck <COMMAND>"));
}

/// A site folder with a feed, some files it names, and some it names but lacks.
fn site_with_files(dir: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("documents")).unwrap();
    std::fs::create_dir_all(dir.join("photos")).unwrap();
    std::fs::write(dir.join("documents/report.pdf"), b"%PDF-1.4 twelve").unwrap();
    std::fs::write(dir.join("photos/big.jpg"), vec![0u8; 250_000]).unwrap();
    let mut feed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/mistakes/clean.json")).unwrap(),
    )
    .unwrap();
    feed["documents"] = serde_json::json!([
        { "id": "report", "title": "Report", "kind": "report", "url": "documents/report.pdf",
          "media_type": "application/pdf", "bytes": 99, "language": "en" },
        { "id": "gone", "title": "Gone", "kind": "other", "url": "documents/gone.pdf",
          "media_type": "application/pdf", "bytes": 10, "language": "en" },
        { "id": "web", "title": "Elsewhere", "kind": "other", "url": "https://www.un.org/x.pdf",
          "media_type": "application/pdf", "bytes": 10, "language": "en" }
    ]);
    feed["sessions"][0]["documents"] = serde_json::json!(["report", "gone", "web"]);
    feed["speakers"][0]["photo"] = "photos/big.jpg".into();
    feed["speakers"][1]["photo"] = "photos/missing.jpg".into();
    let file = dir.join("event.json");
    std::fs::write(&file, serde_json::to_string_pretty(&feed).unwrap()).unwrap();
    file
}

#[test]
fn files_the_feed_names_must_exist_with_the_right_size() {
    let dir = std::env::temp_dir().join(format!("feedcheck-site-{}", std::process::id()));
    let file = site_with_files(&dir);
    let output = feedcheck(&["check", "--format", "json", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "warnings only");
    let list: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let mut found: Vec<(String, String)> = list
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().into(),
                d["path"].as_str().unwrap().into(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("large-photo".into(), "$.speakers[0].photo".into()),
            ("missing-file".into(), "$.documents[1].url".into()),
            ("missing-file".into(), "$.speakers[1].photo".into()),
            ("size-mismatch".into(), "$.documents[0].bytes".into()),
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The checker that Node runs (checker/feedcheck.mjs, and the wasm `make checker`
/// builds), laid out as the release has them: side by side in a folder of their own.
fn node_checker() -> PathBuf {
    let wasm = root().join("target/checker/feedcheck.wasm");
    assert!(
        wasm.exists(),
        "{} is missing: `make checker` builds it",
        wasm.display()
    );
    let tools = std::env::temp_dir().join(format!("feedcheck-node-{}", std::process::id()));
    std::fs::create_dir_all(&tools).unwrap();
    std::fs::copy(&wasm, tools.join("feedcheck.wasm")).unwrap();
    std::fs::copy(
        root().join("checker/feedcheck.mjs"),
        tools.join("feedcheck.mjs"),
    )
    .unwrap();
    tools.join("feedcheck.mjs")
}

/// Every fixture and the sample feed, as paths from the repository's root.
fn every_fixture() -> Vec<String> {
    let mut files = vec!["public/event.json".to_owned()];
    for folder in ["good", "bad", "mistakes"] {
        let dir = root().join("tests/fixtures").join(folder);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path.strip_prefix(root()).unwrap().display().to_string());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn the_checker_for_node_says_what_feedcheck_says() {
    let node = node_checker();
    let run = |args: &[&str]| {
        let output = Command::new("node")
            .arg(&node)
            .args(args)
            .current_dir(root())
            .env_remove("NO_COLOR")
            .output()
            .expect("run node");
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
            output.status.code(),
        )
    };
    let native = |args: &[&str]| {
        let output = feedcheck(args);
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
            output.status.code(),
        )
    };
    let fixtures = every_fixture();
    assert!(fixtures.len() > 20, "{fixtures:?}");
    let mut codes = std::collections::BTreeSet::new();
    for file in &fixtures {
        for format in ["text", "json"] {
            let args = ["check", "--format", format, file];
            let shown = run(&args);
            assert_eq!(shown, native(&args), "{file} as {format}");
            assert!(!shown.0.is_empty(), "{file}");
            codes.insert(shown.2);
        }
    }
    // Clean feeds and broken ones both: exits 0 and 1.
    assert_eq!(codes, [Some(0), Some(1)].into_iter().collect());
    // Several files at once, one of them missing: the same reports, and exit 2.
    for format in ["text", "json"] {
        let several = [
            "check",
            "--format",
            format,
            "tests/fixtures/mistakes/clean.json",
            "tests/fixtures/mistakes/misspelt-speaker.json",
            "no/such/event.json",
            "tests/fixtures/bad/times.json",
        ];
        let shown = run(&several);
        assert_eq!(shown, native(&several), "{format}");
        assert_eq!(shown.2, Some(2));
    }
    // Wrong arguments: exit 2, as clap does.
    for wrong in [
        &["check"][..],
        &["check", "--format", "xml", "public/event.json"],
    ] {
        assert_eq!(run(wrong).2, Some(2), "{wrong:?}");
        assert_eq!(native(wrong).2, Some(2), "{wrong:?}");
    }
}

/// The checker for Node run from a clone (`node checker/feedcheck.mjs`, which finds the
/// wasm `make checker` built in target/checker/) says what `feedcheck` says of a first
/// event without `updated`, which the editor writes. (A stale wasm committed beside the
/// script once said the field was required.)
#[test]
fn the_checker_for_node_from_a_clone_is_the_one_the_build_makes() {
    let args = ["check", "tests/fixtures/good/new-event.json"];
    let from_clone = Command::new("node")
        .arg("checker/feedcheck.mjs")
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("run node");
    let native = feedcheck(&args);
    assert_eq!(from_clone.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(from_clone.stdout).unwrap(),
        String::from_utf8(native.stdout).unwrap()
    );
    assert!(
        !std::fs::read_to_string(root().join("tests/fixtures/good/new-event.json"))
            .unwrap()
            .contains("\"updated\"")
    );
}

/// `feedcheck fmt`: a feed written by hand in another order and layout comes out the
/// portal's way (the sample's own layout), with the same content, and `--check` says
/// which files are not written that way.
#[test]
fn fmt_writes_a_feed_the_portal_s_way() {
    let dir = std::env::temp_dir().join(format!("feedcheck-fmt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("event.json");
    let file_arg = file.to_str().unwrap();
    // The sample, with its fields reversed and on one line.
    let sample: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("public/event.json")).unwrap())
            .unwrap();
    fn reversed(value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::Object(fields) => {
                let inner: Vec<String> = fields
                    .iter()
                    .rev()
                    .map(|(k, v)| format!("{}:{}", serde_json::json!(k), reversed(v)))
                    .collect();
                format!("{{{}}}", inner.join(","))
            }
            serde_json::Value::Array(items) => {
                let inner: Vec<String> = items.iter().map(reversed).collect();
                format!("[{}]", inner.join(","))
            }
            other => other.to_string(),
        }
    }
    std::fs::write(&file, reversed(&sample)).unwrap();

    let check = feedcheck(&["fmt", "--check", file_arg]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("not written the portal's way"));

    let written = feedcheck(&["fmt", file_arg]);
    assert_eq!(written.status.code(), Some(0));
    let text = std::fs::read_to_string(&file).unwrap();
    // The sample's own layout, byte for byte (it has no texts by language, which keep
    // the order they came in).
    let expected = std::fs::read_to_string(root().join("public/event.json")).unwrap();
    assert_eq!(text, expected);
    assert_eq!(
        feedcheck(&["fmt", "--check", file_arg]).status.code(),
        Some(0)
    );

    // Not JSON: said where, and the file is left as it was.
    std::fs::write(&file, "{\"event\": ").unwrap();
    let broken = feedcheck(&["fmt", file_arg]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("event.json:1:"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{\"event\": ");
    // The sample is written the portal's way.
    assert_eq!(
        feedcheck(&["fmt", "--check", "public/event.json"])
            .status
            .code(),
        Some(0)
    );
}
