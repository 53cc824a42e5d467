//! Consistency checks inside one report: a unit conversion in parentheses,
//! a relative date against an absolute one, a part against its whole.

use super::compare::{interval, overlap};
use crate::calendar;
use crate::mention::{Kind, Mention};

/// Tolerance for conversions given in parentheses: outlets round them.
const CONVERSION_TOLERANCE: f64 = 0.06;

/// Whether measure `b` gives measure `a`, right before it, in another unit:
/// `1,000km (600-mile)`, `about 40 km (25 miles)`.
pub fn converts(a: &Mention, b: &Mention) -> bool {
    a.kind == Kind::Measure
        && b.kind == Kind::Measure
        && a.detail.measure.map(|m| m.0) == b.detail.measure.map(|m| m.0)
        && a.unit != b.unit
        && b.byte_start.saturating_sub(a.byte_end) <= 3
        && a.detail.sentence == b.detail.sentence
}

/// Every check found in one document's mentions:
/// (mention a, mention b, kind, holds, explanation).
pub fn within(text: &str, ms: &[Mention]) -> Vec<(usize, usize, &'static str, bool, String)> {
    let mut out = Vec::new();
    // Absolute dates by (event, head), in text order: the nearest one to a
    // relative date is found by bisection, so a long text stays linear.
    let mut dates: rustc_hash::FxHashMap<(Option<&str>, Option<&str>), Vec<usize>> =
        Default::default();
    for (j, b) in ms.iter().enumerate() {
        if b.kind == Kind::Date && !b.detail.frame.absorbed && b.detail.period.is_some() {
            let sb = &b.detail.frame.subject;
            dates
                .entry((sb.event, sb.head.as_deref()))
                .or_default()
                .push(j);
        }
    }
    for i in 0..ms.len() {
        let a = &ms[i];
        if let Some((whole, part)) = part_of_whole(text, ms, i) {
            let (w, p) = (&ms[whole], &ms[part]);
            if let (Some(wi), Some(pi)) = (interval(w), interval(p)) {
                let holds = pi.0 <= wi.1;
                out.push((
                    whole,
                    part,
                    "part-whole",
                    holds,
                    format!(
                        "{} is given as part of {}{}",
                        p.text,
                        w.text,
                        if holds {
                            ", and is no larger"
                        } else {
                            ", but is larger than it"
                        }
                    ),
                ));
            }
        }
        // `1,000km (600-mile)`
        if let Some(b) = ms.get(i + 1)
            && converts(a, b)
            && let (Some(x), Some(y)) = (interval(a), interval(b))
        {
            let holds = overlap(x, y, CONVERSION_TOLERANCE);
            let (fa, fb) = (
                a.detail.measure.map_or(1.0, |m| m.1),
                b.detail.measure.map_or(1.0, |m| m.1),
            );
            // (Through the base unit: Fahrenheit has an offset too.)
            let v = a.value.as_number().unwrap_or(0.0);
            let base = match a.unit.as_deref() {
                Some("°F") => (v - 32.0) * 5.0 / 9.0,
                _ => v * fa,
            };
            let converted = match b.unit.as_deref() {
                Some("°F") => base * 9.0 / 5.0 + 32.0,
                _ => base / fb,
            };
            out.push((
                i,
                i + 1,
                "conversion",
                holds,
                format!(
                    "{} is {:.0} {}; the text gives {}{}",
                    a.text,
                    converted,
                    b.unit.as_deref().unwrap_or(""),
                    b.text,
                    if holds {
                        ", a fair rounding"
                    } else {
                        ", which does not match"
                    }
                ),
            ));
        }
        // `four years ago` against `22 February 2022`.
        if a.kind == Kind::Duration {
            let Some((lo, hi)) = a.detail.period else {
                continue;
            };
            let sa = &a.detail.frame.subject;
            // (Nor one that only times a figure: `from 11.1% a year ago to
            // 4.6% in October`.)
            if sa.event.is_none() || a.detail.frame.absorbed {
                continue;
            }
            // The nearest absolute date of the same event: one check each,
            // so a long text does not pair every relative date with every date.
            let nearest = dates
                .get(&(sa.event, sa.head.as_deref()))
                .and_then(|list| {
                    let p = list.partition_point(|&j| ms[j].byte_start < a.byte_start);
                    [p.checked_sub(1), Some(p)]
                        .into_iter()
                        .flatten()
                        .filter_map(|q| list.get(q).copied())
                        .min_by_key(|&j| (ms[j].byte_start.abs_diff(a.byte_start), j))
                })
                .and_then(|j| ms[j].detail.period.map(|p| (j, &ms[j], p)));
            if let Some((j, b, (bl, bh))) = nearest {
                let holds = lo <= bh && bl <= hi;
                out.push((
                    i,
                    j,
                    "relative-date",
                    holds,
                    format!(
                        "{} points at {} to {}; {} {} that",
                        a.text,
                        calendar::iso_day(lo),
                        calendar::iso_day(hi),
                        b.text,
                        if holds { "fits" } else { "does not fit" }
                    ),
                ));
            }
        }
    }
    out
}

/// Whether mention `i` is a part whose whole the text names plainly:
/// `314 prisoners were exchanged… 157 Ukrainians were among those released`,
/// `70,000 people, including 5,000 children`. Returns (whole, part).
fn part_of_whole(text: &str, ms: &[Mention], i: usize) -> Option<(usize, usize)> {
    let counts = |m: &Mention| matches!(m.kind, Kind::Count) && m.value.as_number().is_some();
    let m = &ms[i];
    if !counts(m) || i == 0 {
        return None;
    }
    let prev = &ms[i - 1];
    // `W, including P` / `W, of whom P`, in one sentence. (Not after a
    // list, `68 passengers and four crew on board, including 15 foreign
    // nationals`: the part is of them all, or of one, not of the last.)
    let between = text.get(prev.byte_end..m.byte_start).unwrap_or("");
    let after_list = i >= 2 && {
        let before = &ms[i - 2];
        let joint = text.get(before.byte_end..prev.byte_start).unwrap_or("");
        counts(before)
            && before.detail.sentence == prev.detail.sentence
            && joint.len() < 40
            && (joint.contains(" and ") || joint.contains(" or "))
    };
    if counts(prev)
        && !after_list
        && prev.detail.sentence == m.detail.sentence
        && between.len() < 80
        && [" including ", " of whom ", " of which ", " among them "]
            .iter()
            .any(|w| between.contains(w))
    {
        return Some((i - 1, i));
    }
    // `P … were among those …`: the whole is the count just before, within a
    // sentence or two.
    let after = text
        .get(m.byte_end..(m.byte_end + 40).min(text.len()))
        .unwrap_or("");
    let after = after
        .get(..after.find(['.', ';']).unwrap_or(after.len()))
        .unwrap_or("");
    if after.contains(" among ") {
        // (Of the same toll, when the part is one: `Thirty-three children
        // were among the dead` is no part of `at least 11 canisters` fired,
        // nor of a stadium's capacity; but `157 Ukrainians were among
        // those released` is a part of `314 prisoners were exchanged`.)
        let event = m.detail.frame.subject.event;
        let whole = (0..i).rev().take(3).find(|&j| {
            let w = &ms[j];
            let e = w.detail.frame.subject.event;
            counts(w)
                && w.detail.sentence != m.detail.sentence
                && m.byte_start - w.byte_end < 400
                && (event.is_none_or(|x| !crate::extract::happens_to_people(x)) || e == event)
        })?;
        return Some((whole, i));
    }
    None
}
