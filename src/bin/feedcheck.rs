//! `feedcheck`: the organisers' checker for `event.json`.
//!
//! ```text
//! cargo run --release --bin feedcheck -- check public/event.json
//! cargo run --release --bin feedcheck -- check --format json public/event.json
//! cargo run --release --bin feedcheck -- export jsonld public/event.json --base https://example.org/
//! cargo run --release --bin feedcheck -- import pretalx schedule.json > public/event.json
//! cargo run --release --bin feedcheck -- schema > public/event.schema.json
//! ```
//! Every problem at once, as `FILE:LINE:COLUMN: error: MESSAGE` (or `warning:`) and a
//! `help:` line, in the style of rustc. Exit status: 0 without errors (warnings allowed),
//! 1 with errors, 2 when a file cannot be read or the arguments are wrong. It uses the
//! portal's own reader (`feed::load`), so it reports exactly what the portal would.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::IsTerminal;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use event_portal::feed::url::{self, UrlKind};
    use event_portal::feed::{self, Code, Diagnostic, Feed, Severity, lint};

    const USAGE: &str = "usage: feedcheck check [--format text|json] FILE...
       feedcheck export ics|jsonld|jsonfeed FILE [--base URL]
       feedcheck import pretalx FILE
       feedcheck schema";

    /// Photos larger than this slow every visitor down.
    const PHOTO_LIMIT: u64 = 200_000;

    enum Format {
        Text,
        Json,
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args == ["schema"] {
            print!("{}", feed::schema::json());
            return ExitCode::SUCCESS;
        }
        if args.first().map(String::as_str) == Some("export") {
            return export(&args[1..]);
        }
        if let [command, format, file] = args.as_slice()
            && command == "import"
        {
            return import(format, file);
        }
        let Some(("check", rest)) = args.split_first().map(|(c, r)| (c.as_str(), r)) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        let mut format = Format::Text;
        let mut files = Vec::new();
        let mut rest = rest.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--format" => match rest.next().map(String::as_str) {
                    Some("text") => format = Format::Text,
                    Some("json") => format = Format::Json,
                    _ => {
                        eprintln!("feedcheck: --format takes text or json\n{USAGE}");
                        return ExitCode::from(2);
                    }
                },
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                flag if flag.starts_with('-') => {
                    eprintln!("feedcheck: unknown option {flag}\n{USAGE}");
                    return ExitCode::from(2);
                }
                file => files.push(PathBuf::from(file)),
            }
        }
        if files.is_empty() {
            eprintln!("feedcheck: name at least one file\n{USAGE}");
            return ExitCode::from(2);
        }

        let mut unreadable = false;
        let mut errors = 0;
        let mut reports = Vec::new();
        for file in &files {
            match std::fs::read_to_string(file) {
                Ok(text) => {
                    let diagnostics = check(&text, file.parent().unwrap_or(Path::new(".")));
                    errors += diagnostics
                        .iter()
                        .filter(|d| d.severity == Severity::Error)
                        .count();
                    reports.push((file, diagnostics));
                }
                Err(e) => {
                    eprintln!("feedcheck: cannot read {}: {e}", file.display());
                    unreadable = true;
                }
            }
        }
        match format {
            Format::Text => print_text(&reports),
            Format::Json => print_json(&reports),
        }
        if unreadable {
            ExitCode::from(2)
        } else if errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }

    /// The current time, in UTC.
    fn now() -> feed::DateTime {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        feed::DateTime {
            unix: seconds,
            offset_minutes: 0,
        }
    }

    /// `import pretalx FILE`: an event.json on standard output, notes on standard error.
    fn import(format: &str, file: &str) -> ExitCode {
        if format != "pretalx" {
            eprintln!("feedcheck: cannot import from {format}\n{USAGE}");
            return ExitCode::from(2);
        }
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("feedcheck: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        };
        match event_portal::import::pretalx::import(&text, now()) {
            Ok(imported) => {
                let json = serde_json::to_string_pretty(&imported.feed).unwrap_or_default();
                println!("{json}");
                for note in imported.notes {
                    eprintln!("feedcheck: note: {note}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("feedcheck: {file}: {e}");
                ExitCode::from(1)
            }
        }
    }

    /// `export FORMAT FILE [--base URL]`: the feed in another format, on standard output.
    fn export(args: &[String]) -> ExitCode {
        let (format, file, base) = match args {
            [format, file] => (format, file, None),
            [format, file, flag, base] if flag == "--base" => (format, file, Some(base.as_str())),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        };
        let write: fn(&Feed, Option<&str>) -> String = match format.as_str() {
            "jsonld" => event_portal::export::json_ld,
            "jsonfeed" => event_portal::export::json_feed,
            "ics" => |feed, base| {
                event_portal::export::ics::calendar(feed, feed.sessions_by_time(), now(), base)
            },
            other => {
                eprintln!("feedcheck: cannot export to {other}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("feedcheck: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        };
        let loaded = feed::load(&text);
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
        {
            eprintln!("{file}:{d}");
        }
        match loaded.feed {
            Some(feed) => {
                println!("{}", write(&feed, base));
                ExitCode::SUCCESS
            }
            None => ExitCode::from(1),
        }
    }

    /// Every diagnostic for one feed: reading, then the organiser warnings, then the files
    /// it names under `site` (the folder the feed is in), in the order of the file.
    fn check(text: &str, site: &Path) -> Vec<Diagnostic> {
        let loaded = feed::load(text);
        let mut diagnostics = loaded.diagnostics;
        if let Some(feed) = &loaded.feed {
            diagnostics.extend(lint(feed));
            diagnostics.extend(files(feed, site));
        }
        feed::in_file_order(diagnostics)
    }

    /// The file a site-relative URL names, without its query or fragment.
    fn local_file(site: &Path, link: &str) -> Option<PathBuf> {
        (url::check(link) == Ok(UrlKind::Relative))
            .then(|| site.join(link.split(['?', '#']).next().unwrap_or(link)))
    }

    /// Documents and photos that the feed names on the site: do they exist, and are
    /// their sizes right?
    fn files(feed: &Feed, site: &Path) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for doc in &feed.documents {
            let Some(file) = local_file(site, &doc.url) else {
                continue;
            };
            let path = format!("$.documents[{}].url", doc.source.index);
            match std::fs::metadata(&file) {
                Err(_) => out.push(Diagnostic::warning(
                    Code::MissingFile,
                    doc.source,
                    path,
                    format!(
                        "`{}` names {}, which does not exist",
                        doc.id,
                        file.display()
                    ),
                )),
                Ok(meta) if meta.len() != doc.bytes => out.push(Diagnostic::warning(
                    Code::SizeMismatch,
                    doc.source,
                    format!("$.documents[{}].bytes", doc.source.index),
                    format!(
                        "`{}` says {} bytes, but {} has {}",
                        doc.id,
                        doc.bytes,
                        file.display(),
                        meta.len()
                    ),
                )),
                Ok(_) => {}
            }
        }
        for speaker in &feed.speakers {
            let Some(file) = speaker.photo.as_deref().and_then(|p| local_file(site, p)) else {
                continue;
            };
            let path = format!("$.speakers[{}].photo", speaker.source.index);
            match std::fs::metadata(&file) {
                Err(_) => out.push(Diagnostic::warning(
                    Code::MissingFile,
                    speaker.source,
                    path,
                    format!(
                        "the photo of `{}`, {}, does not exist",
                        speaker.id,
                        file.display()
                    ),
                )),
                Ok(meta) if meta.len() > PHOTO_LIMIT => out.push(Diagnostic::warning(
                    Code::LargePhoto,
                    speaker.source,
                    path,
                    format!(
                        "the photo of `{}` is {} KB; keep photos under {} KB",
                        speaker.id,
                        meta.len() / 1000,
                        PHOTO_LIMIT / 1000
                    ),
                )),
                Ok(_) => {}
            }
        }
        out
    }

    fn print_text(reports: &[(&PathBuf, Vec<Diagnostic>)]) {
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let paint = |code: &str, text: &str| {
            if colour {
                format!("\x1b[{code}m{text}\x1b[0m")
            } else {
                text.to_owned()
            }
        };
        for (file, diagnostics) in reports {
            for d in diagnostics {
                let (line, column) = d.position.map_or((1, 1), |p| (p.line, p.column));
                let severity = match d.severity {
                    Severity::Error => paint("1;31", "error"),
                    Severity::Warning => paint("1;33", "warning"),
                };
                println!(
                    "{}:{line}:{column}: {severity}: {} (at {})",
                    file.display(),
                    d.message,
                    d.path
                );
                println!("  {}: {}", paint("1;36", "help"), d.code.help());
            }
            let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
            let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
            println!(
                "{}: {errors} error{}, {warnings} warning{}",
                file.display(),
                if errors == 1 { "" } else { "s" },
                if warnings == 1 { "" } else { "s" }
            );
        }
    }

    fn print_json(reports: &[(&PathBuf, Vec<Diagnostic>)]) {
        let list: Vec<serde_json::Value> = reports
            .iter()
            .flat_map(|(file, diagnostics)| {
                diagnostics.iter().map(move |d| {
                    serde_json::json!({
                        "file": file.display().to_string(),
                        "line": d.position.map(|p| p.line),
                        "column": d.position.map(|p| p.column),
                        "severity": match d.severity {
                            Severity::Error => "error",
                            Severity::Warning => "warning",
                        },
                        "code": d.code.as_str(),
                        "path": d.path,
                        "message": d.message,
                        "help": d.code.help(),
                    })
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(list));
    }
}
