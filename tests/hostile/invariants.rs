//! Invariants every result of the engine must satisfy, whatever the input.
//! Shared by `tests/properties.rs`, `tests/hostile.rs` and the fuzz targets
//! (each includes this file with `#[path = ...] mod invariants;`), so a
//! violation panics with a message naming the broken rule.
#![allow(dead_code)]

use factcheck::{Claim, Document, Mention, Report, Value};

/// UTF-16 length of `s`, as JavaScript's `s.length`.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn finite(v: &Value, what: &str, m: &str) {
    if let Value::Number(n) = v {
        assert!(n.is_finite(), "{what} of {m:?} is not finite: {n}");
    }
}

/// Spans inside `text`, on char boundaries, equal to `m.text`, UTF-16
/// offsets matching the prefixes, in order and not overlapping; numbers
/// finite; `low <= high`.
pub fn check_mentions(text: &str, ms: &[Mention]) {
    let mut prev_end = 0usize;
    let mut prev_utf16 = 0usize;
    for (i, m) in ms.iter().enumerate() {
        assert!(
            m.byte_start < m.byte_end,
            "mention {i} {:?} has an empty or reversed byte span {}..{}",
            m.text,
            m.byte_start,
            m.byte_end
        );
        assert!(
            m.byte_end <= text.len(),
            "mention {i} ends at byte {} past the text ({} bytes)",
            m.byte_end,
            text.len()
        );
        assert!(
            text.is_char_boundary(m.byte_start) && text.is_char_boundary(m.byte_end),
            "mention {i} span {}..{} is not on char boundaries",
            m.byte_start,
            m.byte_end
        );
        assert_eq!(
            &text[m.byte_start..m.byte_end],
            m.text,
            "mention {i}: text differs from its byte span"
        );
        assert!(
            m.byte_start >= prev_end,
            "mention {i} {:?} starts at byte {} before the previous one ends at {}",
            m.text,
            m.byte_start,
            prev_end
        );
        // UTF-16 offsets: counted incrementally from the previous mention so
        // the check stays linear on big inputs.
        let start16 = prev_utf16 + utf16_len(&text[prev_end..m.byte_start]);
        let end16 = start16 + utf16_len(&m.text);
        assert_eq!(m.start, start16, "mention {i} {:?}: UTF-16 start", m.text);
        assert_eq!(m.end, end16, "mention {i} {:?}: UTF-16 end", m.text);
        prev_end = m.byte_end;
        prev_utf16 = end16;

        finite(&m.value, "value", &m.text);
        if let Some(l) = &m.low {
            finite(l, "low", &m.text);
        }
        if let Some(h) = &m.high {
            finite(h, "high", &m.text);
        }
        match (&m.low, &m.high) {
            (Some(Value::Number(l)), Some(Value::Number(h))) => {
                assert!(l <= h, "mention {i} {:?}: low {l} > high {h}", m.text)
            }
            // ISO days `YYYY-MM-DD`: string order is date order.
            (Some(Value::Text(l)), Some(Value::Text(h))) if l.len() == h.len() => {
                assert!(l <= h, "mention {i} {:?}: low {l} > high {h}", m.text)
            }
            _ => {}
        }
    }
}

fn check_claim(docs: &[Document], report: &Report, c: &Claim, what: &str) {
    let d = docs
        .iter()
        .position(|d| d.id == c.doc)
        .unwrap_or_else(|| panic!("{what} names document {:?}, which is not given", c.doc));
    let dr = &report.documents[d];
    assert_eq!(dr.id, c.doc, "{what}: report documents out of order");
    let m = dr.mentions.get(c.mention).unwrap_or_else(|| {
        panic!(
            "{what} points at mention {} of {:?}, which has {}",
            c.mention,
            c.doc,
            dr.mentions.len()
        )
    });
    assert_eq!(
        (c.start, c.end, c.text.as_str()),
        (m.start, m.end, m.text.as_str()),
        "{what}: span differs from the mention it points at"
    );
    assert_eq!(c.value, m.value, "{what}: value differs from its mention");
}

/// Every document's mentions satisfy [`check_mentions`]; every claim in a
/// fact or check points at a mention that exists, with the same span.
pub fn check_report(docs: &[Document], report: &Report) {
    assert_eq!(
        report.documents.len(),
        docs.len(),
        "one result per document"
    );
    for (d, r) in docs.iter().zip(&report.documents) {
        assert_eq!(d.id, r.id);
        check_mentions(&d.text, &r.mentions);
    }
    for f in &report.facts {
        assert!(!f.claims.is_empty(), "fact {} has no claim", f.id);
        for c in &f.claims {
            check_claim(docs, report, c, &format!("fact {}", f.id));
        }
    }
    for ch in &report.checks {
        check_claim(docs, report, &ch.a, "check a");
        check_claim(docs, report, &ch.b, "check b");
    }
}
