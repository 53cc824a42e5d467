//! Reconciling the four seed articles against `seeds/expected.json`: the
//! facts a human finds, the two conflicts, the traps that must not be called
//! conflicts, and the checks inside one report. Prints its figures.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::{Claim, Document, Fact, Options, Report, Status, reconcile};
use serde_json::Value as Json;

fn load() -> (Report, Json) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let expected: Json =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let mut names: Vec<String> = expected["mentions"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    names.sort();
    let docs: Vec<Document> = names
        .iter()
        .map(|n| Document::new(n, &std::fs::read_to_string(dir.join(n)).unwrap()))
        .collect();
    (reconcile(&docs, &Options::default()), expected)
}

/// A claim matches `seed:text` (or `text` in any seed) when it comes from
/// that seed and its text is the expected one, qualifier or not.
fn matches(c: &Claim, doc: Option<&str>, text: &str) -> bool {
    doc.is_none_or(|d| c.doc.starts_with(d))
        && (c.text == text || c.text.ends_with(text) || text.ends_with(c.text.as_str()))
}

fn side(spec: &str) -> (Option<&str>, &str) {
    match spec.split_once(':') {
        Some((d, t)) if d.len() == 3 && d.chars().all(|c| c.is_ascii_digit()) => (Some(d), t),
        _ => (None, spec),
    }
}

fn holds_all(f: &Fact, claims: &serde_json::Map<String, Json>) -> bool {
    claims.iter().all(|(doc, text)| {
        f.claims
            .iter()
            .any(|c| matches(c, Some(doc), text.as_str().unwrap()))
    })
}

#[test]
fn the_seed_facts_conflicts_and_traps() {
    let (report, expected) = load();
    let mut ok = 0;
    let facts = expected["facts"].as_array().unwrap();
    let mut expected_conflicts = Vec::new();
    for e in facts {
        let label = e["label"].as_str().unwrap();
        let claims = e["claims"].as_object().unwrap();
        let conflict = e["conflict"].as_bool().unwrap();
        let found = report.facts.iter().find(|f| holds_all(f, claims));
        match found {
            Some(f) if (f.status == Status::Conflict) == conflict => {
                ok += 1;
                println!(
                    "ok   {label}: {} ({}) — {}",
                    f.label,
                    f.status.as_str(),
                    f.explanation
                );
                if conflict {
                    expected_conflicts.push(f.id.clone());
                }
            }
            Some(f) => println!(
                "BAD  {label}: found as {:?} with status {}",
                f.label,
                f.status.as_str()
            ),
            None => println!("MISS {label}: no fact holds all of {claims:?}"),
        }
    }
    println!("facts: {ok}/{} found with the right status", facts.len());

    let mut trap_failures = Vec::new();
    for trap in expected["traps"].as_array().unwrap() {
        let (da, ta) = side(trap["a"].as_str().unwrap());
        let (db, tb) = side(trap["b"].as_str().unwrap());
        let allowed: Vec<&str> = trap["allowed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        for f in &report.facts {
            let a = f.claims.iter().position(|c| matches(c, da, ta));
            let b = f
                .claims
                .iter()
                .enumerate()
                .position(|(i, c)| Some(i) != a && matches(c, db, tb));
            if a.is_some() && b.is_some() && !allowed.contains(&f.status.as_str()) {
                trap_failures.push(format!(
                    "{ta} / {tb} share {:?} with status {}",
                    f.label,
                    f.status.as_str()
                ));
            }
        }
    }
    println!(
        "traps: {} of {} fall",
        trap_failures.len(),
        expected["traps"].as_array().unwrap().len()
    );

    let extra: Vec<&Fact> = report
        .facts
        .iter()
        .filter(|f| f.status == Status::Conflict && !expected_conflicts.contains(&f.id))
        .collect();
    for f in &extra {
        println!("unexpected conflict: {} — {}", f.label, f.explanation);
    }
    assert_eq!(ok, facts.len(), "every seed fact, with its status");
    assert!(trap_failures.is_empty(), "traps: {trap_failures:?}");
    assert!(extra.is_empty(), "no conflict beyond the two a human finds");
}

#[test]
fn the_seed_consistency_checks_hold() {
    let (report, expected) = load();
    for e in expected["consistency"].as_array().unwrap() {
        let doc = e["doc"].as_str().unwrap();
        let (a, b) = (e["a"].as_str().unwrap(), e["b"].as_str().unwrap());
        let check = report
            .checks
            .iter()
            .find(|c| c.doc.starts_with(doc) && c.a.text.contains(a) && c.b.text.contains(b))
            .unwrap_or_else(|| panic!("no check of {a} against {b} in {doc}"));
        println!(
            "check {doc}: {} [{}]",
            check.explanation,
            if check.holds { "holds" } else { "fails" }
        );
        assert_eq!(check.holds, e["holds"].as_bool().unwrap());
    }
}

#[test]
fn every_claim_points_at_a_real_mention() {
    let (report, _) = load();
    for f in &report.facts {
        for c in &f.claims {
            let d = report
                .documents
                .iter()
                .find(|d| d.id == c.doc)
                .expect("claim's document");
            let m = &d.mentions[c.mention];
            assert_eq!((m.start, m.end, &m.text), (c.start, c.end, &c.text));
        }
    }
}
