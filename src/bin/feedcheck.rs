//! `feedcheck`: the organisers' checker for `event.json`.
//!
//! ```text
//! cargo run --release --bin feedcheck -- check public/event.json
//! cargo run --release --bin feedcheck -- check --format json public/event.json
//! cargo run --release --bin feedcheck -- export jsonld public/event.json --base https://example.org/
//! cargo run --release --bin feedcheck -- import pretalx schedule.json > public/event.json
//! cargo run --release --bin feedcheck -- schema > public/event.schema.json
//! cargo run --release --bin feedcheck -- fmt public/event.json
//! ```
//! Every problem at once, as `FILE:LINE:COLUMN: error: MESSAGE` (or `warning:`) and a
//! `help:` line, in the style of rustc. Exit status: 0 without errors (warnings allowed),
//! 1 with errors, 2 when a file cannot be read or the arguments are wrong. It uses the
//! portal's own reader (`feed::load`), so it reports exactly what the portal would.
//! Its arguments are parsed by clap (`feedcheck --help`), a native-only dependency.

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

    use clap::{Parser, Subcommand, ValueEnum};
    use event_portal::feed::json::write::Json;
    use event_portal::feed::{self, Diagnostic, Feed, Severity, report};

    /// The organisers' checker for `event.json`: every problem at once, with how to fix it.
    #[derive(Parser)]
    #[command(name = "feedcheck", version)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check feeds: every problem as FILE:LINE:COLUMN, with a help line. Exits 1 with
        /// errors (warnings allowed), 2 when a file cannot be read.
        Check {
            /// How to print the problems.
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
            /// The feeds to check (their documents and photos are looked for beside them).
            #[arg(required = true)]
            files: Vec<PathBuf>,
        },
        /// Write a feed in another format on standard output.
        Export {
            /// The format to write.
            #[arg(value_enum)]
            to: Export,
            /// The feed.
            file: PathBuf,
            /// The address the portal is served at, for absolute links.
            #[arg(long)]
            base: Option<String>,
        },
        /// Start an event.json from another tool's export, on standard output (notes on
        /// standard error).
        Import {
            /// The tool the file comes from.
            #[arg(value_enum)]
            from: Import,
            /// Its export.
            file: PathBuf,
        },
        /// Print the JSON Schema of the feed.
        Schema,
        /// Write feeds the one way the portal's tools write them (two-space indent, each
        /// object's fields in the format's order), in place, so that a one-field change is
        /// a one-line diff. Exits 1 on a file that is not JSON, 2 when one cannot be read.
        Fmt {
            /// Change nothing: list the files that are not written that way, and exit 1
            /// if there are any.
            #[arg(long)]
            check: bool,
            /// The feeds.
            #[arg(required = true)]
            files: Vec<PathBuf>,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Text,
        Json,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Export {
        Ics,
        Jsonld,
        Jsonfeed,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Import {
        /// A pretalx schedule.json (the c3voc schema).
        Pretalx,
    }

    pub fn main() -> ExitCode {
        // Wrong arguments: clap prints the usage and exits with 2.
        match Cli::parse().command {
            Command::Check { format, files } => check_files(format, &files),
            Command::Export { to, file, base } => export(to, &file, base.as_deref()),
            Command::Import {
                from: Import::Pretalx,
                file,
            } => import(&file),
            Command::Fmt { check, files } => format_files(check, &files),
            Command::Schema => {
                print!("{}", feed::schema::json());
                ExitCode::SUCCESS
            }
        }
    }

    /// Reads a file, or says why it cannot (exit status 2).
    fn read(file: &Path) -> Result<String, ExitCode> {
        std::fs::read_to_string(file).map_err(|e| {
            eprintln!("feedcheck: cannot read {}: {e}", file.display());
            ExitCode::from(2)
        })
    }

    /// `check [--format text|json] FILE...`
    fn check_files(format: Format, files: &[PathBuf]) -> ExitCode {
        let mut unreadable = false;
        let mut errors = 0;
        let mut reports = Vec::new();
        for file in files {
            match read(file) {
                Ok(text) => {
                    let name = file.display().to_string();
                    let diagnostics = report::check(&text, report::folder(&name), &mut |file| {
                        std::fs::metadata(file).ok().map(|meta| meta.len())
                    });
                    errors += report::errors(&diagnostics);
                    reports.push((file, diagnostics));
                }
                Err(_) => unreadable = true,
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

    /// `fmt [--check] FILE...`
    fn format_files(check: bool, files: &[PathBuf]) -> ExitCode {
        let mut status = ExitCode::SUCCESS;
        for file in files {
            let text = match read(file) {
                Ok(text) => text,
                Err(code) => return code,
            };
            let formatted = match feed::format::canonical(&text) {
                Ok(formatted) => formatted,
                Err(e) => {
                    let at = e.position;
                    eprintln!(
                        "{}:{}:{}: error: the file is not valid JSON: {}",
                        file.display(),
                        at.line,
                        at.column,
                        e.message
                    );
                    status = ExitCode::from(1);
                    continue;
                }
            };
            if formatted == text {
                continue;
            }
            if check {
                println!("{}: not written the portal's way", file.display());
                status = ExitCode::from(1);
            } else if let Err(e) = std::fs::write(file, formatted) {
                eprintln!("feedcheck: cannot write {}: {e}", file.display());
                return ExitCode::from(2);
            } else {
                println!("{}: formatted", file.display());
            }
        }
        status
    }

    /// `import pretalx FILE`: an event.json on standard output, notes on standard error.
    fn import(file: &Path) -> ExitCode {
        let text = match read(file) {
            Ok(text) => text,
            Err(code) => return code,
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
                eprintln!("feedcheck: {}: {e}", file.display());
                ExitCode::from(1)
            }
        }
    }

    /// `export ics|jsonld|jsonfeed FILE [--base URL]`: the feed in another format, on
    /// standard output.
    fn export(to: Export, file: &Path, base: Option<&str>) -> ExitCode {
        let write: fn(&Feed, Option<&str>) -> String = match to {
            Export::Jsonld => event_portal::export::json_ld,
            Export::Jsonfeed => event_portal::export::json_feed,
            Export::Ics => |feed, base| {
                event_portal::export::ics::calendar(feed, feed.sessions_by_time(), now(), base)
            },
        };
        let text = match read(file) {
            Ok(text) => text,
            Err(code) => return code,
        };
        let loaded = feed::load(&text);
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
        {
            eprintln!("{}:{d}", file.display());
        }
        match loaded.feed {
            Some(feed) => {
                println!("{}", write(&feed, base));
                ExitCode::SUCCESS
            }
            None => ExitCode::from(1),
        }
    }

    fn print_text(reports: &[(&PathBuf, Vec<Diagnostic>)]) {
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        for (file, diagnostics) in reports {
            print!(
                "{}",
                report::text(&file.display().to_string(), diagnostics, colour)
            );
        }
    }

    fn print_json(reports: &[(&PathBuf, Vec<Diagnostic>)]) {
        let list = reports
            .iter()
            .flat_map(|(file, diagnostics)| report::json(&file.display().to_string(), diagnostics))
            .collect();
        println!("{}", Json::Array(list).to_text());
    }
}
