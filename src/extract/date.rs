//! Dates, periods and times of day: `22 February 2022`, `Feb 5, 2026 07:45
//! pm`, `early 2025`, `autumn 2021`, `end of last year`, `last December`,
//! `Wednesday`, `2014`, `the 1990s`.
//!
//! Relative dates are resolved against the publication date (`anchor`).

use super::Found;
use crate::calendar::{self, Day, Iso, Period, Precision};
use crate::lexer::{TokKind, Tokens};
use crate::lexicon::{self, Part};
use crate::mention::{Kind, Value};

/// Month at token `i` (capitalised), and the index after it (an
/// abbreviation's full stop included).
pub fn month_at(t: &Tokens, i: usize) -> Option<(u32, usize)> {
    if !t.has(i, lexicon::Set::Month) || !t.capitalised(i) {
        return None;
    }
    let w = t.word(i);
    let m = lexicon::month(w)?;
    let mut end = i + 1;
    if w.len() <= 4
        && w != "may"
        && w != "june"
        && w != "july"
        && t.is_punct(end, '.')
        && t.glued(end)
    {
        end += 1;
    }
    Some((m, end))
}

/// The weekday (0 = Monday) named at token `i` (capitalised).
pub fn weekday_at(t: &Tokens, i: usize) -> Option<u32> {
    if !t.has(i, lexicon::Set::Weekday) || !t.capitalised(i) {
        return None;
    }
    lexicon::weekday(t.word(i))
}

/// A four-digit year at token `i`.
pub fn year_at(t: &Tokens, i: usize) -> Option<i64> {
    let tok = t.toks.get(i)?;
    if tok.kind != TokKind::Number || !tok.plain || tok.int_digits != 4 {
        return None;
    }
    let y = tok.value as i64;
    (1000..=2200).contains(&y).then_some(y)
}

/// The year `last year`, `this year` or `next year` at token `i` names,
/// counted from `anchor`'s, and the index after it: the year of a month
/// before it (`in January last year`).
fn relative_year_at(t: &Tokens, i: usize, anchor: Option<Day>) -> Option<(i64, usize)> {
    let (year, _, _) = calendar::civil(anchor?);
    let step = match t.word(i) {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    t.is(i + 1, "year").then_some((year + step, i + 2))
}

/// A day of the month at token `i` (`5`, `22nd`), and the index after it.
fn day_at(t: &Tokens, i: usize) -> Option<(u32, usize)> {
    let tok = t.toks.get(i)?;
    if tok.kind != TokKind::Number || !tok.plain || tok.int_digits > 2 {
        return None;
    }
    let d = tok.value as u32;
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut end = i + 1;
    if t.glued(end) && t.has(end, lexicon::Set::OrdinalSuffix) {
        end += 1;
    }
    Some((d, end))
}

/// A time of day at `i`: `07:45 pm`, `19:45`, `7pm`, `7.45am`.
/// Returns (hour, minute, end).
fn time_at(t: &Tokens, i: usize) -> Option<(u32, u32, usize)> {
    let tok = t.toks.get(i)?;
    // Four digits before a time zone, as wire reports give the time:
    // `(0330 GMT)`, `at 2200 UTC`; or before `local time` (`at about 1740
    // local time`), which stays out of the span, as after `6:48 a.m.`.
    if tok.kind == TokKind::Number && tok.plain && t.raw(i).len() == 4 {
        let end = if zone_at(t, i + 1) {
            Some(i + 2)
        } else if t.is(i + 1, "local") && t.is(i + 2, "time") {
            Some(i + 1)
        } else {
            None
        };
        let (h, min) = (tok.value as u32 / 100, tok.value as u32 % 100);
        return end.filter(|_| h < 24 && min < 60).map(|end| (h, min, end));
    }
    if tok.kind != TokKind::Number || tok.int_digits > 2 {
        return None;
    }
    let raw = t.raw(i);
    let (mut h, mut min, mut end) = (tok.value.trunc() as u32, 0, i + 1);
    let mut has_minutes = false;
    if raw.contains('.') {
        // `7.45am` reads as a time only with am/pm.
        let frac = raw.split('.').nth(1)?;
        if frac.len() != 2 {
            return None;
        }
        min = frac.parse().ok()?;
        has_minutes = true;
    } else if t.is_punct(end, ':')
        && t.glued(end)
        && t.is_number(end + 1)
        && t.glued(end + 1)
        && t.raw(end + 1).len() == 2
    {
        min = t.toks[end + 1].value as u32;
        end += 2;
        has_minutes = true;
    }
    let ampm = t.word(end);
    let ampm = if matches!(ampm, "am" | "pm") {
        end += 1;
        Some(ampm == "pm")
    } else if matches!(ampm, "a" | "p") && t.is_punct(end + 1, '.') && t.is(end + 2, "m") {
        end += 3;
        if t.is_punct(end, '.') && t.glued(end) {
            end += 1;
        }
        Some(t.word(end - 3) == "p" || t.word(end - 4) == "p")
    } else {
        None
    };
    // `at 7 in the morning`, `around 11 at night`: the part of the day
    // says am or pm, after a word that puts the hour in time.
    let ampm = ampm.or_else(|| {
        let timed = i > 0
            && t.is_any(
                i - 1,
                &[
                    "at", "around", "about", "by", "until", "till", "before", "after", "from",
                    "since",
                ],
            );
        if !timed || has_minutes || raw.contains('.') || !(1..=12).contains(&h) {
            return None;
        }
        let (after, pm) = lexicon::PARTS_OF_DAY
            .iter()
            .find_map(|(words, pm)| Some((t.seq(end, words)?, pm.unwrap_or(h >= 6))))?;
        end = after;
        Some(pm)
    });
    match ampm {
        Some(pm) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            if pm && h != 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
        }
        // (`14.38 BST`: a point between hour and minutes, as British
        // papers write the time, when a zone follows.)
        None if !has_minutes || (raw.contains('.') && !zone_at(t, end)) => return None,
        None => {}
    }
    (h < 24 && min < 60).then_some((h, min, end))
}

fn date_found(start: usize, end: usize, p: Period) -> Found {
    let (low, high) = if p.first == p.last || p.precision != Precision::Day && !p.iso.contains('/')
    {
        (None, None)
    } else {
        (
            Some(Value::Text(calendar::iso_day(p.first))),
            Some(Value::Text(calendar::iso_day(p.last))),
        )
    };
    // The period's own spelling becomes the value: moved, not copied.
    let mut f = Found::new(start, end, Kind::Date, Value::Text(p.iso));
    f.low = low;
    f.high = high;
    f.period = Some((p.first, p.last));
    f
}

fn unresolved(start: usize, end: usize, t: &Tokens) -> Found {
    let mut text = t.text[t.toks[start].span().start..t.toks[end - 1].span().end].to_lowercase();
    // (`Saturday's`: the day, not its possessive.)
    for apostrophe in ["'s", "\u{2019}s"] {
        if let Some(day) = text.strip_suffix(apostrophe) {
            text.truncate(day.len());
        }
    }
    Found::new(start, end, Kind::Date, Value::Text(text))
}

/// Words that, with `by` or `until` before a date, put it ahead of the
/// report: a forecast or a plan told in the past tense.
const REPORTED_FUTURE: &[&str] = &[
    "forecast",
    "forecasts",
    "predicts",
    "predicted",
    "projected",
    "would",
    // `Repair crews hoped to restore traffic by Tuesday evening`.
    "hope",
    "hopes",
    "hoped",
    "aim",
    "aims",
    "aimed",
    "expect",
    "expects",
    // `Analysts see the rate at 3.75 percent by December`.
    "see",
    "sees",
];

/// Whether the sentence around token `i` speaks of the future.
fn future_tense(t: &Tokens, i: usize) -> bool {
    // Within 60 tokens either way: a run-on "sentence" of thousands of
    // dates would otherwise be scanned whole for each of them.
    let mut a = i;
    while a > 0 && a + 60 > i && !t.sentence_break_before(a) {
        a -= 1;
    }
    let mut b = i + 1;
    while b < t.len() && b < i + 60 && !t.sentence_break_before(b) {
        b += 1;
    }
    // (A deadline reported in the past tense looks ahead too: `the bank
    // forecast that inflation would fall to 3% by December`.)
    let by = i > 0 && t.is_any(i - 1, &["by", "until"]);
    // (Not a hope that was: `had hoped to reopen by Monday`.)
    let reported_deadline =
        || (a..b).any(|k| t.is_any(k, REPORTED_FUTURE) && !(k > 0 && t.is(k - 1, "had")));
    let cue = |k: usize| match t.word(k) {
        "will" | "'ll" | "shall" | "upcoming" | "due" | "plans" => true,
        // What someone said would happen, with its day in the same few
        // words: `a day of mourning would be held on Sunday`, `the council
        // would meet on Thursday` (not `would have`, which did not happen).
        "would" => k < i && k + 6 >= i && !t.is(k + 1, "have"),
        // A timetable told in the present, right before its date: `when
        // the board meets Feb. 17`, `the session resumes on March 3`.
        w if lexicon::TIMETABLE_VERBS.contains(&w) => {
            k + 1 == i || (k + 2 == i && t.is_any(k + 1, &["on", "in"]))
        }
        // `expected in March`, but not `well above the 200,000 expected.`:
        // after a figure, at the end of a clause, they look back.
        // (Nor `the 170,000 economists had expected and down from
        // 297,000 in September`: a forecast that was.)
        "scheduled" | "planned" | "expected" => {
            t.kind(k + 1) == Some(TokKind::Word)
                && !t.is_any(k + 1, &["and", "but", "or"])
                && !(k > 0 && t.is(k - 1, "had"))
        }
        _ => false,
    };
    // (A cue past the date, after a verb in the past that the date times,
    // is another clause's: `agreed at a meeting on Sunday to reductions
    // that will run for nine months`. The verb is the one just before,
    // not past a participle or an infinitive: `agreed to reductions
    // starting in April that will run`.)
    let told_before = || {
        (a.max(i.saturating_sub(8))..i)
            .rev()
            .take_while(|&k| !t.is(k, "to") && !t.is_any(k, lexicon::SPAN_PARTICIPLES))
            .any(|k| past_verb(t, k))
    };
    // (And one a modal looks ahead to: `it could still drop as much as
    // 250mm of rain by Thursday`.)
    let modal_before = || (a..i).any(|k| t.is_any(k, lexicon::MODALS) && !t.is(k + 1, "have"));
    (by && (reported_deadline() || modal_before()))
        || (a..i).any(cue)
        || ((i..b).any(cue) && !told_before())
}

/// Whether the word at `k` is a verb in the past tense: `agreed`, `said`,
/// `was` (not `expected` or `scheduled`, which look ahead, nor `had`,
/// which may start a plan that was: `had planned to`).
fn past_verb(t: &Tokens, k: usize) -> bool {
    t.is_any(k, lexicon::IRREGULAR_PAST)
        || (super::frame::past_participle(t, k)
            && !t.is_any(k, &["expected", "scheduled", "planned", "needed"])
            && k > 0
            && !t.is_any(k - 1, lexicon::DETERMINERS))
}

/// Period of a named month without a year, nearest to the anchor in the
/// sentence's direction of time.
fn bare_month(anchor: Day, m: u32, future: bool) -> Period {
    let (y, am, _) = calendar::civil(anchor);
    let year = if future {
        if m >= am { y } else { y + 1 }
    } else if m <= am {
        y
    } else {
        y - 1
    };
    Period::month(year, m)
}

/// Day of a named weekday without a date. On the anchor's own weekday the
/// text may mean today or a week ago: the value is today and the interval
/// covers both.
fn bare_weekday(anchor: Day, wd: u32, future: bool) -> (Period, bool) {
    let awd = calendar::weekday(anchor) as i64;
    let wd = wd as i64;
    if future {
        let ahead = (wd - awd).rem_euclid(7);
        return (Period::day(anchor + ahead), false);
    }
    let back = (awd - wd).rem_euclid(7);
    if back == 0 {
        let mut p = Period::day(anchor);
        p.first = anchor - 7;
        return (p, true);
    }
    (Period::day(anchor - back), false)
}

fn apply_part(p: &Period, part: Part) -> Period {
    let (y, _, _) = calendar::civil(p.first);
    match (part, p.precision) {
        (Part::End, _) => Period::day(p.last),
        (Part::Start, _) => Period::day(p.first),
        (Part::Early, Precision::Year) => Period::months(y, 1, 4),
        (Part::Middle, Precision::Year) => Period::months(y, 5, 8),
        (Part::Late, Precision::Year) => Period::months(y, 9, 12),
        (Part::Half(h), Precision::Year) => {
            let m = 6 * u32::from(h);
            Period::months(y, m - 5, m)
        }
        (Part::Quarter(q), Precision::Year) => {
            let m = 3 * u32::from(q);
            Period::months(y, m - 2, m)
        }
        (Part::Half(n) | Part::Quarter(n), _) => {
            // A half or a quarter of a shorter period, by days.
            let parts = if matches!(part, Part::Half(_)) { 2 } else { 4 };
            let len = p.last - p.first + 1;
            if len < parts {
                return p.clone();
            }
            let size = len / parts;
            let start = p.first + size * (i64::from(n) - 1);
            let end = if i64::from(n) == parts {
                p.last
            } else {
                start + size - 1
            };
            Period::days(start, end)
        }
        (part, _) => {
            let len = p.last - p.first + 1;
            // A day or two has no thirds: `late next Monday` is that Monday.
            if len < 3 {
                return p.clone();
            }
            let third = len / 3;
            match part {
                Part::Early => Period::days(p.first, p.first + third - 1),
                Part::Middle => Period::days(p.first + third, p.last - third),
                _ => Period::days(p.last - third + 1, p.last),
            }
        }
    }
}

/// A period word after `last`/`this`/`next`: week, month, year, a month
/// name, a weekday or a season.
fn relative_period(t: &Tokens, i: usize, anchor: Option<Day>) -> Option<(Option<Period>, usize)> {
    let first = t.word(i);
    let shift = lexicon::RELATIVE_SHIFTS
        .iter()
        .find(|(w, _)| *w == first)
        .map(|(_, s)| *s)?;
    let j = i + 1;
    // `last month's talks`
    let mut w = t.word(j);
    while let Some(base) = w.strip_suffix("'s") {
        w = base;
    }
    let resolve = |f: &dyn Fn(Day) -> Period| anchor.map(f);
    // `the past year`, `the past decade`: the span up to the report's day,
    // not the calendar year before (that is `last year`).
    let rolling = match w {
        "week" => Some(7),
        "month" => Some(30),
        "year" => Some(365),
        "decade" => Some(3652),
        _ => None,
    };
    if first == "past"
        && let Some(days) = rolling
    {
        return Some((resolve(&|a| Period::days(a - days, a)), j + 1));
    }
    let p = match w {
        "year" => resolve(&|a| Period::year(calendar::civil(a).0 + shift as i64)),
        "month" => resolve(&|a| {
            let (y, m, _) = calendar::civil(a);
            let (y, m) = calendar::add_months(y, m, shift as i64);
            Period::month(y, m)
        }),
        "week" => resolve(&|a| Period::week_of(a + 7 * shift as i64)),
        // `last night`, `this morning`, `last evening`: the day itself.
        "night" | "morning" | "afternoon" | "evening" if shift <= 0 => {
            resolve(&|a| Period::day(a + i64::from(shift.min(0))))
        }
        "weekend" => resolve(&|a| {
            let sat = a - calendar::weekday(a) as i64 + 5 + 7 * shift as i64;
            let sat = if shift < 0 && sat + 7 <= a {
                sat
            } else if shift < 0 {
                sat - 7 + 7
            } else {
                sat
            };
            Period::days(sat, sat + 1)
        }),
        _ => {
            if let Some((m, end)) = month_at(t, j) {
                let p = anchor.map(|a| {
                    let (y, am, _) = calendar::civil(a);
                    let year = match shift {
                        -1 => {
                            if m < am {
                                y
                            } else {
                                y - 1
                            }
                        }
                        1 => {
                            if m > am {
                                y
                            } else {
                                y + 1
                            }
                        }
                        _ => y,
                    };
                    Period::month(year, m)
                });
                return Some((p, end));
            }
            if let Some(wd) = weekday_at(t, j) {
                let p = anchor.map(|a| {
                    let awd = calendar::weekday(a) as i64;
                    let d = match shift {
                        -1 => {
                            let back = (awd - wd as i64).rem_euclid(7);
                            a - if back == 0 { 7 } else { back }
                        }
                        1 => {
                            let ahead = (wd as i64 - awd).rem_euclid(7);
                            a + if ahead == 0 { 7 } else { ahead }
                        }
                        _ => a - awd + wd as i64,
                    };
                    Period::day(d)
                });
                return Some((p, j + 1));
            }
            if let Some(months) = lexicon::season(w) {
                let future = shift == 0 && future_tense(t, i);
                let p = anchor.map(|a| season_period(a, months, shift, future));
                return Some((p, j + 1));
            }
            return None;
        }
    };
    Some((p, j + 1))
}

/// Whether someone was hurt or killed in the few words before `k`: `was
/// injured in the fall`.
fn hurt_before(t: &Tokens, k: usize) -> bool {
    (k.saturating_sub(5)..k).any(|j| {
        t.listed(j, lexicon::Set::Event, lexicon::event_of)
            .is_some_and(|e| matches!(e, "injured" | "killed"))
    })
}

/// The season of `months` named with `shift` (see [`season_year`]) in a
/// text dated `anchor`.
fn season_period(anchor: Day, (m1, m2): (u32, u32), shift: i32, future: bool) -> Period {
    let (y, am, _) = calendar::civil(anchor);
    Period::months(season_year(y, am, (m1, m2), shift, future), m1, m2)
}

/// The year a season named with `last` (shift -1), `this` (0) or `next`
/// (1) starts in, seen from month `am` of year `y`. The season's months
/// are `m1` to `m2` (`m2` past 12 runs into the next year: winter is 12 to
/// 14). In progress, `last` is the one before it; otherwise `last` is the
/// one that ended most recently (in June, last autumn is the one that
/// ended in November) and `this` the coming one in a sentence about the
/// future, else whichever of the two is nearer (in March, this winter is
/// the one just ended).
fn season_year(y: i64, am: u32, (m1, m2): (u32, u32), shift: i32, future: bool) -> i64 {
    let at = y * 12 + i64::from(am) - 1;
    let start = |year: i64| year * 12 + i64::from(m1) - 1;
    let end = |year: i64| year * 12 + i64::from(m2) - 1;
    // The occurrence that started last, at or before the anchor's month.
    let began = (at - (i64::from(m1) - 1)).div_euclid(12);
    let in_progress = end(began) >= at;
    match (shift.signum(), in_progress) {
        (0, true) => began,
        (-1, true) => began - 1,
        (-1, false) => began,
        (0, false) if !future && at - end(began) < start(began + 1) - at => began,
        _ => began + 1,
    }
}

/// Recognises a date or time starting at token `i`.
pub fn recognise(t: &Tokens, i: usize, anchor: Option<Day>) -> Option<Found> {
    let kind = t.kind(i)?;
    if kind == TokKind::Number {
        return numeric(t, i, anchor);
    }
    // Every phrase below starts with a word of one list: one bit test
    // turns away the other words (qualifiers, number words) at once.
    if kind != TokKind::Word || !t.has(i, lexicon::Set::StartsDate) {
        return None;
    }
    let w = t.word(i);

    // `FY26`, `FY2026`: the lexer splits the letters off. A fiscal year's
    // months differ by country and company (India's FY26 runs from April
    // 2025), so it stands for the year it is named for, as `fiscal 2026`
    // does.
    if w == "fy" {
        let y = fiscal_year(t, i)?;
        return Some(date_found(i, i + 2, Period::year(y)));
    }

    // Years as a span: `models made between 2020 and 2022` (but `between
    // 2000 and 3000 people` are people).
    if w == "between" {
        let (y, y2) = (year_at(t, i + 1)?, year_at(t, i + 3)?);
        let plural_after = !t.capitalised(i + 4) && t.word(i + 4).ends_with('s');
        if !t.is(i + 2, "and") || y2 <= y || y2 - y >= 200 || plural_after {
            return None;
        }
        return Some(years_found(i, i + 4, y, y2));
    }

    // `at noon`, `shortly after midnight`, `(midnight AEDT)`.
    if let Some(&(_, h)) = lexicon::TIME_WORDS.iter().find(|(word, _)| *word == w) {
        let timed = (i > 0 && t.is_any(i - 1, lexicon::TIME_PREPOSITIONS)) || zone_at(t, i + 1);
        if !timed {
            return None;
        }
        return Some(Found::new(
            i,
            i + 1,
            Kind::Time,
            Value::Text(Iso::new().num(h, 2).text(":00").done()),
        ));
    }

    // Period parts: `early 2025`, `end of last year`, `mid-2024`, `late 2021`.
    for (seq, part) in lexicon::PERIOD_PARTS {
        if seq[0] != w {
            continue;
        }
        let Some(mut j) = t.seq(i, seq) else { continue };
        if *part == Part::Middle && t.is_punct(j, '-') && t.glued(j) {
            j += 1;
        }
        if let Some((period, end)) = period_after_part(t, j, anchor) {
            return Some(match period {
                Some(p) => date_found(i, end, apply_part(&p, *part)),
                None => unresolved(i, end, t),
            });
        }
    }

    // `Q3 2024`, `H1 2025`.
    if let Some((_, part)) = lexicon::QUARTER_NAMES.iter().find(|(q, _)| *q == w)
        && let Some(y) = year_at(t, i + 1)
    {
        return Some(date_found(i, i + 2, apply_part(&Period::year(y), *part)));
    }

    // `earlier this year`, `later this month`.
    if matches!(w, "earlier" | "later")
        && t.is(i + 1, "this")
        && let Some((p, end)) = relative_period(t, i + 1, anchor)
    {
        return Some(match p {
            Some(p) => date_found(i, end, p),
            None => unresolved(i, end, t),
        });
    }

    // `last year`, `this week`, `last December`, `next Monday`.
    if let Some((p, end)) = relative_period(t, i, anchor) {
        // `the past two weeks` is a duration: leave it.
        return Some(match p {
            Some(p) => date_found(i, end, p),
            None => unresolved(i, end, t),
        });
    }

    if let Some(d) = t.listed(i, lexicon::Set::RelativeDay, lexicon::relative_day) {
        // `the day before yesterday`, `the day after tomorrow`.
        let (start, d) = match (i.checked_sub(3), d) {
            (Some(s), -1) if t.seq(s, &["the", "day", "before"]).is_some() => (s, -2),
            (Some(s), 1) if t.seq(s, &["the", "day", "after"]).is_some() => (s, 2),
            _ => (i, d),
        };
        return Some(match anchor {
            Some(a) => date_found(start, i + 1, Period::day(a + d as i64)),
            None => unresolved(start, i + 1, t),
        });
    }

    // Seasons with a year: `autumn 2021`, `the spring of 2020`.
    if let Some((m1, m2)) = t.listed(i, lexicon::Set::Season, lexicon::season) {
        let mut j = i + 1;
        if t.is(j, "of") {
            j += 1;
        }
        if let Some(y) = year_at(t, j) {
            return Some(date_found(i, j + 1, Period::months(y, m1, m2)));
        }
        // `were vaccinated in the fall`, `during the summer`: the nearer
        // one, as `this summer` is. (Not `since the fall of the regime`,
        // `the fall in prices`, nor a fall someone was hurt in.)
        if let Some(a) = anchor
            && i >= 2
            && t.is(i - 1, "the")
            && t.is_any(
                i - 2,
                &["in", "during", "over", "through", "throughout", "until"],
            )
            && !t.is_any(i + 1, &["of", "in"])
            && !(t.is(i, "fall") && hurt_before(t, i - 2))
        {
            let p = season_period(a, (m1, m2), 0, future_tense(t, i));
            return Some(date_found(i, i + 1, p));
        }
        return None;
    }

    if let Some(wd) = weekday_at(t, i) {
        // `Wednesday, February 4` and `Wednesday 17 May 2023` are one date,
        // read from the date after the weekday.
        let j = if t.is_punct(i + 1, ',') { i + 2 } else { i + 1 };
        let day_then_month = || {
            day_at(t, j)
                .is_some_and(|(_, k)| month_at(t, if t.is(k, "of") { k + 1 } else { k }).is_some())
        };
        if month_at(t, j).is_some() || day_then_month() {
            return None;
        }
        return Some(match anchor {
            Some(a) => {
                let (p, ambiguous) = bare_weekday(a, wd, future_tense(t, i));
                let day = p.last;
                // Midnight on a day is where it meets the next: `at midnight
                // on Tuesday night` is when Wednesday begins, `00:00 on
                // Wednesday`.
                let midnight = (i >= 2 && t.is(i - 1, "on") && t.is(i - 2, "midnight"))
                    || t.is(i + 1, "midnight");
                let (p, ambiguous) = if midnight {
                    (Period::days(p.first, day + 1), true)
                } else {
                    (p, ambiguous)
                };
                let mut f = date_found(i, i + 1, Period::day(day));
                if ambiguous {
                    f.low = Some(Value::Text(calendar::iso_day(p.first)));
                    f.high = Some(Value::Text(calendar::iso_day(p.last)));
                    f.period = Some((p.first, p.last));
                    f.ambiguous = true;
                }
                f
            }
            None => unresolved(i, i + 1, t),
        });
    }

    if let Some((m, j)) = month_at(t, i) {
        return month_phrase(t, i, m, j, anchor);
    }
    None
}

/// What follows a period part: a year, a month (with or without year), or
/// a relative period. The period is `None` when it needs a publication date
/// that is not known; the index is the token after the phrase.
fn period_after_part(t: &Tokens, j: usize, anchor: Option<Day>) -> Option<(Option<Period>, usize)> {
    let j = if t.is(j, "the") { j + 1 } else { j };
    if let Some(y) = year_at(t, j) {
        // `the mid-1990s`, `the late 2080s`: a part of the decade.
        if t.is(j + 1, "s") && t.glued(j + 1) && y % 10 == 0 {
            let decade = Period::days(calendar::day(y, 1, 1), calendar::day(y + 9, 12, 31));
            return Some((Some(decade), j + 2));
        }
        return Some((Some(Period::year(y)), j + 1));
    }
    if let Some((m, end)) = month_at(t, j) {
        if let Some(y) = year_at(t, end) {
            return Some((Some(Period::month(y, m)), end + 1));
        }
        return Some((anchor.map(|a| bare_month(a, m, future_tense(t, j))), end));
    }
    relative_period(t, j, anchor)
}

/// `February 22, 2022`, `Feb 5, 2026 07:45 pm`, `February 24 2022`,
/// `February 2022`, `December of 2024`, and a month alone.
fn month_phrase(t: &Tokens, i: usize, m: u32, j: usize, anchor: Option<Day>) -> Option<Found> {
    let ambiguous_word =
        t.has(i, lexicon::Set::AmbiguousMonth) || t.word(i) == "may" || t.word(i) == "march";
    if let Some((d, k)) = day_at(t, j) {
        // A span of days in the month: `Sept. 27-28`, `June 3 to 5, 2026`,
        // `between July 7 and 13` (not `June 3 to 5 people`).
        let between = i > 0 && t.is(i - 1, "between") && t.is(k, "and");
        let second = (days_joined(t, k) || between)
            .then(|| day_at(t, k + 1))
            .flatten()
            .filter(|&(d2, after)| d2 > d && t.kind(after) != Some(TokKind::Word));
        if let Some((d2, after)) = second {
            if let Some(last) = month_phrase(t, i, m, k + 1, anchor)
                && let Some((z, z2)) = last.period
                && z == z2
            {
                let first = z - i64::from(d2 - d);
                return Some(date_found(i, last.end, Period::days(first, z)));
            }
            // (With no year known, the span still is one: `between July 7
            // and 13` in a report dated `July 20`, its days as written.)
            if year_at(t, after).is_none() && anchor.is_none() {
                let day = |d: u32| Iso::new().text("--").num(m, 2).sep('-').num(d, 2);
                let span = day(d).sep('/').text(&day(d2).done()).done();
                let mut f = Found::new(i, after, Kind::Date, Value::Text(span));
                f.period = None;
                return Some(f);
            }
        }
        let mut k2 = k;
        if t.is_punct(k2, ',') {
            k2 += 1;
        }
        if let Some(y) = year_at(t, k2) {
            if !calendar::valid(y, m, d) {
                return None;
            }
            return Some(day_with_time(t, i, k2 + 1, calendar::day(y, m, d)));
        }
        // `on March 4 last year`.
        if let Some((y, after)) = relative_year_at(t, k, anchor) {
            if !calendar::valid(y, m, d) {
                return None;
            }
            return Some(date_found(i, after, Period::day(calendar::day(y, m, d))));
        }
        // Month and day without a year.
        return Some(match anchor {
            Some(a) => {
                let (ay, _, _) = calendar::civil(a);
                let future = future_tense(t, i);
                let mut y = ay;
                if !calendar::valid(y, m, d) {
                    return None;
                }
                let z = calendar::day(y, m, d);
                if !future && z > a + 1 {
                    y -= 1;
                } else if future && z < a - 1 {
                    y += 1;
                }
                if !calendar::valid(y, m, d) {
                    return None;
                }
                date_found(i, k, Period::day(calendar::day(y, m, d)))
            }
            None => {
                let mut f = Found::new(
                    i,
                    k,
                    Kind::Date,
                    Value::Text(Iso::new().text("--").num(m, 2).sep('-').num(d, 2).done()),
                );
                f.period = None;
                f
            }
        });
    }
    let mut k = j;
    if t.is(k, "of") || t.is_punct(k, ',') {
        k += 1;
    }
    if let Some(y) = year_at(t, k) {
        return Some(date_found(i, k + 1, Period::month(y, m)));
    }
    // A month alone: `since August`. Ambiguous words need a date word before.
    let prev = i.checked_sub(1).map(|p| t.word(p)).unwrap_or("");
    let date_context = matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "of"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            | "mid"
            | "during"
            | "before"
            | "after"
            | "through"
    ) || (prev == "to" && t.capitalised(i)) // `in the year to March` (not `plans to march`)
        // `as early as May`, `as soon as March`.
        || (prev == "as" && i >= 2 && t.is_any(i - 2, &["early", "late", "soon"]))
        || named_meeting(t, i, j);
    if ambiguous_word && !date_context {
        return None;
    }
    // `in January last year`, `in March this year` (not `prices may this
    // year rise`).
    if let Some((y, after)) = relative_year_at(t, j, anchor) {
        return Some(date_found(i, after, Period::month(y, m)));
    }
    Some(match anchor {
        Some(a) => date_found(i, j, bare_month(a, m, future_tense(t, i))),
        None => Found::new(
            i,
            j,
            Kind::Date,
            Value::Text(Iso::new().text("--").num(m, 2).done()),
        ),
    })
}

/// Whether the month at `i`, written with a capital inside a sentence,
/// names a meeting or the like in the few words up to one of
/// [`lexicon::MONTH_NAMED_NOUNS`] (`the Reserve Bank's May meeting`, `its
/// March policy review`); `j` is the word after the month.
fn named_meeting(t: &Tokens, i: usize, j: usize) -> bool {
    // (After a determiner or a possessive: `the May meeting`, `the bank's
    // May meeting`, not `Theresa May said the meeting`.)
    let owned = |p: usize| lexicon::is_determiner(t.word(p)) || t.word(p).ends_with("'s");
    i > 0
        && t.capitalised(i)
        && !t.sentence_break_before(i)
        && owned(i - 1)
        && (j..j + 3)
            .take_while(|&k| t.kind(k) == Some(TokKind::Word) && !t.capitalised(k))
            .any(|k| t.is_any(k, lexicon::MONTH_NAMED_NOUNS))
}

/// Whether the token at `j` joins two days of a span: `to`, or a dash
/// glued to the second day (`3-5`, `3–5`).
fn days_joined(t: &Tokens, j: usize) -> bool {
    t.is(j, "to") || ((t.is_punct(j, '-') || t.is_punct(j, '\u{2013}')) && t.glued(j + 1))
}

/// Dates that start with digits: ISO dates, `22 February 2022`, years,
/// decades, times of day.
fn numeric(t: &Tokens, i: usize, anchor: Option<Day>) -> Option<Found> {
    // ISO 8601: 2026-02-05.
    if let Some(y) = year_at(t, i)
        && t.is_punct(i + 1, '-')
        && t.glued(i + 1)
        && t.is_number(i + 2)
        && t.glued(i + 2)
        && t.raw(i + 2).len() == 2
        && t.is_punct(i + 3, '-')
        && t.glued(i + 3)
        && t.is_number(i + 4)
        && t.glued(i + 4)
        && t.raw(i + 4).len() == 2
    {
        let m = t.toks[i + 2].value as u32;
        let d = t.toks[i + 4].value as u32;
        if calendar::valid(y, m, d) {
            return Some(date_found(i, i + 5, Period::day(calendar::day(y, m, d))));
        }
    }
    if let Some(f) = slashed(t, i) {
        return Some(f);
    }
    // Day first: `22 February 2022`, `5th of May`.
    if let Some((d, j)) = day_at(t, i) {
        // The first day of a span in one month: `3 to 5 June`, `3-5 June`,
        // and two days, `27 and 28 September` (the month after both).
        if (days_joined(t, j) || t.is(j, "and"))
            && let Some((d2, _)) = day_at(t, j + 1)
            && d2 > d
            && let Some(last) = numeric(t, j + 1, anchor)
            && let Some((z, z2)) = last.period
            && z == z2
        {
            let first = z - i64::from(d2 - d);
            return Some(date_found(i, last.end, Period::days(first, z)));
        }
        let j2 = if t.is(j, "of") { j + 1 } else { j };
        if let Some((m, k)) = month_at(t, j2) {
            if let Some(y) = year_at(t, k).or_else(|| {
                if t.is_punct(k, ',') {
                    year_at(t, k + 1)
                } else {
                    None
                }
            }) {
                let end = if year_at(t, k).is_some() {
                    k + 1
                } else {
                    k + 2
                };
                if calendar::valid(y, m, d) {
                    return Some(day_with_time(t, i, end, calendar::day(y, m, d)));
                }
                return None;
            }
            if let Some(a) = anchor {
                let (ay, _, _) = calendar::civil(a);
                let future = future_tense(t, i);
                let mut y = ay;
                if calendar::valid(y, m, d) {
                    let z = calendar::day(y, m, d);
                    if !future && z > a + 1 {
                        y -= 1;
                    } else if future && z < a - 1 {
                        y += 1;
                    }
                }
                if calendar::valid(y, m, d) {
                    return Some(date_found(i, k, Period::day(calendar::day(y, m, d))));
                }
                return None;
            }
            return Some(Found::new(
                i,
                k,
                Kind::Date,
                Value::Text(Iso::new().text("--").num(m, 2).sep('-').num(d, 2).done()),
            ));
        }
    }
    // A race time (`2:01:09`) is a span, not a time of day.
    if let Some(f) = super::quantity::clock_duration(t, i) {
        return Some(f);
    }
    // A time of day: `07:45 pm`.
    if let Some((h, min, end)) = time_at(t, i) {
        // The zone it is given in is part of it: `3am AEDT`, `21.17 BST`.
        let end = end + usize::from(zone_at(t, end));
        let mut f = Found::new(
            i,
            end,
            Kind::Time,
            Value::Text(Iso::new().num(h, 2).sep(':').num(min, 2).done()),
        );
        f.unit = None;
        return Some(f);
    }
    // Decades: the 1990s.
    if let Some(y) = year_at(t, i) {
        if t.is(i + 1, "s") && t.glued(i + 1) && y % 10 == 0 {
            return Some(years_found(i, i + 2, y, y + 9));
        }
        return year_alone(t, i, y);
    }
    None
}

/// The day `z`, written from token `i` to `end`, with the time of day that
/// may follow it: `Feb 5, 2026 07:45 pm`, `7 May 2026 14.38 BST`, `May 17,
/// 2023 at 10:05`.
fn day_with_time(t: &Tokens, i: usize, end: usize, z: Day) -> Found {
    let mut tt = end;
    if t.is_any(tt, &["at"]) || t.is_punct(tt, ',') {
        tt += 1;
    }
    let Some((h, min, end)) = time_at(t, tt) else {
        return date_found(i, end, Period::day(z));
    };
    let mut f = date_found(i, end, Period::day(z));
    f.value = Value::Text(
        Iso::new()
            .day(z)
            .sep('T')
            .num(h, 2)
            .sep(':')
            .num(min, 2)
            .done(),
    );
    f
}

/// Whether token `i` is a time zone written in capitals (`GMT`, `BST`,
/// `AEST`): not the words `cat` or `west`.
pub(super) fn zone_at(t: &Tokens, i: usize) -> bool {
    t.is_any(i, lexicon::TIME_ZONES) && t.raw(i).bytes().all(|b| b.is_ascii_uppercase())
}

/// A date in digits with slashes and a full year: `1/4/2027`, `25/12/2026`,
/// `12/25/2026`. Day first or month first is told by a part over 12; when
/// neither is (`1/4/2027`: 1 April or January 4), the date is the span
/// between the two readings, which rules out nothing either reading allows.
fn slashed(t: &Tokens, i: usize) -> Option<Found> {
    let small = |k: usize| {
        t.is_number(k) && t.toks[k].plain && t.raw(k).len() <= 2 && t.toks[k].value >= 1.0
    };
    let slash = |k: usize| t.is_punct(k, '/') && t.glued(k) && t.glued(k + 1);
    if !(small(i) && slash(i + 1) && small(i + 2) && slash(i + 3) && t.raw(i + 4).len() == 4) {
        return None;
    }
    let y = year_at(t, i + 4)?;
    let (a, b) = (t.toks[i].value as u32, t.toks[i + 2].value as u32);
    let day = |m: u32, d: u32| calendar::valid(y, m, d).then(|| calendar::day(y, m, d));
    let p = match (day(b, a), day(a, b)) {
        (Some(x), Some(z)) if x != z => Period::days(x.min(z), x.max(z)),
        (Some(x), _) | (None, Some(x)) => Period::day(x),
        (None, None) => return None,
    };
    Some(date_found(i, i + 5, p))
}

/// The year of `FY26` or `FY2026` at `i` (the letters as written, the
/// digits glued to them).
fn fiscal_year(t: &Tokens, i: usize) -> Option<i64> {
    if t.raw(i) != lexicon::FISCAL_YEAR || !t.is_number(i + 1) || !t.glued(i + 1) {
        return None;
    }
    let digits = t.raw(i + 1);
    let n: i64 = digits.parse().ok()?;
    match digits.len() {
        2 => Some(2000 + n),
        4 if (1900..=2100).contains(&n) => Some(n),
        _ => None,
    }
}

/// The span of whole years `y` to `y2` read at `i..end` (`2014-2022`,
/// `between 2020 and 2022`), spelled `2014/2022`.
fn years_found(i: usize, end: usize, y: i64, y2: i64) -> Found {
    let mut f = date_found(
        i,
        end,
        Period::days(calendar::day(y, 1, 1), calendar::day(y2, 12, 31)),
    );
    f.value = Value::Text(Iso::new().num(y, 0).sep('/').num(y2, 0).done());
    f
}

fn year_alone(t: &Tokens, i: usize, y: i64) -> Option<Found> {
    if !(1800..=2100).contains(&y) {
        return None;
    }
    let prev = i.checked_sub(1);
    // Money, signs and units make it an amount.
    if prev.is_some_and(|p| {
        t.kind(p) == Some(TokKind::Punct)
            && t.glued(i)
            && !t.is_punct(p, '(')
            && !t.is_punct(p, '-')
            && !t.is_punct(p, '\u{2013}')
    }) {
        return None;
    }
    let next = i + 1;
    if t.glued(next) && t.kind(next) == Some(TokKind::Word) {
        return None;
    }
    if t.is_punct(next, '%') {
        return None;
    }
    // A year range: 2014-2022, 2021-22. With a slash, only a year and the
    // next, as fiscal years and seasons are written (`fiscal year
    // 2024/25`, `the 2025/2026 season`): `1990/2000` is no span.
    let dash = t.is_punct(next, '-') || t.is_punct(next, '\u{2013}');
    if (dash || t.is_punct(next, '/')) && t.glued(next) && t.glued(next + 1) {
        let second = match year_at(t, next + 1) {
            Some(y2) => Some(y2),
            None if t.is_number(next + 1) && t.raw(next + 1).len() == 2 => {
                Some(y / 100 * 100 + t.toks[next + 1].value as i64)
            }
            None => None,
        };
        if let Some(y2) = second
            && y2 > y
            && (if dash { y2 - y < 200 } else { y2 == y + 1 })
        {
            return Some(years_found(i, next + 2, y, y2));
        }
    }
    let prev_word = prev.map(|p| t.word(p)).unwrap_or("");
    let date_context = lexicon::is(lexicon::Set::YearPreposition, prev_word);
    if !date_context {
        // `2000 troops`: a plural noun after it makes it a count. (Not a
        // singular in `-s`: `the 2021 census`, `the 2008 crisis`, `the
        // 2020 class`.)
        let nw = t.word(next);
        if !nw.is_empty()
            && !t.capitalised(next)
            && nw.ends_with('s')
            && !lexicon::singular_in_s(nw)
            && !matches!(
                nw,
                "was"
                    | "has"
                    | "is"
                    | "as"
                    | "its"
                    | "this"
                    | "his"
                    | "levels"
                    | "elections"
                    | "figures"
                    | "saw"
                    | "'s"
            )
        {
            return None;
        }
        if super::number::scale_at(t, next).is_some() {
            return None;
        }
    }
    Some(date_found(i, i + 1, Period::year(y)))
}

#[cfg(test)]
mod tests {
    use crate::{Options, extract};

    /// The dates and times found in `text` published on `anchor`.
    fn date(text: &str, anchor: &str) -> Vec<(String, String)> {
        let opts = Options {
            date: Some(anchor.into()),
        };
        extract(text, &opts)
            .into_iter()
            .filter(|m| matches!(m.kind, crate::Kind::Date | crate::Kind::Time))
            .map(|m| (m.text, m.value.as_text().unwrap_or_default().to_string()))
            .collect()
    }

    /// Each row: text, publication date, the one date's ISO value.
    fn check(rows: &[(&str, &str, &str)]) {
        for (text, anchor, iso) in rows {
            let d = date(text, anchor);
            assert_eq!(d.len(), 1, "{text:?} gave {d:?}");
            assert_eq!(d[0].1, *iso, "{text:?}");
        }
    }

    const PUB: &str = "2026-02-05";

    #[test]
    fn full_dates_in_every_order() {
        check(&[
            ("It began on 22 February 2022.", PUB, "2022-02-22"),
            ("It began on February 22, 2022.", PUB, "2022-02-22"),
            ("which began on February 24 2022, and", PUB, "2022-02-24"),
            ("Published: Feb 5, 2026 07:45 pm", PUB, "2026-02-05T19:45"),
            ("On the 5th of May 2021 it rained.", PUB, "2021-05-05"),
            ("Filed 2026-02-05 by staff", PUB, "2026-02-05"),
        ]);
    }

    #[test]
    fn a_weekday_before_its_date_is_one_date() {
        // One figure, not a weekday and a date: the weekday is left out of
        // the span and the date after it is read.
        check(&[
            ("It flooded on Wednesday 17 May 2023.", PUB, "2023-05-17"),
            (
                "It flooded on Wednesday, 17th of May 2023.",
                PUB,
                "2023-05-17",
            ),
            ("It flooded on Wednesday, May 17, 2023.", PUB, "2023-05-17"),
            ("It flooded on Wednesday February 4 and", PUB, "2026-02-04"),
        ]);
        // A weekday before some other number stays a weekday.
        check(&[("On Wednesday 14 people died.", PUB, "2026-02-04")]);
    }

    #[test]
    fn months_and_years() {
        check(&[
            ("in December 2024, when", PUB, "2024-12"),
            ("Crimea, annexed in 2014, is", PUB, "2014"),
            ("during the 1990s", PUB, "1990/1999"),
            ("the 2014-2022 period", PUB, "2014/2022"),
        ]);
    }

    #[test]
    fn fuzzy_periods() {
        check(&[
            ("in early 2025, he said", PUB, "2025-01/2025-04"),
            ("suspended in late 2021.", PUB, "2021-09/2021-12"),
            ("suspended since autumn 2021.", PUB, "2021-09/2021-11"),
            ("through the end of last year.", PUB, "2025-12-31"),
            ("by mid-2024 it", PUB, "2024-05/2024-08"),
        ]);
        assert_eq!(
            date("through the end of last year.", PUB)[0].0,
            "end of last year"
        );
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        check(&[
            ("through last December.", PUB, "2025-12"),
            ("an estimate given last month by", PUB, "2026-01"),
            ("Last year there was", PUB, "2025"),
            ("This week, envoys met", PUB, "2026-W06"),
            ("none since August.", PUB, "2025-08"),
            ("It will open in August.", PUB, "2026-08"),
            ("A vote is expected in August.", PUB, "2026-08"),
            // `expected` after a figure looks back: the month is past.
            (
                "In August, 275,000 jobs were added, above the 200,000 expected.",
                PUB,
                "2025-08",
            ),
            // Across a year boundary.
            ("talks last month", "2026-01-10", "2025-12"),
            ("yesterday", "2026-01-01", "2025-12-31"),
        ]);
    }

    #[test]
    fn a_deadline_hoped_for_or_expected_is_ahead() {
        // Published on Thursday 5 February 2026.
        check(&[
            (
                "Crews hoped to restore traffic by Tuesday evening.",
                PUB,
                "2026-02-10",
            ),
            ("The group expects it to fall by December.", PUB, "2026-12"),
            (
                "Analysts see the rate at 3.75 percent by December.",
                PUB,
                "2026-12",
            ),
            // A hope that was looks back.
            (
                "Crews had hoped to reopen the line by Monday.",
                PUB,
                "2026-02-02",
            ),
        ]);
    }

    #[test]
    fn a_future_in_a_clause_after_the_date_is_that_clause_s() {
        // Published on Thursday 5 February 2026: the meeting was on
        // Sunday; the reductions start in a coming April.
        let text = "Members agreed at a virtual meeting on Sunday to reductions \
                    starting in April that will run for nine months.";
        let d = date(text, PUB);
        assert_eq!(d[0].1, "2026-02-01", "{d:?}");
        assert_eq!(d[1].1, "2026-04", "{d:?}");
        // With nothing told in the past before it, the date looks ahead.
        check(&[("On Sunday the board will meet.", PUB, "2026-02-08")]);
        // So does a timetable told in the present.
        check(&[
            ("a cut when the board meets Feb. 17.", PUB, "2026-02-17"),
            ("The session resumes on January 12.", PUB, "2027-01-12"),
        ]);
    }

    #[test]
    fn weekdays_resolve_to_the_nearest_past_day() {
        check(&[("on Wednesday", PUB, "2026-02-04")]);
        // Published on a Thursday: "on Thursday" is that day, or a week before.
        let m = extract(
            "talks on Thursday",
            &Options {
                date: Some(PUB.into()),
            },
        );
        assert_eq!(m[0].value.as_text(), Some("2026-02-05"));
        assert_eq!(
            m[0].low.as_ref().and_then(|v| v.as_text()),
            Some("2026-01-29")
        );
    }

    #[test]
    fn may_and_march_need_context() {
        assert!(date("Officials may meet.", PUB).is_empty());
        check(&[
            ("since May", PUB, "2025-05"),
            ("on 3 May 2023", PUB, "2023-05-03"),
        ]);
    }

    #[test]
    fn years_against_counts() {
        assert!(date("2000 troops were sent", PUB).is_empty());
        check(&[("compared with 2024, the", PUB, "2024")]);
    }
}
