//! Arbitrary bytes split into up to 8 documents (at 0x1E, the ASCII record
//! separator), decoded lossily, through `try_reconcile`. The first byte picks
//! publication dates. Any panic, or any report whose claims do not point at
//! real mentions with the same spans, is a crash.
#![no_main]

#[path = "../../tests/hostile/invariants.rs"]
mod invariants;

use factcheck::{Document, Options, try_reconcile};
use libfuzzer_sys::fuzz_target;

const DATES: [&str; 4] = ["2026-02-05", "2022-02-24", "2025-12-31", ""];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let docs: Vec<Document> = rest
        .splitn(8, |&b| b == 0x1e)
        .enumerate()
        .map(|(i, part)| Document {
            id: format!("d{i}"),
            text: String::from_utf8_lossy(part).into_owned(),
            title: None,
            outlet: (flags & 0x10 != 0).then(|| format!("outlet {}", i % 3)),
            date: (flags & (1 << (i % 4)) != 0)
                .then(|| DATES[(flags as usize >> 5 ^ i) % DATES.len()].to_string()),
        })
        .collect();
    let options = Options {
        date: (flags & 0x80 != 0).then(|| "2026-02-05".to_string()),
    };
    let report = try_reconcile(&docs, &options).expect("good dates and small input are accepted");
    invariants::check_report(&docs, &report);
    serde_json::to_string(&report).expect("a report serialises");
});
