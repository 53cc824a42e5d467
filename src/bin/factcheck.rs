//! `factcheck`: the command-line face of the engine, for newsroom scripts.
//!
//! ```text
//! factcheck extract [--date YYYY-MM-DD] FILE... [--json]
//! factcheck reconcile [--date YYYY-MM-DD] FILE... [--json]
//! ```

use std::process::ExitCode;

use factcheck::{Document, Options, Report, Status};

const USAGE: &str = "usage: factcheck extract [--date YYYY-MM-DD] FILE... [--json]\n       factcheck reconcile [--date YYYY-MM-DD] FILE... [--json]";

struct Args {
    command: String,
    date: Option<String>,
    json: bool,
    files: Vec<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = args
        .next()
        .ok_or_else(|| format!("missing command\n{USAGE}"))?;
    if command == "--help" || command == "-h" || command == "help" {
        return Ok(Args {
            command: "help".into(),
            date: None,
            json: false,
            files: Vec::new(),
        });
    }
    if command != "extract" && command != "reconcile" {
        return Err(format!("unknown command {command:?}\n{USAGE}"));
    }
    let mut out = Args {
        command,
        date: None,
        json: false,
        files: Vec::new(),
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => out.json = true,
            "--date" => {
                out.date = Some(
                    args.next()
                        .ok_or("--date needs a value, e.g. --date 2026-02-05")?,
                )
            }
            s if s.starts_with("--date=") => out.date = Some(s["--date=".len()..].to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{USAGE}")),
            _ => out.files.push(a),
        }
    }
    if out.files.is_empty() {
        return Err(format!("no input files\n{USAGE}"));
    }
    Ok(out)
}

fn read_documents(files: &[String]) -> Result<Vec<Document>, String> {
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| format!("cannot read {f}: {e}"))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                format!(
                    "{f} is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                )
            })?;
            let id = std::path::Path::new(f)
                .file_name()
                .map_or(f.clone(), |n| n.to_string_lossy().into_owned());
            Ok(Document::new(&id, &text))
        })
        .collect()
}

/// Appends a line to the output buffer.
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Writes the output; a closed pipe (`| head`) is not an error.
fn emit(out: &str) -> Result<(), String> {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the output: {e}"))
        }
        _ => Ok(()),
    }
}

fn run() -> Result<(), String> {
    let mut out = String::new();
    // `args()` would panic on an argument that is not UTF-8 (a file name).
    let args = parse_args(
        std::env::args_os()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned()),
    )?;
    if args.command == "help" {
        outln!(out, "{USAGE}");
        return emit(&out);
    }
    let options = Options {
        date: args.date.clone(),
    };
    let docs = read_documents(&args.files)?;
    match args.command.as_str() {
        "extract" => {
            let mut results = Vec::new();
            for d in &docs {
                let mentions =
                    factcheck::try_extract(&d.text, &options).map_err(|e| e.to_string())?;
                results.push(serde_json::json!({ "id": d.id, "mentions": mentions }));
            }
            if args.json {
                outln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({ "documents": results }))
                        .map_err(|e| e.to_string())?
                );
            } else {
                for d in &results {
                    outln!(out, "{}", d["id"].as_str().unwrap_or(""));
                    for m in d["mentions"].as_array().into_iter().flatten() {
                        outln!(
                            out,
                            "  {:>24}  {:<8} {}  {}",
                            m["text"].as_str().unwrap_or(""),
                            m["kind"].as_str().unwrap_or(""),
                            m["value"],
                            m["subject"].as_str().unwrap_or("")
                        );
                    }
                }
            }
        }
        _ => {
            let report = factcheck::try_reconcile(&docs, &options).map_err(|e| e.to_string())?;
            if args.json {
                outln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
                );
            } else {
                print_report(&mut out, &report);
            }
        }
    }
    emit(&out)
}

fn print_report(out: &mut String, report: &Report) {
    let order = [
        Status::Conflict,
        Status::Disputed,
        Status::Revision,
        Status::Agree,
        Status::Single,
    ];
    for status in order {
        let facts: Vec<_> = report.facts.iter().filter(|f| f.status == status).collect();
        if facts.is_empty() || status == Status::Single {
            continue;
        }
        outln!(
            out,
            "== {} ({})",
            status.as_str().to_uppercase(),
            facts.len()
        );
        for f in facts {
            outln!(out, "- {}: {}", f.label, f.explanation);
            for c in &f.claims {
                outln!(
                    out,
                    "    {:<28} {:<22} {}",
                    c.doc,
                    c.text,
                    c.quote.chars().take(100).collect::<String>()
                );
            }
        }
    }
    let singles = report
        .facts
        .iter()
        .filter(|f| f.status == Status::Single)
        .count();
    outln!(
        out,
        "== {} facts given by one report only (see --json)",
        singles
    );
    if !report.checks.is_empty() {
        outln!(out, "== CHECKS");
        for c in &report.checks {
            outln!(
                out,
                "- [{}] {}: {}",
                if c.holds { "holds" } else { "FAILS" },
                c.doc,
                c.explanation
            );
        }
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Engine errors already say `factcheck: `; say it once.
            eprintln!("factcheck: {}", e.strip_prefix("factcheck: ").unwrap_or(&e));
            ExitCode::from(2)
        }
    }
}
