//! Finds the publication date a text states: a leading `date 2026-02-05`,
//! a `Published: Feb 5, 2026 07:45 pm` line, or a dateline `Feb 11, 2026:`.

use super::date;
use crate::calendar::Day;
use crate::lexer::Tokens;
use crate::mention::Kind;

const TRIGGERS: &[&str] = &[
    "date",
    "dated",
    "published",
    "updated",
    "posted",
    "filed",
    "first",
];

/// The publication date, if the text states one.
pub fn detect(t: &Tokens) -> Option<Day> {
    for i in 0..t.len() {
        if !(i == 0 || t.toks[i].newline_before) {
            continue;
        }
        let mut k = i;
        let mut triggered = false;
        while k < t.len()
            && k < i + 4
            && (t.is_any(k, TRIGGERS) || t.is(k, "on") || t.is_punct(k, ':'))
        {
            triggered = true;
            k += 1;
        }
        let Some(f) = date::recognise(t, k, None) else {
            continue;
        };
        let Some((a, b)) = f.period else { continue };
        if f.kind != Kind::Date || a != b {
            continue;
        }
        let dateline = t.is_punct(f.end, ':')
            || t.is_punct(f.end, '\u{2014}')
            || t.is_punct(f.end, '-')
            || f.end >= t.len()
            || t.toks[f.end].newline_before;
        if triggered || dateline {
            return Some(a);
        }
    }
    None
}
