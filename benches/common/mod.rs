//! Benchmark inputs shared by `benches/engine.rs` and `benches/scaling.rs`
//! (and, through the corpus file that `scaling` writes, by benches/node/).
//!
//! Everything is derived from the seed articles (`seeds/*.txt`) plus any
//! plain-text articles under `tests/` (`tests/**/*.txt`), deterministically:
//! variant `k` of a text has its numbers and dates changed, so that a set of
//! documents built from a few seeds is not a set of identical copies.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use factcheck::Document;

/// The crate root (benches run with the package directory as cwd, but be explicit).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles, `(file name, text)`, sorted by name.
pub fn seeds() -> Vec<(String, String)> {
    read_txt_dir(&root().join("seeds"), false)
}

/// The seeds followed by any article texts in tests/ (`*.txt`, recursively).
pub fn articles() -> Vec<(String, String)> {
    let mut out = seeds();
    out.extend(read_txt_dir(&root().join("tests"), true));
    out
}

fn read_txt_dir(dir: &Path, recursive: bool) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if recursive
                    && !name.starts_with('.')
                    && name != "node_modules"
                    && name != "artifacts"
                {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "txt")
                && let Ok(text) = fs::read_to_string(&p)
            {
                files.push((
                    p.strip_prefix(root()).unwrap_or(&p).display().to_string(),
                    text,
                ));
            }
        }
    }
    files.sort();
    files
}

/// Variant `k` of `text`: every run of ASCII digits is changed, keeping its
/// length (so separators and formats survive): years (19xx/20xx) move back
/// by `k % 3`, zero-padded pairs ("02") stay in 01..=12 (valid months and
/// days), other one- and two-digit numbers stay in 1..=28 (valid days of any
/// month), longer runs keep their number of digits, and runs of zeros are
/// kept ("55,000" stays a thousands group). `k == 0` returns the text as is.
pub fn variant(text: &str, k: usize) -> String {
    if k == 0 {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut last = 0;
    let mut run_no = 0usize;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        out.push_str(&text[last..start]);
        last = i;
        run_no += 1;
        let run = &text[start..i];
        let len = run.len();
        if len > 9 {
            out.push_str(run);
            continue;
        }
        let v: u64 = run.parse().unwrap_or(0);
        if v == 0 {
            out.push_str(run); // 0, 00, 000: kept as they are ("55,000" stays a thousands group)
            continue;
        }
        let salt = (k as u64).wrapping_mul(31).wrapping_add(run_no as u64 * 7);
        let new = if len == 4 && (1900..=2100).contains(&v) {
            v - (k as u64 % 3)
        } else if len == 2 && run.starts_with('0') {
            (v - 1 + salt) % 12 + 1 // "02" in 2026-02-05: stays a valid month
        } else if len <= 2 {
            (v - 1 + salt) % 28 + 1
        } else {
            let lo = 10u64.pow(len as u32 - 1);
            lo + (v + salt) % (9 * lo)
        };
        if len == 2 && new < 10 && run.starts_with('0') {
            out.push_str(&format!("{new:02}"));
        } else {
            out.push_str(&new.to_string());
        }
    }
    out.push_str(&text[last..]);
    out
}

/// `n` documents made by cycling through the articles, document `i` being
/// variant `i / articles` of article `i % articles`.
pub fn documents(n: usize) -> Vec<Document> {
    let arts = articles();
    (0..n)
        .map(|i| {
            let (name, text) = &arts[i % arts.len()];
            let k = i / arts.len();
            Document::new(&format!("{k}:{name}"), &variant(text, k))
        })
        .collect()
}

/// The seed documents as they are.
pub fn seed_documents() -> Vec<Document> {
    seeds().iter().map(|(n, t)| Document::new(n, t)).collect()
}

/// One text of at least `min_bytes`: variants of the articles, one after the
/// other, separated by blank lines.
pub fn corpus(min_bytes: usize) -> String {
    let arts = articles();
    let mut out = String::with_capacity(min_bytes + 8192);
    let mut i = 0;
    while out.len() < min_bytes {
        let (_, text) = &arts[i % arts.len()];
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&variant(text, i / arts.len()));
        i += 1;
    }
    out
}

/// The seeds joined as one text (what "extract on the seeds" measures as one call each).
pub fn seeds_bytes() -> usize {
    seeds().iter().map(|(_, t)| t.len()).sum()
}

/// 1 MiB: the size of the big corpus.
pub const CORPUS_BYTES: usize = 1 << 20;
