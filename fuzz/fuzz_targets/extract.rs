//! Arbitrary bytes, decoded lossily as a browser would, through
//! `try_extract` with and without a publication date. Any panic, or any
//! broken span invariant (see tests/hostile/invariants.rs), is a crash.
#![no_main]

#[path = "../../tests/hostile/invariants.rs"]
mod invariants;

use factcheck::{Options, try_extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for date in [None, Some("2026-02-05"), Some("1999-12-31")] {
        let options = Options {
            date: date.map(String::from),
        };
        let ms = try_extract(&text, &options).expect("a good date and small input are accepted");
        invariants::check_mentions(&text, &ms);
        for m in &ms {
            let json = serde_json::to_value(m).expect("a mention serialises");
            assert!(
                !json["value"].is_null(),
                "{:?}: value is not finite",
                m.text
            );
        }
    }
});
