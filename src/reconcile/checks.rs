//! Consistency checks inside one report: a unit conversion in parentheses,
//! a relative date against an absolute one, a part against its whole.

use super::compare::{interval, overlap};
use crate::calendar;
use crate::mention::{Kind, Mention};

/// Tolerance for conversions given in parentheses: outlets round them.
const CONVERSION_TOLERANCE: f64 = 0.06;

/// Every check found in one document's mentions:
/// (mention a, mention b, kind, holds, explanation).
pub fn within(ms: &[Mention]) -> Vec<(usize, usize, &'static str, bool, String)> {
    let mut out = Vec::new();
    for i in 0..ms.len() {
        let a = &ms[i];
        // `1,000km (600-mile)`
        if a.kind == Kind::Measure
            && let Some(b) = ms.get(i + 1)
        {
            let same_dimension = b.kind == Kind::Measure
                && a.detail.measure.map(|m| m.0) == b.detail.measure.map(|m| m.0);
            let gap = b.byte_start.saturating_sub(a.byte_end);
            if same_dimension
                && a.unit != b.unit
                && gap <= 3
                && a.detail.sentence == b.detail.sentence
                && let (Some(x), Some(y)) = (interval(a), interval(b))
            {
                let holds = overlap(x, y, CONVERSION_TOLERANCE);
                let (fa, fb) = (
                    a.detail.measure.map_or(1.0, |m| m.1),
                    b.detail.measure.map_or(1.0, |m| m.1),
                );
                let converted = a.value.as_number().unwrap_or(0.0) * fa / fb;
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
        }
        // `four years ago` against `22 February 2022`.
        if a.kind == Kind::Duration {
            let Some((lo, hi)) = a.detail.period else {
                continue;
            };
            let sa = &a.detail.frame.subject;
            if sa.event.is_none() {
                continue;
            }
            // The nearest absolute date of the same event: one check each,
            // so a long text does not pair every relative date with every date.
            let nearest = ms
                .iter()
                .enumerate()
                .filter(|(j, b)| {
                    let sb = &b.detail.frame.subject;
                    *j != i
                        && b.kind == Kind::Date
                        && !b.detail.frame.absorbed
                        && sb.event == sa.event
                        && sb.head == sa.head
                })
                .filter_map(|(j, b)| b.detail.period.map(|p| (j, b, p)))
                .min_by_key(|(_, b, _)| b.byte_start.abs_diff(a.byte_start));
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
