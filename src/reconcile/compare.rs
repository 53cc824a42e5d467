//! Whether two claims can both be right: their intervals overlap once
//! qualifiers, rounding and units are taken into account.

use crate::mention::{Approx, Kind, Mention};

/// How far past a floor (`more than 4,600`) the figure it bounds may lie,
/// as a share of it (or a step of it, whichever is more: `more than 100`
/// allows 150).
const FLOOR_REACH: f64 = 0.25;

/// How far either side a figure of one digit and zeros (`20,000`, `10
/// jets`) may lie, as a share of it, at most. A quarter of its step would
/// let `10` cover 12.5 and `20,000` cover 22,000, which a reader takes for
/// two different counts.
const ONE_DIGIT_SHARE: f64 = 0.05;

/// Whether `m` is a floor: `more than 4,600`, `at least 23`.
fn is_floor(m: &Mention) -> bool {
    matches!(m.approx, Approx::MoreThan | Approx::AtLeast)
}

/// The interval a mention allows, in the base unit of its dimension (days
/// for dates and durations), rounding included.
pub fn interval(m: &Mention) -> Option<(f64, f64)> {
    interval_of(m, false)
}

/// [`interval`], with a floor read as `near` the figure it bounds when
/// that is so: against a figure that is no floor. A report that knows of
/// 8,000 people evacuated does not say `more than 4,600`, and `more than 40
/// flights` are not `about 70`; but two floors bound the same count from
/// below, each as far as its report had it (`at least 30` killed and `at
/// least 48` in the hours after a quake).
fn interval_of(m: &Mention, near: bool) -> Option<(f64, f64)> {
    let d = &m.detail;
    match m.kind {
        Kind::Date => d.period.map(|(a, b)| (a as f64, b as f64)),
        Kind::Duration => {
            let days = d.days?;
            // `five months` is 4.5 to 5.5 months; `almost four years`, 3 to 4.
            let unit = unit_days(m.value.as_text().unwrap_or(""));
            let n = days / unit;
            let (lo, hi) = match m.approx {
                Approx::Almost | Approx::JustUnder => (n - 1.0, n),
                Approx::MoreThan | Approx::AtLeast => (n, f64::INFINITY),
                Approx::UpTo | Approx::LessThan => (0.0, n),
                Approx::About => (n - 1.0, n + 1.0),
                // (Just under half a unit: `a six-year contract` and `a
                // five-year contract` do not touch at five and a half.)
                _ => (n - 0.49, n + 0.49),
            };
            Some((lo * unit, hi * unit))
        }
        Kind::Time => {
            let minutes = minutes_of(m.value.as_text()?)?;
            // `around 10:40 pm` is some minutes either side: a report's
            // `10:45 p.m.` fits it, `7:15 a.m.` does not fit `about 6.40am`.
            // (And a time given to the hour, `4am`, `3pm`, is rounded to
            // it: `4:17 a.m.` and `3:20 p.m.` fit, `1am` and `11:40 p.m.`
            // do not.)
            let hour = to_the_hour(&m.text);
            let slack = if hour { HOUR_SLACK } else { TIME_SLACK };
            let (lo, hi) = match m.approx {
                Approx::About => (minutes - slack, minutes + slack),
                Approx::Almost | Approx::JustUnder => (minutes - slack, minutes),
                _ if hour => (minutes - slack, minutes + slack),
                _ => (minutes, minutes),
            };
            Some((lo, hi))
        }
        // A rank is what it says: the 13th year is not the 17th.
        Kind::Ordinal => m.value.as_number().map(|v| (v, v)),
        _ => {
            m.value.as_number()?;
            let factor = d.measure.map_or(1.0, |(_, f)| f);
            let mut lo = m
                .low
                .as_ref()
                .and_then(|v| v.as_number())
                .unwrap_or(f64::NEG_INFINITY);
            let mut hi = m
                .high
                .as_ref()
                .and_then(|v| v.as_number())
                .unwrap_or(f64::INFINITY);
            if near && is_floor(m) && lo.is_finite() {
                hi = hi.min(lo + d.step.max(lo.abs() * FLOOR_REACH));
            }
            // A vague amount sets a floor only: headlines say `thousands
            // evacuated` of the 30,000 a report counts, `hundreds` of 1,500.
            if m.approx == Approx::Vague {
                hi = f64::INFINITY;
            }
            // A figure given as exact still stands for what rounds to it.
            if m.approx == Approx::Exact {
                // Half a step either way (`1.2 thousand` covers 1,150 to
                // 1,250). A one-digit figure's step is as large as the figure
                // itself, so there a quarter: `€5bn` against `€4.5bn` is a
                // discrepancy a reader would flag, though 4.5 rounds to 5.
                // And never more than ONE_DIGIT_SHARE of it.
                let v = m.value.as_number().unwrap_or(0.0).abs();
                let one_digit = d.step >= v / 9.0 && v >= 10.0;
                // Just under half, so that neighbours on the grid (4.4% and
                // 4.5%) do not touch.
                let step = if d.step > 0.0 { d.step } else { 1.0 };
                let half = if one_digit {
                    (step * 0.25).min(v * ONE_DIGIT_SHARE)
                } else {
                    step * 0.49
                };
                lo -= half;
                hi += half;
            }
            let (lo, hi) = (to_base(lo, factor, m), to_base(hi, factor, m));
            // `tons` may be short (US) or long (UK) tons as well as metric
            // ones: `1.8 million tons` of coal is `about 1.6 million
            // tonnes`.
            Some(if plain_tons(m) {
                (lo * SHORT_TON, hi * LONG_TON)
            } else {
                (lo, hi)
            })
        }
    }
}

/// How far, in minutes, a time said `about` or `around` may be from the
/// one given.
const TIME_SLACK: f64 = 15.0;

/// How far, in minutes, a time given to the hour may be from it.
const HOUR_SLACK: f64 = 30.0;

/// Whether a time of day is written to the hour, with no minutes (`4am`,
/// `3 p.m.`; not `4.12am`, `15:00`, `1500 GMT`).
fn to_the_hour(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(first) = b.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let digits = b[first..].iter().take_while(|c| c.is_ascii_digit()).count();
    let minutes = b
        .get(first + digits..first + digits + 2)
        .is_some_and(|w| matches!(w[0], b':' | b'.') && w[1].is_ascii_digit());
    digits <= 2 && !minutes
}

/// Minutes past midnight of a time of day as the engine writes it
/// (`23:20`, `06:48:30`).
fn minutes_of(iso: &str) -> Option<f64> {
    let mut parts = iso.split(':');
    let hours: f64 = parts.next()?.parse().ok()?;
    let minutes: f64 = parts.next()?.parse().ok()?;
    Some(hours * 60.0 + minutes)
}

/// A short ton and a long ton, in metric tonnes.
const SHORT_TON: f64 = 0.907_184_74;
const LONG_TON: f64 = 1.016_046_908_8;

/// Whether a weight is written in `tons` with nothing to say which: not
/// `tonnes`, not `metric tons`.
fn plain_tons(m: &Mention) -> bool {
    // (Asked in every comparison of a weight: no lower-cased copy.)
    let has = |word: &str| {
        m.text
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    m.unit.as_deref() == Some("t") && has("ton") && !has("tonne") && !has("metric")
}

fn to_base(v: f64, factor: f64, m: &Mention) -> f64 {
    match m.unit.as_deref() {
        // Temperatures convert with an offset.
        Some("°F") => (v - 32.0) * 5.0 / 9.0,
        _ => v * factor,
    }
}

/// Days in the unit of an ISO duration (`P5M` → a month).
pub fn unit_days(iso: &str) -> f64 {
    let des = iso.chars().last().unwrap_or('D');
    let time = iso.contains('T');
    match (des, time) {
        ('Y', _) => 365.2425,
        ('M', false) => 30.436875,
        ('W', _) => 7.0,
        ('D', _) => 1.0,
        ('H', true) => 1.0 / 24.0,
        ('M', true) => 1.0 / 1440.0,
        _ => 1.0 / 86400.0,
    }
}

/// Whether two intervals share a point, with a relative tolerance.
pub fn overlap(a: (f64, f64), b: (f64, f64), tolerance: f64) -> bool {
    let slack = |x: f64| {
        if x.is_finite() {
            x.abs() * tolerance
        } else {
            0.0
        }
    };
    a.0 - slack(a.0) <= b.1 + slack(b.1) && b.0 - slack(b.0) <= a.1 + slack(a.1)
}

/// The peak a figure said `up to` reaches, within 5% under it: `gusts of
/// up to 230 kph` were measured at about 230. Two reports' `up to` (or `as
/// many as`) say how high the same thing went, so they are compared as
/// peaks: `up to 230 kph` and `up to 250 km/h` cannot both be right, though
/// as bounds alone they would overlap. (Against a figure of another kind
/// `up to` stays a bound: `as many as seven` allows `two`.)
fn peak((_, hi): (f64, f64)) -> (f64, f64) {
    (hi - hi.abs() * 0.05, hi)
}

/// Whether every mention of `ms` can be right together: intervals on a line
/// overlap pairwise exactly when they share a point, so one pass tells,
/// with no pair looked at. False when one has no interval. (Peaks, see
/// [`peak`], when two or more say `up to`.)
pub fn share_a_point<'m>(ms: impl IntoIterator<Item = &'m Mention> + Clone) -> bool {
    // (In one pass: whether two or more say `up to`, and whether one is
    // no floor.)
    let (ups, near) = ms.clone().into_iter().fold((0, false), |(ups, near), m| {
        (
            ups + usize::from(m.approx == Approx::UpTo),
            near || !is_floor(m),
        )
    });
    let peaks = ups >= 2;
    let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
    let (mut peak_lo, mut peak_hi) = (f64::NEG_INFINITY, f64::INFINITY);
    for m in ms {
        let Some((a, b)) = interval_of(m, near).filter(|(a, b)| a <= b) else {
            return false;
        };
        lo = lo.max(a);
        hi = hi.min(b);
        if peaks && m.approx == Approx::UpTo {
            let (a, b) = peak((a, b));
            peak_lo = peak_lo.max(a);
            peak_hi = peak_hi.min(b);
        }
    }
    lo <= hi && peak_lo <= peak_hi
}

/// Whether two mentions of one fact can both be right.
pub fn compatible(a: &Mention, b: &Mention) -> bool {
    // Times of day in two zones (`6:48 a.m.` local, `1248 GMT`) cannot be
    // told apart without the place's offset: neither rules the other out.
    if a.kind == Kind::Time && zone(a) != zone(b) {
        return true;
    }
    let peaks = a.approx == Approx::UpTo && b.approx == Approx::UpTo;
    let near = is_floor(a) != is_floor(b);
    let as_compared = |m: &Mention| interval_of(m, near).map(|i| if peaks { peak(i) } else { i });
    match (as_compared(a), as_compared(b)) {
        (Some(x), Some(y)) => overlap(x, y, 0.0),
        _ => a.value == b.value,
    }
}

/// The zone a time of day is written in (`1248 GMT`, `14.38 BST`), in
/// capitals as written; `None` for local time.
pub fn zone(m: &Mention) -> Option<&str> {
    let last = m.text.rsplit(' ').next()?;
    (last.bytes().all(|b| b.is_ascii_uppercase())
        && crate::lexicon::TIME_ZONES
            .iter()
            .any(|z| z.eq_ignore_ascii_case(last)))
    .then_some(last)
}
