//! The `factcheck` binary on bad input (issue #7, robustness): every failure
//! is a short message on stderr that starts with `factcheck:`, a non-zero
//! exit, and never a panic. Plus the two success paths scripts rely on.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A file in this test's scratch directory.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A failure: non-zero exit, nothing on stdout, an error line on stderr
/// that starts with `factcheck:` (followed at most by the usage lines),
/// and no panic. Returns the error line.
fn fails(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "exit 0 for a failure; stderr: {stderr}"
    );
    assert!(out.status.code().is_some(), "killed by a signal: {stderr}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(out.stdout.is_empty(), "stdout on failure: {:?}", out.stdout);
    let mut lines = stderr.lines();
    let first = lines.next().unwrap_or("").to_string();
    assert!(first.starts_with("factcheck: "), "stderr: {stderr}");
    assert!(
        !first.starts_with("factcheck: factcheck:"),
        "prefix said twice: {first}"
    );
    assert!(first.len() < 300, "error line too long: {first}");
    for l in lines {
        assert!(
            l.starts_with("usage:") || l.starts_with("       factcheck "),
            "stderr has more than the error and the usage: {stderr}"
        );
    }
    first
}

#[test]
fn a_missing_file() {
    let e = fails(&run(&["extract", "no/such/file.txt"]));
    assert!(e.contains("no/such/file.txt"), "{e}");
    let e = fails(&run(&["reconcile", &seeds()[0], "missing.txt"]));
    assert!(e.contains("missing.txt"), "{e}");
}

#[test]
fn a_directory() {
    let e = fails(&run(&["extract", "seeds"]));
    assert!(e.contains("seeds"), "{e}");
}

#[test]
fn a_file_that_is_not_utf8() {
    let p = scratch(
        "latin1.txt",
        b"Some 55,000 soldiers \xe9t\xe9 killed \xff\xfe",
    );
    let e = fails(&run(&["extract", p.to_str().unwrap()]));
    assert!(e.contains("UTF-8"), "{e}");
    assert!(e.contains("offset 21"), "{e}");
}

#[test]
fn no_arguments() {
    let e = fails(&run(&[]));
    assert!(e.contains("missing command"), "{e}");
    let e = fails(&run(&["extract"]));
    assert!(e.contains("no input files"), "{e}");
    let e = fails(&run(&["extract", "--date"]));
    assert!(e.contains("--date"), "{e}");
}

#[test]
fn an_unknown_command_or_option() {
    let e = fails(&run(&["frobnicate", "x.txt"]));
    assert!(e.contains("frobnicate"), "{e}");
    let e = fails(&run(&["extract", "--jsn", "x.txt"]));
    assert!(e.contains("--jsn"), "{e}");
}

#[test]
fn a_bad_date() {
    let s = seeds();
    for date in ["5 Feb", "2026-02-30", "yesterday", "２０２６-02-05"] {
        let e = fails(&run(&["extract", "--date", date, &s[0]]));
        assert!(e.contains("YYYY-MM-DD"), "{date:?}: {e}");
    }
    let e = fails(&run(&["reconcile", "--date=2026/02/05", &s[0], &s[1]]));
    assert!(e.contains("YYYY-MM-DD"), "{e}");
}

#[test]
fn the_same_file_twice() {
    let s = seeds();
    let e = fails(&run(&["reconcile", &s[0], &s[0]]));
    assert!(e.contains("id"), "{e}");
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let out = bin()
        .arg("extract")
        .arg(OsStr::from_bytes(b"bad\xffname.txt"))
        .output()
        .unwrap();
    fails(&out);
}

#[test]
fn extract_json() {
    let s = seeds();
    let zero = s
        .iter()
        .find(|p| p.contains("000_"))
        .expect("seeds/000_*.txt");
    let out = run(&["extract", "--json", zero]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let mentions = json["documents"][0]["mentions"]
        .as_array()
        .expect("documents[0].mentions");
    assert!(!mentions.is_empty());
    for m in mentions {
        assert!(m["text"].is_string() && m["start"].is_u64() && m["end"].is_u64());
        assert!(!m["value"].is_null(), "{m}");
    }
}

#[test]
fn reconcile_json_shows_a_conflict() {
    let s = seeds();
    let mut args = vec!["reconcile"];
    args.extend(s.iter().map(String::as_str));
    args.push("--json");
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(s.len()));
    let facts = json["facts"].as_array().expect("facts");
    assert!(
        facts.iter().any(|f| f["status"] == "conflict"),
        "no conflict among {} facts",
        facts.len()
    );
}

#[test]
fn empty_and_binary_files_succeed_quietly() {
    let empty = scratch("empty.txt", b"");
    let out = run(&["extract", "--json", empty.to_str().unwrap()]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][0]["mentions"], serde_json::json!([]));
    let nul = scratch("nul.txt", b"\0\0 55,000 people\0\r\n\r");
    let out = run(&["reconcile", nul.to_str().unwrap(), empty.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
