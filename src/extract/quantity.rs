//! Amounts: counts, money, percentages, measures and durations, with their
//! qualifiers (`around 55,000`, `more than 70,000`, `just under 6,000`),
//! ranges (`between 10 and 20`), vague amounts (`tens of thousands`) and
//! ordinals (`second`, `4th`).

use super::Found;
use super::number::{self, Num};
use crate::calendar::{Day, Iso};
use crate::lexer::{TokKind, Tokens};
use crate::lexicon::{self, Unit};
use crate::mention::{Approx, Kind, Value};

/// The qualifier starting at `i`, and the index after it.
pub fn qualifier_at(t: &Tokens, i: usize) -> Option<(Approx, usize)> {
    if !t.has(i, lexicon::Set::StartsQualifier) {
        return None;
    }
    // `ticked up to 3.9%`: `up` belongs to the verb, and the figure is where
    // the rate went, not a ceiling.
    if i > 0 && t.is(i, "up") && lexicon::VERBS_TAKING_UP.contains(&t.word(i - 1)) {
        return None;
    }
    // (Nor after what was revised: `revised first-quarter growth up to
    // 0.3% from 0.2%`.)
    if t.is(i, "up") && (i.saturating_sub(5)..i).any(|j| t.is_any(j, &["revised", "revises"])) {
        return None;
    }
    // The first word is the one looked up: only the rest is matched.
    lexicon::qualifiers_starting(t.word(i))
        .iter()
        .find_map(|(seq, a)| t.seq(i + 1, &seq[1..]).map(|end| (*a, end)))
}

/// Interval a qualified figure stands for. `step` is the rounding the figure
/// is given to (1,000 for 55,000).
pub fn bounds(v: f64, step: f64, approx: Approx) -> (Option<f64>, Option<f64>) {
    match approx {
        Approx::Exact | Approx::Range | Approx::Vague => (Some(v), Some(v)),
        // `about 40 km` stands for what rounds to it at its own step (35 to
        // 45); a figure given finely is meant finely, though never to less
        // than 5% (`about ¥38bn` and `about ¥32bn` cannot both be right).
        // (Just under half a step, so that neighbours on the grid, `about
        // 2 km` and `about 3 km`, do not touch.)
        Approx::About => {
            let d = (v.abs() * 0.05).max(step * 0.49);
            (Some(v - d), Some(v + d))
        }
        Approx::Almost | Approx::JustUnder => {
            let s = if step >= v.abs() && v.abs() >= 1.0 {
                (v.abs() / 10.0).max(1.0)
            } else {
                step
            };
            (Some(v - s), Some(v))
        }
        Approx::MoreThan | Approx::AtLeast => (Some(v), None),
        Approx::UpTo | Approx::LessThan => (None, Some(v)),
    }
}

/// Where the name ending at `last` starts when it is what a verb of giving
/// gives to (`the final count gave the Social Democrats 48 seats`,
/// `handing Labour 411 seats`): a figure after it is no model number, and
/// the name holds what it counts.
pub fn recipient(t: &Tokens, last: usize) -> Option<usize> {
    let mut k = last;
    while k > 0 && last - k < 3 && t.capitalised(k) && !t.has(k, lexicon::Set::FunctionWord) {
        k -= 1;
    }
    let first = k + 1;
    if t.is(k, "the") && k > 0 {
        k -= 1;
    }
    (first <= last && t.is_any(k, lexicon::GIVING_VERBS)).then_some(first)
}

/// Adverbs that open a sentence before its figure, capitalised as any
/// first word is, and name nothing: `Barely 40 people came`, `Initially
/// 12 were reported dead`.
const OPENING_ADVERBS: &[&str] = &[
    "barely",
    "hardly",
    "scarcely",
    "merely",
    "exactly",
    "precisely",
    "fully",
    "initially",
    "originally",
    "previously",
    "currently",
    "reportedly",
    "officially",
    "overall",
    "typically",
    "usually",
];

/// Whether the number at `j` is part of a name (`France 2`, `F-16`,
/// `Boeing 737`), a phone number or an identifier, not a figure.
pub fn is_name_number(t: &Tokens, j: usize) -> bool {
    let tok = t.toks[j];
    // `the first 911 call`: an emergency number, not 911 calls.
    if tok.plain
        && matches!(tok.value as u32, 911 | 999 | 112)
        && t.is_any(j + 1, lexicon::EMERGENCY_CALL_WORDS)
    {
        return true;
    }
    if j > 0 && tok.plain {
        let p = j - 1;
        // `junction 5`, `level 4`, `No 10`, `iPhone 15`: a label, not an
        // amount. (Not before a unit of time: `crossed the line 41 seconds
        // clear`.)
        if t.has(p, lexicon::Set::LabelNoun)
            && t.kind(p) == Some(TokKind::Word)
            && !t.glued(j)
            && (t.raw(p) != "no" || t.capitalised(p))
            && !t.has(j + 1, lexicon::Set::TimeUnit)
        {
            return true;
        }
        let raw = t.raw(p);
        if t.kind(p) == Some(TokKind::Word)
            && raw.chars().skip(1).any(char::is_uppercase)
            && raw.chars().any(char::is_lowercase)
        {
            return true;
        }
    }
    // `won 3-1`: a score, the second figure smaller.
    let dash = |k: usize| {
        (t.is_punct(k, '-') || t.is_punct(k, '\u{2013}')) && t.glued(k) && t.glued(k + 1)
    };
    // A tie (`a 3-3 draw`) is a score too: no range has equal ends. So is
    // any pair with a word of a match next to it (`lost 1-3`, `a 1-2
    // defeat`).
    let small = |k: usize| t.is_number(k) && t.toks[k].plain && t.toks[k].int_digits <= 2;
    let match_word = |a: usize, b: usize| {
        let near = |k: usize| t.is_any(k, lexicon::MATCH_WORDS);
        a.checked_sub(1).is_some_and(near)
            || a.checked_sub(2)
                .is_some_and(|k| near(k) && t.is_any(k + 1, &["a", "the"]))
            || near(b + 1)
    };
    // The pair whose first figure is at `a`: a score when the second is no
    // larger, or a word of a match stands next to it.
    let score = |a: usize| {
        let b = a + 2;
        small(a)
            && dash(a + 1)
            && small(b)
            && (t.toks[b].value <= t.toks[a].value || match_word(a, b))
    };
    if score(j) || (j >= 2 && score(j - 2)) {
        return true;
    }
    // `020`, `0958`: a leading zero marks a code or a phone number.
    if tok.plain && tok.int_digits > 1 && t.raw(j).starts_with('0') {
        return true;
    }
    // `0161 496 0000`: three or more groups of digits in a row.
    let spaced = |k: usize| t.is_number(k) && t.toks[k].plain && !t.glued(k);
    let mut run = 1;
    let mut k = j;
    // Three are enough to know: stopping there keeps `5 5 5 5…` linear.
    while run < 3 && k > 0 && spaced(k) && t.is_number(k - 1) && t.toks[k - 1].plain {
        run += 1;
        k -= 1;
    }
    let mut k = j + 1;
    while run < 3 && spaced(k) {
        run += 1;
        k += 1;
    }
    if run >= 3 {
        return true;
    }
    if j > 0 {
        let p = j - 1;
        // (Not after a possessive: `Italy's 27 largest cities`. Nor a
        // tally after a body that votes: `passed the House 218 to 214`.)
        let tally = p > 0
            && t.is(p - 1, "the")
            && t.is(j + 1, "to")
            && t.is_number(j + 2)
            && t.is_any(p, lexicon::VOTING_BODIES);
        if t.kind(p) == Some(TokKind::Word)
            && t.capitalised(p)
            && tok.plain
            && !tally
            && !t.word(p).ends_with("'s")
            && !t.has(p, lexicon::Set::FunctionWord)
            // (Nor a determiner opening a sentence: `Its 23 crew were
            // rescued`, `These 40 homes burned`.)
            && !lexicon::is_determiner(t.word(p))
            && recipient(t, p).is_none()
            // (Nor a verb of a headline written in capitals: `Pharma
            // Jumps 18%`, `Jet Overruns Runway, Injuring 11`. Nor a
            // number that is a share: no name ends in `18%`.)
            && !t.has(p, lexicon::Set::Event)
            && !(t.is_punct(j + 1, '%') || t.has(j + 1, lexicon::Set::PercentStart))
            && super::date::month_at(t, p).is_none()
            && !t.has(p, lexicon::Set::Weekday)
            && qualifier_at(t, p).is_none()
            && !t.is_any(p, OPENING_ADVERBS)
            && !t.sentence_break_before(j)
            // (Nor a span of time after a place: `crossed the line at the
            // Opera House 41 seconds clear`.)
            && !t.has(j + 1, lexicon::Set::TimeUnit)
        {
            return true;
        }
        if (t.is_punct(p, '-') || t.is_punct(p, '\u{2011}'))
            && t.glued(p)
            && t.glued(j)
            && p > 0
            && t.kind(p - 1) == Some(TokKind::Word)
        {
            let w = t.word(p - 1);
            if !matches!(
                w,
                "mid" | "pre" | "post" | "early" | "late" | "minus" | "top"
            ) && number::read(t, p - 1).is_none()
            {
                return true;
            }
        }
        if t.is_punct(p, '#') || t.is_punct(p, '+') && t.glued(j) {
            return true;
        }
        if t.is_punct(p, '.') && p > 0 && t.is(p - 1, "no") {
            return true;
        }
    }
    // 555-123-4567: three or more digit groups joined by dashes or dots.
    let joins = |k: usize| {
        (t.is_punct(k, '-') || t.is_punct(k, '.'))
            && t.glued(k)
            && t.is_number(k + 1)
            && t.glued(k + 1)
    };
    let mut groups = 1;
    let mut k = j;
    // Three groups are enough to know: stopping there keeps long runs
    // (`1.1.1.1…`) linear.
    while groups < 3 && k >= 2 && joins(k - 1) && t.is_number(k - 2) {
        groups += 1;
        k -= 2;
    }
    let mut k = j;
    while groups < 3 && joins(k + 1) {
        groups += 1;
        k += 2;
    }
    if groups >= 3 {
        return true;
    }
    if j > 0
        && t.is_punct(j - 1, ')')
        && j > 2
        && t.is_number(j - 2)
        && t.is_punct(j - 3, '(')
        && t.raw(j - 2).len() == 3
    {
        return true;
    }
    false
}

fn unit_at(t: &Tokens, i: usize, glued: bool) -> Option<(&'static Unit, usize)> {
    if !t.has(i, lexicon::Set::UnitStart) {
        return None;
    }
    let mut best: Option<(&'static Unit, usize)> = None;
    // (A capital temperature letter may stand apart where nothing follows
    // it in its clause: `above 45 C (113 F)`.)
    let apart = |u: &Unit| {
        u.dimension == "temperature"
            && t.raw(i).chars().all(char::is_uppercase)
            && t.kind(i + 1) != Some(TokKind::Word)
            && t.kind(i + 1) != Some(TokKind::Number)
            // (Nor the letter of a name: `20 F-16 jets`.)
            && !is_hyphen(t, i + 1)
    };
    for (u, name) in lexicon::units_starting(t.word(i)) {
        if u.symbol_only && !glued && !apart(u) {
            continue;
        }
        // `pounds` weigh before `of` (`5 pounds of cocaine`) and in
        // brackets after a weight (`1,750 kilograms (3,860 pounds)`): else
        // they are money.
        if name[0].starts_with("pound") && !t.is(i + 1, "of") && !converts_a_weight(t, i) {
            continue;
        }
        if let Some(end) = unit_spelling_at(t, i, name)
            && best.is_none_or(|(_, e)| end > e)
        {
            best = Some((u, end));
        }
    }
    // Single-letter units written in capitals only: `20C`, not `20c`.
    if let Some((u, _)) = best
        && u.symbol_only
        && u.dimension == "temperature"
        && !t.raw(i).chars().all(char::is_uppercase)
    {
        return None;
    }
    best
}

/// Whether the unit word at `i` is in brackets right after a unit of
/// weight: `1,750 kilograms (3,860 pounds)`.
fn converts_a_weight(t: &Tokens, i: usize) -> bool {
    let Some(open) = (i.saturating_sub(3)..i).rev().find(|&k| t.is_punct(k, '(')) else {
        return false;
    };
    open >= 1
        && (open + 1..i).all(|k| t.is_number(k))
        && lexicon::units_starting(t.word(open - 1))
            .iter()
            .any(|(u, _)| u.dimension == "mass")
}

/// Where the unit spelled `name` ends if it starts at token `i`. A `/` in
/// a spelling is a slash glued on both sides: `km/h` is three tokens.
fn unit_spelling_at(t: &Tokens, i: usize, name: &[&str]) -> Option<usize> {
    let mut k = i;
    for w in name {
        let ok = match *w {
            "/" => t.is_punct(k, '/') && t.glued(k) && t.glued(k + 1),
            w => t.is(k, w),
        };
        if !ok {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// Whether the plain whole number at token `i` is someone's age: after
/// `aged`, `age` or `ages` ([`lexicon::AGE_WORDS`]), or set off by commas
/// after a name (`Prime Minister Elena Vasquez, 52, said`, `Vasquez, 53,
/// has`) and before a word in lower case.
fn is_age(t: &Tokens, i: usize, value: f64) -> bool {
    if !could_be_age(t, i, value) {
        return false;
    }
    if (i >= 1 && t.is_any(i - 1, lexicon::AGE_WORDS)) || in_age_list(t, i) {
        return true;
    }
    // (Or the ends of a span of ages: `ranged in age from 15 to 34`, `aged
    // from 15 to 34`.)
    // (Not an age a rule sets: `raise the retirement age from 62 to 64`.)
    let ages_from = |k: usize| {
        k >= 3
            && t.is(k - 1, "from")
            && (t.is_any(k - 2, &["ages", "aged"]) || (t.is(k - 2, "age") && t.is(k - 3, "in")))
    };
    if ages_from(i) || (i >= 2 && t.is(i - 1, "to") && t.is_number(i - 2) && ages_from(i - 2)) {
        return true;
    }
    // (Or an age and all above it: `people in Japan are 65 or older`.)
    if t.is_any(i + 1, &["or", "and"]) && t.is(i + 2, "older") {
        return true;
    }
    // (After a person named by a role too: `the captain, 47, was held`.)
    let person = |p: usize| {
        (t.capitalised(p) && !t.has(p, lexicon::Set::StartsDate))
            || (t.has(p, lexicon::Set::PersonRole)
                && p >= 1
                && lexicon::is_determiner(t.word(p - 1)))
    };
    let set_off = i >= 2 && t.is_punct(i - 1, ',') && t.is_punct(i + 1, ',') && person(i - 2);
    // (Not a list of places and counts: `Texas, 499, and New Mexico, 57`.)
    set_off
        && t.kind(i + 2) == Some(TokKind::Word)
        && !t.capitalised(i + 2)
        && !t.is_any(i + 2, &["and", "or", "while"])
}

/// Whether the number at token `i` is a later item of a list of ages:
/// `aged 28, 34 and 51`, `aged 19, 22, and 40`.
fn in_age_list(t: &Tokens, i: usize) -> bool {
    let mut k = i;
    // (A list of more than a few ages is rare; the walk stays short.)
    for _ in 0..6 {
        let Some(sep) = k.checked_sub(1) else {
            return false;
        };
        let comma_before = |j: usize| j >= 1 && t.is_punct(j - 1, ',');
        let prev = if t.is_any(sep, &["and", "or"]) {
            if comma_before(sep) { sep - 1 } else { sep }
        } else if t.is_punct(sep, ',') {
            sep
        } else {
            return false;
        };
        let Some(prev) = prev.checked_sub(1) else {
            return false;
        };
        let plain_whole = t.is_number(prev) && t.toks[prev].plain;
        if !plain_whole {
            return false;
        }
        if prev >= 1 && t.is_any(prev - 1, lexicon::AGE_WORDS) {
            return true;
        }
        k = prev;
    }
    false
}

fn currency_before(t: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    // `US$4.5bn`: word `US` glued to `$`.
    if t.is_punct(j + 1, '$') && t.glued(j + 1) && t.glued(j + 2) {
        let w = format!("{}$", t.word(j));
        if let Some((_, c)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == w) {
            return Some((c, j + 2));
        }
    }
    // `$US60,000`, `$A138,000`: the country after the sign.
    if t.is_punct(j, '$')
        && t.kind(j + 1) == Some(TokKind::Word)
        && t.glued(j + 1)
        && t.glued(j + 2)
        && t.is_number(j + 2)
    {
        let letters = t.word(j + 1);
        if let Some((_, c)) = lexicon::CURRENCY_SYMBOLS
            .iter()
            .find(|(s, _)| s.strip_prefix('$') == Some(letters))
        {
            return Some((c, j + 2));
        }
    }
    if t.kind(j) == Some(TokKind::Punct) && t.glued(j + 1) {
        let raw = t.raw(j);
        if let Some((_, c)) = lexicon::CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == raw) {
            return Some((c, j + 1));
        }
    }
    // `Rs 500 crore`, `Rs.500`, `RM2.4 billion`: a currency abbreviated
    // before the amount, as written. (`R9.5bn`: a letter only glued to it,
    // as the lexer splits it off money alone.)
    let raw = t.raw(j);
    if t.kind(j) == Some(TokKind::Word)
        && !lexicon::CURRENCY_AFTER_SIGN.contains(&raw)
        && let Some(c) = lexicon::currency_abbreviation(raw)
    {
        let k = if t.is_punct(j + 1, '.') && t.glued(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if t.is_number(k) && (raw.len() > 1 || (k == j + 1 && t.glued(k))) {
            return Some((c, k));
        }
    }
    // `USD 5m`, `EUR 10bn`: upper-case codes only.
    let raw = t.raw(j);
    if raw.len() == 3
        && raw.chars().all(|c| c.is_ascii_uppercase())
        && t.is_number(j + 1)
        && t.has(j, lexicon::Set::CurrencyWord)
        && let Some(c) = lexicon::currency_word(t.word(j))
    {
        return Some((c, j + 1));
    }
    None
}

fn time_unit_at(t: &Tokens, i: usize) -> Option<(&'static str, f64)> {
    if !t.has(i, lexicon::Set::TimeUnit) {
        return None;
    }
    let w = t.word(i);
    // (An abbreviation with a capital is a name: `the SEC`.)
    if t.capitalised(i) && lexicon::TIME_ABBREVIATIONS.contains(&w) {
        return None;
    }
    lexicon::time_unit(w)
}

/// `a week`, `a fortnight`, `an hour` after a word that takes a span of
/// time (`lasted a fortnight`, `jailed for a year`, `within an hour`,
/// `more than a decade`): one unit. (Not `once a week` or `$5bn a year`,
/// rates, nor `a year ago`, a date; but `about an hour later than
/// planned` is a span.)
pub(super) fn one_unit(t: &Tokens, i: usize, qualified: bool) -> Option<Found> {
    // (Bit tests first: most words fail them.)
    if !t.has(i, lexicon::Set::Article)
        || !t.has(i + 1, lexicon::Set::TimeUnit)
        || t.is_any(i + 2, &["ago", "earlier", "before"])
        || (t.is(i + 2, "later") && !qualified)
    {
        return None;
    }
    let unit = time_unit_at(t, i + 1)?;
    // (`for a second day` is a rank.)
    if t.is(i + 1, "second") && t.kind(i + 2) == Some(TokKind::Word) {
        return None;
    }
    // `a month-long inspection`, `a week-long strike`: one unit written as
    // an adjective, the span of the noun after it.
    if t.is_punct(i + 2, '-') && t.glued(i + 2) && t.glued(i + 3) && t.is(i + 3, "long") {
        let mut f = Found::new(i + 1, i + 4, Kind::Duration, Value::Number(1.0));
        set_duration(&mut f, 1.0, unit);
        return Some(f);
    }
    let context = qualified
        || i.checked_sub(1)
            .is_some_and(|p| t.is_any(p, lexicon::SPAN_TAKERS));
    if !context {
        return None;
    }
    // (`an hour and a half`, not `a year and a half ago`: a span back.)
    let half = number::and_a_half(t, i + 2)
        .filter(|&end| !t.is_any(end, &["ago", "earlier", "before", "later"]));
    let (value, end) = half.map_or((1.0, i + 2), |end| (1.5, end));
    let mut f = Found::new(i, end, Kind::Duration, Value::Number(value));
    set_duration(&mut f, value, unit);
    Some(f)
}

/// `a mile`, `a metre` after a qualifier (`about a mile from the fence`,
/// `less than a metre`, `almost a metre of snow`), which says it is a
/// measure of one: a length or an area spelled out (`almost an acre`),
/// whose approximation is `approx`.
pub(super) fn one_measure(t: &Tokens, i: usize, approx: Approx) -> Option<Found> {
    if !t.is_any(i, &["a", "an"]) || t.kind(i + 1) != Some(TokKind::Word) {
        return None;
    }
    let (unit, end) = unit_at(t, i + 1, false)?;
    // (Spelled out: not `a m`.)
    if !matches!(unit.dimension, "length" | "area") || t.word(i + 1).len() < 4 {
        return None;
    }
    let mut f = Found::new(i, end, Kind::Measure, Value::Number(1.0));
    f.unit = Some(unit.symbol);
    f.measure = Some((unit.dimension, unit.factor));
    f.approx = approx;
    let (lo, hi) = bounds(1.0, 1.0, approx);
    f.low = lo.map(Value::Number);
    f.high = hi.map(Value::Number);
    Some(f)
}

/// Whether the number at `i` could be someone's age in years: a whole
/// number from 1 to 120, written in plain digits.
fn could_be_age(t: &Tokens, i: usize, value: f64) -> bool {
    (1.0..=120.0).contains(&value) && value.fract() == 0.0 && t.toks[i].plain
}

/// Makes `f` a duration of `value` units of `(designator, days)`.
fn set_duration(f: &mut Found, value: f64, (designator, days): (&str, f64)) {
    f.kind = Kind::Duration;
    f.value = Value::Text(iso_duration(value, designator));
    f.days = Some(value * days);
}

/// Makes `f` a range of ages from `lo` to `hi` units of `years`: `aged
/// between 20 and 40`, `in his 60s`.
fn set_age_range(f: &mut Found, lo: f64, hi: f64, years: (&str, f64)) {
    set_duration(f, lo, years);
    f.approx = Approx::Range;
    f.low = Some(f.value.clone());
    f.high = Some(Value::Text(iso_duration(hi, years.0)));
}

/// One part of a span of time: how many units, the unit's ISO designator
/// ([`lexicon::TIME_UNITS`]) and its length in days.
type SpanPart = (f64, &'static str, f64);

/// The parts of a span of time written in more than one unit, from the
/// first (`value`, its designator and days per unit) on: `2 hours, 0
/// minutes and 35 seconds`, `three years and six months`. Each part is in a
/// smaller unit than the one before. Gives the parts and the token after
/// them, or `None` when only the first unit is written.
fn smaller_units_after(t: &Tokens, mut k: usize, first: SpanPart) -> Option<(SpanParts, usize)> {
    // (Most spans have one unit: asked at every one, this allocates nothing.)
    let mut parts = SpanParts {
        parts: [first; 3],
        len: 1,
    };
    while parts.len < 3 {
        let mut j = k;
        if t.is_punct(j, ',') {
            j += 1;
        }
        if t.is(j, "and") {
            j += 1;
        }
        let Some(n) = number::read(t, j).filter(|n| !n.scaled && n.end == j + 1) else {
            break;
        };
        let Some((des, days)) = time_unit_at(t, n.end) else {
            break;
        };
        if days >= parts.parts[parts.len - 1].2 {
            break;
        }
        parts.parts[parts.len] = (n.value, des, days);
        parts.len += 1;
        k = n.end + 1;
    }
    (parts.len > 1).then_some((parts, k))
}

/// Up to three parts of a span of time, without a heap allocation.
struct SpanParts {
    parts: [SpanPart; 3],
    len: usize,
}

impl std::ops::Deref for SpanParts {
    type Target = [SpanPart];

    fn deref(&self) -> &[SpanPart] {
        &self.parts[..self.len]
    }
}

/// The ISO 8601 spelling of a span of time in parts: `PT2H0M35S`, `P3Y6M`.
fn iso_of_parts(parts: &[SpanPart]) -> String {
    let mut date = String::new();
    let mut time = String::new();
    for &(n, des, _) in parts {
        let part = iso_duration(n, des);
        // `iso_duration` writes one part whole (`PT2H`, `P6M`): keep what
        // follows its `P` or `PT`.
        match part.strip_prefix("PT") {
            Some(rest) => time.push_str(rest),
            None => date.push_str(part.strip_prefix('P').unwrap_or(&part)),
        }
    }
    if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    }
}

/// A race time on a clock, hours to seconds: `2:01:09`, `2:00:35`; or
/// minutes and seconds with a fraction, `3:43.13`. (Two groups alone,
/// `2:04`, are a time of day.)
pub fn clock_duration(t: &Tokens, i: usize) -> Option<Found> {
    let group = |k: usize| {
        t.is_number(k) && t.glued(k) && t.toks[k].int_digits == 2 && t.is_punct(k - 1, ':')
    };
    let first = t.toks.get(i)?;
    if first.kind != TokKind::Number || !first.plain || first.int_digits > 2 {
        return None;
    }
    if !(t.glued(i + 1) && group(i + 2)) {
        return None;
    }
    // The number at `k` in the unit `name`.
    let part = |k: usize, name: &str| -> Option<SpanPart> {
        let (des, days) = lexicon::time_unit(name)?;
        Some((t.toks[k].value, des, days))
    };
    let (parts, end) = if t.toks[i + 2].plain && t.glued(i + 3) && group(i + 4) {
        let parts = [
            part(i, "hours")?,
            part(i + 2, "minutes")?,
            part(i + 4, "seconds")?,
        ];
        (SpanParts { parts, len: 3 }, i + 5)
    } else if !t.toks[i + 2].plain {
        let (m, s) = (part(i, "minutes")?, part(i + 2, "seconds")?);
        (
            SpanParts {
                parts: [m, s, s],
                len: 2,
            },
            i + 3,
        )
    } else {
        return None;
    };
    if parts[1..].iter().any(|&(n, _, _)| n >= 60.0) {
        return None;
    }
    let mut f = Found::new(i, end, Kind::Duration, Value::Number(0.0));
    set_span(&mut f, &parts);
    Some(f)
}

/// Makes `f` the span of time written in `parts`.
fn set_span(f: &mut Found, parts: &[SpanPart]) {
    f.kind = Kind::Duration;
    f.value = Value::Text(iso_of_parts(parts));
    f.days = Some(parts.iter().map(|&(n, _, days)| n * days).sum());
}

fn iso_duration(n: f64, designator: &str) -> String {
    let (mult, des) = match designator {
        "2W" => (2.0, "W"),
        "10Y" => (10.0, "Y"),
        "100Y" => (100.0, "Y"),
        d => (1.0, d),
    };
    let n = n * mult;
    let (head, tail) = match des {
        "S" => ("PT", "S"),
        "MIN" => ("PT", "M"),
        "H" => ("PT", "H"),
        d => ("P", d),
    };
    let iso = Iso::new().text(head);
    let iso = if n.fract() == 0.0 {
        iso.num(n as i64, 0)
    } else {
        iso.text(&n.to_string())
    };
    iso.text(tail).done()
}

/// A `%` sign, or the words `percent`, `per cent`, at `k`: the index
/// after it. (Not percentage or basis points.)
fn per_cent_at(t: &Tokens, k: usize) -> Option<usize> {
    if t.is_punct(k, '%') {
        return Some(k + 1);
    }
    match percent_words_at(t, k) {
        Some(("%", e)) => Some(e),
        _ => None,
    }
}

/// `percent`, `per cent` (unit `%`), `percentage points` (`pp`) or `basis
/// points` (`bp`) at `k`, and the index after it.
fn percent_words_at(t: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    if !t.has(k, lexicon::Set::PercentStart) {
        return None;
    }
    let words = |unit: &'static str, list: &[&[&str]]| {
        list.iter().find_map(|s| t.seq(k, s)).map(|end| (unit, end))
    };
    words("pp", lexicon::PERCENTAGE_POINT_WORDS)
        .or_else(|| words("%", lexicon::PERCENT_WORDS))
        .or_else(|| words("bp", lexicon::BASIS_POINT_WORDS))
}

/// How many times its first end the second end of a range written with
/// `to` may be: news gives ranges like `35 to 45 million` and `3% to 5%`;
/// `595,000 to 124.35 million` is a change and the level it reached.
const RANGE_SPREAD: f64 = 50.0;

/// How many times its first end the second end of a range after `by` may
/// be: `by 2 to 3 million` is a range, `by 526,000 bpd to 10.48 million bpd`
/// a change and the level it reached.
const BY_RANGE_SPREAD: f64 = 5.0;

/// Recognises an amount starting at token `i`; `qualifier` is the
/// qualifier there ([`qualifier_at`] when a figure may follow), which the
/// caller has read already.
pub fn recognise(
    t: &Tokens,
    i: usize,
    anchor: Option<Day>,
    qualifier: Option<(Approx, usize)>,
) -> Option<Found> {
    debug_assert_eq!(qualifier, super::qualifier_before_figure(t, i));
    let mut j = i;
    let (mut approx, mut qualified) = (Approx::Exact, false);
    if let Some((a, end)) = qualifier {
        approx = a;
        qualified = true;
        j = end;
    }
    let between = t.is(j, "between");
    if between && !qualified {
        j += 1;
    }
    // `minus 20`, `-20`: a sign word, or a sign glued to the digits but
    // not to the word before (`F-16` is a name). (A margin, `plus or
    // minus 2 points`, is no sign: the figure is the 2.)
    let negative = (t.has(j, lexicon::Set::StartsFigure)
        && t.is_any(j, lexicon::NEGATIVE_WORDS)
        && !(j >= 2 && t.is(j - 1, "or") && t.is(j - 2, "plus"))
        && (t.is_number(j + 1) || number::read(t, j + 1).is_some()))
        || ((t.is_punct(j, '-') || t.is_punct(j, '\u{2212}'))
            && t.is_number(j + 1)
            && t.glued(j + 1)
            && (j == 0 || !t.glued(j)));
    if negative {
        j += 1;
    }
    let mut currency = None;
    if let Some((c, end)) = currency_before(t, j) {
        currency = Some(c);
        j = end;
    }

    // Vague amounts: `tens of thousands`, `dozens`.
    if !negative
        && currency.is_none()
        && let Some(f) = vague(t, i, j, approx)
    {
        return Some(f);
    }

    // A fraction, read once: a percentage (`fell by a third`, `a quarter
    // point`), of one unit (`half a percentage point`) or of a group
    // (`two-thirds of`).
    let words = !t.is_number(j);
    let fraction = words.then(|| number::read_fraction(t, j)).flatten();
    let said = words.then(|| fraction_said(t, j, fraction)).flatten();
    if !negative
        && currency.is_none()
        && let Some((share, unit, end)) = said.and_then(|f| fraction_as_percent(t, i, f))
    {
        let mut f = Found::new(i, end, Kind::Percent, Value::Number(share));
        f.unit = Some(unit);
        // (Said roughly: `a quarter` of a change stands for 22.5% to 27.5%;
        // `a quarter point` is exact.)
        f.step = if unit == "%" { 5.0 } else { 0.01 };
        f.approx = approx;
        let (lo, hi) = bounds(share, f.step, approx);
        f.low = lo.map(Value::Number);
        f.high = hi.map(Value::Number);
        return Some(f);
    }
    let fraction = said.and_then(|f| fraction_of_one(t, j, f)).or(fraction);
    let num: Num = match fraction {
        Some(f) => f,
        None => number::read(t, j)?,
    };
    // A unit written before the figure: `magnitude 6.8`, `magnitude-7.8`
    // (glued by a hyphen, yet no name like `F-16`), `a magnitude of 7.5`.
    let unit_before = (currency.is_none() && i == j && j > 0)
        .then(|| {
            let hyphen = j >= 2 && is_hyphen(t, j - 1) && t.glued(j - 1) && t.glued(j);
            let of = j >= 2 && t.is(j - 1, "of");
            if hyphen || of { j - 2 } else { j - 1 }
        })
        .filter(|&at| t.has(at, lexicon::Set::UnitBefore));
    if t.is_number(j)
        && unit_before.is_none()
        && is_name_number(t, j)
        && !qualified
        && currency.is_none()
    {
        return None;
    }
    // `3rd`, `21st`: a rank, read by `ordinal`.
    if t.is_number(j) && t.glued(j + 1) && t.has(j + 1, lexicon::Set::OrdinalSuffix) {
        return None;
    }
    let value = if negative { -num.value } else { num.value };
    let mut k = num.end;
    let mut f = Found::new(i, k, Kind::Count, Value::Number(value));
    f.step = num.step;
    if let Some(at) = unit_before {
        set_unit_before(&mut f, t, at);
        f.start = at;
    }

    // What follows the number.
    let glued = t.glued(k);
    // Given in hundredths of the unit it is read in: basis points of a
    // percentage point, pence of a pound.
    let mut hundredths = false;
    if let Some(c) = currency {
        f.kind = Kind::Money;
        f.unit = Some(c);
    } else if !negative && let Some((share, whole, end)) = one_in(t, k, value) {
        // `one in five adults`, `1 in 3`: a share, as a percentage, said
        // to about a whole percent (`one in five` is not exactly 20%).
        // Out of ten it is rounded to tenths: `six in ten` stands for
        // about 55% to 65%, so `58 percent` and `nearly six in ten` agree.
        f.kind = Kind::Percent;
        f.unit = Some("%");
        f.step = if whole == 10.0 { 10.0 } else { 1.0 };
        f.end = end;
        f.approx = approx;
        let (lo, hi) = bounds(share, f.step, approx);
        f.value = Value::Number(share);
        f.low = lo.map(Value::Number);
        f.high = hi.map(Value::Number);
        return Some(f);
    } else if t.is_punct(k, '%') || t.is_punct(k, '\u{066a}') {
        f.kind = Kind::Percent;
        f.unit = Some("%");
        k += 1;
    } else if let Some((unit, end)) = percent_words_at(t, k) {
        f.kind = Kind::Percent;
        // `25 basis points`, `12bps`: hundredths of a percentage point,
        // given in points so that `a quarter point` meets them.
        hundredths = unit == "bp";
        f.unit = Some(if hundredths { "pp" } else { unit });
        k = end;
    } else if let Some((c, at)) = minor_currency_at(t, k) {
        // `142.5p a litre`, `85 cents`: hundredths of the currency.
        // (Before the currency's own name: `20 euro cents`.)
        f.kind = Kind::Money;
        f.unit = Some(c);
        hundredths = true;
        k = at + 1;
    } else if let Some((c, at)) = currency_word_after(t, k) {
        f.kind = Kind::Money;
        f.unit = Some(c);
        k = at + 1;
    } else if let Some((des, days)) = time_unit_at(t, k)
        .filter(|_| num.digits || num.value != 1.0 || number::back_after(t, k + 1))
    {
        // `five months`, `four years ago`.
        k += 1;
        // (`a year and a half ago`: the half after the unit.)
        let value = match number::and_a_half(t, k) {
            Some(end) if !num.digits && num.value == 1.0 => {
                k = end;
                1.5
            }
            _ => value,
        };
        set_duration(&mut f, value, (des, days));
        // `2 hours, 0 minutes and 35 seconds`: one span, in smaller units.
        if approx != Approx::Range
            && let Some((parts, end)) = smaller_units_after(t, k, (value, des, days))
        {
            set_span(&mut f, &parts);
            k = end;
        }
        // (`a year earlier`, `three years earlier`: a span back from a
        // time the text gives, not from publication. Unless it is set
        // against now and a `when` tells what happened then: `more divided
        // than a year earlier, when the budget passed by 82 votes to 25`.)
        let mut from_now = false;
        if t.is(k, "earlier") && approx != Approx::Range {
            from_now = f.start > 0
                && t.is(f.start - 1, "than")
                && (t.is(k + 1, "when") || (t.is_punct(k + 1, ',') && t.is(k + 2, "when")));
            k += 1;
        }
        let said_ago = t.is(k, "ago");
        if said_ago {
            k += 1;
        }
        if from_now || said_ago {
            // Past the calendar's range (`a million years ago`) there is no date.
            if let Some(a) = anchor.filter(|_| (0.0..3e6).contains(&(value * days))) {
                f.period = Some(ago(a, value * days, days, approx));
            }
        }
    } else if f.kind == Kind::Count
        && let Some(at) = unit_word_after(t, k)
    {
        // The same unit after the figure: `a 7.8 magnitude quake`,
        // `a 5.6-magnitude earthquake`.
        set_unit_before(&mut f, t, at);
        k = at + 1 + usize::from(t.is(at + 1, "scale"));
    } else if is_hyphen(t, k) && t.glued(k) && t.glued(k + 1) {
        // `600-mile`, `four-year-old`, `2,000-year-old`.
        if let Some((des, days)) = time_unit_at(t, k + 1) {
            if t.is_punct(k + 2, '-') && t.is(k + 3, "old") {
                set_duration(&mut f, value, (des, days));
                k += 4;
            } else if t.word(k + 1).ends_with('s') {
                // `two-weeks` is not English; leave it.
            } else {
                set_duration(&mut f, value, (des, days));
                k += 2;
            }
        } else if let Some((u, end)) = unit_at(t, k + 1, false) {
            f.kind = Kind::Measure;
            f.unit = Some(u.symbol);
            f.measure = Some((u.dimension, u.factor));
            k = end;
        }
    } else if t.is_punct(k, '°') && t.glued(k) {
        k += 1;
        let sym = match t.word(k) {
            "c" => Some("°C"),
            "f" => Some("°F"),
            _ => None,
        };
        f.kind = Kind::Measure;
        f.unit = Some(sym.unwrap_or("°"));
        f.measure = Some((
            if sym.is_some() {
                "temperature"
            } else {
                lexicon::DEGREES_UNSTATED
            },
            1.0,
        ));
        if sym.is_some() {
            k += 1;
        }
    } else if let Some((u, end)) = unit_at(t, k, glued) {
        // `m` after a space reads as metres only when the number was not
        // scaled: `300m` after a currency is millions (handled above).
        f.kind = Kind::Measure;
        f.unit = Some(u.symbol);
        f.measure = Some((u.dimension, u.factor));
        k = end;
    }

    // Ranges: `between 10 and 20`, `10-20`, `10 to 20`.
    // (`£1.5bn-£2bn`: the sign again before the second end.)
    let dash_range = (t.is_punct(k, '-') || t.is_punct(k, '\u{2013}'))
        && t.glued(k)
        && t.glued(k + 1)
        && (t.is_number(k + 1)
            || (currency.is_some()
                && currency_before(t, k + 1).is_some_and(|(_, e)| t.is_number(e))))
        && f.kind != Kind::Duration;
    // `from 43,000 to 55,000` is a change: two figures, not a range. (But
    // `fall by 3% to 5%` is one: `by` says nothing either way.)
    // (After a bound, `to` starts the level a change reached; after `about`
    // it ends a range: `Roughly 1,500 to 2,000 people`.)
    // (Unless what ranged `from` one `to` the other: `estimates ranged from
    // 400 to 750`.)
    let ranged = i >= 2
        && t.is(i - 1, "from")
        && t.is_any(
            i - 2,
            &["ranged", "ranging", "range", "ranges", "varied", "varying"],
        );
    let to_range = t.is(k, "to")
        && (!t.is(i.wrapping_sub(1), "from") || ranged)
        && (!qualified || approx == Approx::About);
    let range_joiner = if between {
        t.is(k, "and").then_some(k + 1)
    } else {
        (dash_range || to_range).then_some(k + 1)
    };
    'range: {
        let Some(r) = range_joiner else {
            break 'range;
        };
        let r2 = if currency.is_some() {
            currency_before(t, r).map_or(r, |(_, e)| e)
        } else {
            r
        };
        // (A first end in per cent wants a second one in per cent: in
        // `fell 1.1% to 1.79 million vehicles`, the change and the level.)
        if let Some(n2) = number::read(t, r2)
            && n2.value > num.value
            && (t.is_number(r2) == t.is_number(j))
            && !other_unit_after(t, n2.end, f.unit)
            && (f.kind != Kind::Percent || per_cent_at(t, n2.end).is_some())
        {
            let mut hi = n2.value;
            // `1.2 to 1.5 million`: the scale of the second end applies to both.
            let mut lo = value;
            if n2.scaled && !num.scaled {
                // ...unless that would put it above the second: `76-4k` is 76 to 4,000.
                // (Compared unsigned: `minus 35-9 hundred` is negated below.)
                if let Some((s, _)) = number::scale_at(t, n2.end - 1)
                    && lo.abs() * s <= hi
                {
                    lo *= s;
                }
            }
            // (Nor are two figures far apart: `595,000 to 124.35 million` is
            // a change and a level, whatever the word before.)
            // (After `by`, closer still: `cut its output by 526,000 bpd to
            // 10.48 million bpd`; `fall by 3% to 5%` is a range.)
            let spread = if i >= 1 && t.is(i - 1, "by") {
                BY_RANGE_SPREAD
            } else {
                RANGE_SPREAD
            };
            if to_range && lo > 0.0 && hi > spread * lo {
                break 'range;
            }
            // (Pence or cents `to` a figure are a change and the level it
            // reached: `rose 5p to 142.5p`, `fell 31 paise to 87.62`.)
            if to_range && hundredths && !ranged {
                break 'range;
            }
            let mut end = n2.end;
            // The unit after the second end.
            // (Hundredths after it, for both: `20-25 basis points`, `5p to
            // 10p`.)
            let minor = minor_currency_at(t, end)
                .filter(|(c, _)| f.kind == Kind::Count || (hundredths && f.unit == Some(*c)));
            if let Some((c, at)) = minor {
                f.kind = Kind::Money;
                f.unit = Some(c);
                hundredths = true;
                end = at + 1;
            } else if f.kind == Kind::Count
                && let Some(("bp", e)) = percent_words_at(t, end)
            {
                f.kind = Kind::Percent;
                f.unit = Some("pp");
                hundredths = true;
                end = e;
            } else if f.unit.is_some_and(|u| u.starts_with('°'))
                && t.is_punct(end, '°')
                && t.glued(end)
            {
                // The degrees of the first end again: `41°C to 43°C`.
                end += 1;
                if t.glued(end) && t.is_any(end, &["c", "f"]) {
                    end += 1;
                }
            } else if f.kind == Kind::Count || f.kind == Kind::Measure || f.kind == Kind::Percent {
                if let Some(e) = per_cent_at(t, end) {
                    f.kind = Kind::Percent;
                    f.unit = Some("%");
                    end = e;
                } else if let Some((u, e)) = unit_at(t, end, t.glued(end)) {
                    f.kind = Kind::Measure;
                    f.unit = Some(u.symbol);
                    f.measure = Some((u.dimension, u.factor));
                    end = e;
                } else if let Some((des, days)) = time_unit_at(t, end).or_else(|| {
                    // Ages: `patients aged 60 to 85`, `those aged 18-24`.
                    (f.kind == Kind::Count
                        && i >= 1
                        && t.is_any(i - 1, lexicon::AGE_WORDS)
                        && could_be_age(t, i, lo)
                        && could_be_age(t, r2, hi))
                    .then(|| lexicon::time_unit("years"))
                    .flatten()
                }) {
                    f.kind = Kind::Duration;
                    f.value = Value::Text(iso_duration(lo, des));
                    f.days = Some(lo * days);
                    if time_unit_at(t, end).is_some() {
                        end += 1;
                    }
                }
            }
            if negative {
                hi = -hi;
                std::mem::swap(&mut lo, &mut hi);
            }
            if hundredths {
                lo /= 100.0;
                hi /= 100.0;
                f.step = num.step / 100.0;
            }
            if f.kind != Kind::Duration {
                f.value = Value::Number(lo);
            }
            f.low = Some(Value::Number(lo));
            f.high = Some(Value::Number(hi));
            f.approx = Approx::Range;
            f.end = end;
            // A range of ages: `aged between 20 and 40`.
            if f.kind == Kind::Count
                && i >= 1
                && t.is_any(i - 1, lexicon::AGE_WORDS)
                && (0.0..=120.0).contains(&lo)
                && (0.0..=120.0).contains(&hi)
                && let Some(years) = lexicon::time_unit("years")
            {
                set_age_range(&mut f, lo, hi, years);
            }
            return Some(f);
        }
    }
    if between {
        // `between` with no range: not ours.
        return None;
    }

    // Qualifiers after: `50 or more`, `20 or so`.
    if approx == Approx::Exact {
        let mut kk = k;
        if t.is_punct(kk, '-') && t.glued(kk) {
            kk += 1;
        }
        if let Some((a, end)) = t
            .has(kk, lexicon::Set::QualifierAfterStart)
            .then(|| {
                lexicon::QUALIFIERS_AFTER
                    .iter()
                    .find_map(|(s, a)| t.seq(kk, s).map(|e| (*a, e)))
            })
            .flatten()
            && !(a == Approx::About && t.word(kk) == "odd" && kk == k)
        {
            approx = a;
            k = end;
        }
    }

    f.end = k;
    f.approx = approx;
    if f.kind != Kind::Duration && f.kind != Kind::Date {
        let (value, step) = if hundredths {
            f.step = num.step / 100.0;
            (value / 100.0, f.step)
        } else {
            (value, num.step)
        };
        let (lo, hi) = bounds(value, step, approx);
        f.value = Value::Number(value);
        f.low = lo.map(Value::Number);
        f.high = hi.map(Value::Number);
    }
    if fraction.is_some() && f.kind == Kind::Count {
        f.kind = Kind::Number;
        // A fraction of a group is its share, as a percentage: `two-thirds
        // of the farms` meets `67 per cent of farms`. (Not `a third of a
        // mile`, a fraction of a unit.)
        if t.is(f.end, "of")
            && !t.is_any(f.end + 1, &["a", "an"])
            && let Value::Number(v) = f.value
            && v < 1.0
        {
            let percent = |x: &Option<Value>| match x {
                Some(Value::Number(x)) => Some(Value::Number(x * 100.0)),
                other => other.clone(),
            };
            f.kind = Kind::Percent;
            f.unit = Some("%");
            f.value = Value::Number(v * 100.0);
            f.low = percent(&f.low);
            f.high = percent(&f.high);
            f.step *= 100.0;
        }
    }

    // An age: `aged 41`, `Elena Vasquez, 52, said`. Written like
    // `52-year-old`, a duration in years. So is the bound of an age group:
    // `children under five`, `people over 65`.
    let age_bound = qualified
        && i >= 1
        && t.is_any(i, &["under", "over"])
        && t.is_any(i - 1, lexicon::AGE_GROUP_NOUNS)
        && (1.0..=120.0).contains(&value)
        && value.fract() == 0.0
        && k == num.end;
    if f.kind == Kind::Count
        && currency.is_none()
        && (age_bound || (num.digits && !qualified && k == i + 1 && is_age(t, i, value)))
        && let Some(years) = lexicon::time_unit("years")
    {
        set_duration(&mut f, value, years);
        f.low = None;
        f.high = None;
    }
    // An age by its decade: `in his 60s`, `in their early 30s`: 60 to 69.
    if f.kind == Kind::Count
        && num.digits
        && k == i + 1
        && t.is(k, "s")
        && t.glued(k)
        && (10.0..=110.0).contains(&value)
        && value % 10.0 == 0.0
        && age_decade(t, i)
        && let Some(years) = lexicon::time_unit("years")
    {
        set_age_range(&mut f, value, value + 9.0, years);
        f.end = k + 1;
    }

    // A bare small number word after `the` points back (`the two sides`);
    // bare `one` is mostly a pronoun (`one of the`).
    if f.kind == Kind::Count && !num.digits && !qualified && currency.is_none() {
        let anaphoric = i
            .checked_sub(1)
            .is_some_and(|p| t.has(p, lexicon::Set::Anaphoric));
        // (But `all four of its schools` counts the schools, all of them.)
        let all_of = i >= 1 && t.is(i - 1, "all") && t.is(k, "of");
        if num.value <= 10.0 && anaphoric && !all_of {
            return None;
        }
        if num.value == 1.0 && !num.scaled {
            let next = t.word(k);
            if next.is_empty()
                || t.capitalised(k)
                || matches!(
                    next,
                    "of" | "another"
                        | "or"
                        | "and"
                        | "the"
                        | "who"
                        | "which"
                        | "that"
                        | "in"
                        | "on"
                        | "way"
                        | "day"
                        | "time"
                        | "thing"
                        | "side"
                        | "hand"
                        | "point"
                        | "hundred"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "would"
                        | "will"
                        | "could"
                        | "can"
                        | "should"
                        | "must"
                        | "might"
                        | "to"
                        | "by"
                        | "for"
                        | "such"
                        | "more"
                        | "less"
                        | "other"
                )
                // (`No-one`: nobody.)
                || (i >= 2 && t.is_punct(i - 1, '-') && t.glued(i) && t.is(i - 2, "no"))
            {
                return None;
            }
        }
    }
    Some(f)
}

/// Period a `N units ago` phrase points at, with the slack its rounding
/// allows: `four years ago` is 3.5 to 4.5 years back.
fn ago(anchor: Day, back_days: f64, unit_days: f64, approx: Approx) -> (Day, Day) {
    let (near, far) = match approx {
        Approx::Almost | Approx::JustUnder => (back_days - unit_days, back_days),
        Approx::MoreThan | Approx::AtLeast => {
            (back_days, back_days + unit_days.max(back_days * 0.5))
        }
        Approx::UpTo | Approx::LessThan => (0.0, back_days),
        Approx::About => (
            back_days - unit_days.max(back_days * 0.1),
            back_days + unit_days.max(back_days * 0.1),
        ),
        _ => (back_days - unit_days / 2.0, back_days + unit_days / 2.0),
    };
    (
        anchor - far.round() as i64,
        anchor - near.max(0.0).round() as i64,
    )
}

/// A percentage told as a fraction (the figure, with any qualifier, starts
/// at `i`): of a percentage point (`a quarter point`, `a half-point cut`, `by a
/// quarter of a point`), or of what changed, after `by` (`cut by half`,
/// `fell by almost a third`, `rose by two-thirds`: 50%, 33.3%, 66.7%).
/// Its value, unit (`pp` or `%`) and where it ends; the fraction and
/// where it ends are read by [`fraction_said`]. (`by a third of its value`
/// is a share of something, and `by half a percentage point` a fraction of
/// a unit: both read as such.)
fn fraction_as_percent(
    t: &Tokens,
    i: usize,
    (value, end): (f64, usize),
) -> Option<(f64, &'static str, usize)> {
    // `a quarter point`, `a quarter-point`, `a quarter of a point`.
    let mut p = end + usize::from(is_hyphen(t, end) && t.glued(end) && t.glued(end + 1));
    if t.is(p, "of") && t.is(p + 1, "a") {
        p += 2;
    }
    if t.is(p, "point") || t.is(p, "points") {
        return Some((value, "pp", p + 1));
    }
    let by = i > 0 && t.is(i - 1, "by");
    if !by || t.is_any(end, &["of", "a", "an"]) {
        return None;
    }
    // To a tenth of a percent: `a third` is 33.3%.
    Some(((value * 1000.0).round() / 10.0, "%", end))
}

/// A fraction said in words at `j`, and where it ends: `half`, `a
/// quarter`, `a third` (singular after an article: `a thirds` is no
/// fraction), or `fraction`, the one `number::read_fraction` read
/// (`three-quarters`, `two-thirds`).
fn fraction_said(t: &Tokens, j: usize, fraction: Option<Num>) -> Option<(f64, usize)> {
    let (value, end) = if let Some(n) = fraction {
        (n.value, n.end)
    } else if t.is(j, "half") {
        (0.5, j + 1)
    } else if t.has(j, lexicon::Set::Article) && !t.word(j + 1).ends_with('s') {
        // (`a` leads `a million` too: no fraction word, no fraction.)
        (lexicon::fraction(t.word(j + 1))?, j + 2)
    } else {
        return None;
    };
    (0.0..1.0).contains(&value).then_some((value, end))
}

/// A fraction of one unit at `j`: `half a percentage point`, `a quarter of
/// a mile`, `three-quarters of an hour`. It ends where the unit starts, so
/// the unit is read after it as after any number. The fraction and where
/// it ends are read by [`fraction_said`].
fn fraction_of_one(t: &Tokens, j: usize, (value, next): (f64, usize)) -> Option<Num> {
    let of = next + usize::from(t.is(next, "of"));
    // `half a`, but `a quarter of a`: only `half` goes without `of`.
    if (of == next && !t.is(j, "half")) || !t.is_any(of, &["a", "an"]) {
        return None;
    }
    let unit = of + 1;
    let is_unit = percent_words_at(t, unit).is_some()
        || unit_at(t, unit, false).is_some()
        || time_unit_at(t, unit).is_some();
    is_unit.then_some(Num {
        value,
        end: unit,
        digits: false,
        step: 0.01,
        scaled: false,
    })
}

/// Whether the second end of a range, which ends before `k`, is given in
/// a unit other than `first`, the unit written after the first end: then
/// the two are a change and a level, not a range (`rates rose by 0.25
/// percentage points to 4.5 per cent`). (`3% to 5%`, `5 to 10 km` are
/// ranges.)
fn other_unit_after(t: &Tokens, k: usize, first: Option<&str>) -> bool {
    let Some(first) = first else {
        return false;
    };
    let second = if t.is_punct(k, '%') {
        Some("%")
    } else if let Some((u, _)) = percent_words_at(t, k) {
        Some(u)
    } else if let Some((c, _)) = currency_word_after(t, k) {
        // `rise 6.7% to 12.21 pounds an hour`: a level in money after a
        // change in per cent.
        Some(c)
    } else {
        unit_at(t, k, t.glued(k)).map(|(u, _)| u.symbol)
    };
    second.is_some_and(|u| u != first)
}

/// Vague amounts at `j` (the qualifier, if any, starts at `i`).
fn vague(t: &Tokens, i: usize, j: usize, approx: Approx) -> Option<Found> {
    if !t.has(j, lexicon::Set::VagueStart) {
        return None;
    }
    for (seq, lo, hi) in lexicon::VAGUE_AMOUNTS {
        let Some(mut end) = t.seq(j, seq) else {
            continue;
        };
        if seq.last() == Some(&"of") {
            end -= 1;
        }
        // `thousands of`, `hundreds`: only as amounts of something, not
        // `hundreds` alone after a number word (`two hundreds`).
        // (Digits before are another figure: `in 2027 tens of thousands`.)
        if j > 0 && !t.is_number(j - 1) && number::read(t, j - 1).is_some_and(|n| n.end == j) {
            return None;
        }
        let mut f = Found::new(i, end, Kind::Count, Value::Number(*lo));
        let (l, h) = match approx {
            Approx::MoreThan | Approx::AtLeast => (Some(*lo), None),
            Approx::UpTo | Approx::LessThan => (None, Some(*hi)),
            _ => (Some(*lo), Some(*hi)),
        };
        f.approx = if approx == Approx::Exact {
            Approx::Vague
        } else {
            approx
        };
        f.low = l.map(Value::Number);
        f.high = h.map(Value::Number);
        f.step = *lo;
        return Some(f);
    }
    None
}

/// Recognises an ordinal at `i`: `second`, `fourth`, `21st`.
pub fn ordinal(t: &Tokens, i: usize) -> Option<Found> {
    let (value, end) = if t.is_number(i) && t.toks[i].plain {
        let suffix = t.word(i + 1);
        if !(t.glued(i + 1) && lexicon::is(lexicon::Set::OrdinalSuffix, suffix)) {
            return None;
        }
        (t.toks[i].value, i + 2)
    } else {
        let w = t.word(i);
        (lexicon::ordinal(w)?, i + 1)
    };
    let prev = i.checked_sub(1).map(|p| t.word(p)).unwrap_or("");
    let next = t.word(end);
    // `at first`, `First,`: discourse, not a rank. `second` after a number
    // is a unit of time and was read with it.
    // (A place a race was finished in may end its clause: `he finished
    // second.`, `Haile came third.`)
    let placed = matches!(
        prev,
        "finished" | "finishing" | "came" | "coming" | "placed" | "ranked" | "ended"
    );
    if prev == "at"
        || t.is_punct(end, ',') && t.sentence_break_before(i)
        || next.is_empty() && !t.is_punct(end, '-') && !placed
    {
        return None;
    }
    if next == "of" && !t.is_number(i) {
        // `a third of`, `the first of many`: a fraction or pronoun.
        return None;
    }
    // `Police first fired tear gas`, `was first reported`: when, not a
    // rank (a rank has a determiner: `the first elected mayor`). Nor is
    // `the first to return`.
    if !t.is_number(i) && value == 1.0 {
        let determined = t.is_any(i.wrapping_sub(1), lexicon::DETERMINERS)
            || t.is_any(i.wrapping_sub(1), lexicon::POSSESSIVE_DETERMINERS);
        let verb_after = next.len() > 3
            && (next.ends_with("ed") || t.has(end, lexicon::Set::IrregularParticiple));
        if (verb_after && !determined) || next == "to" {
            return None;
        }
    }
    Some(Found::new(i, end, Kind::Ordinal, Value::Number(value)))
}

/// The currency word a figure ends with at `k`, and where it stands:
/// `5 euros`, or joined by a hyphen, `a 2.2-billion-euro package`, `a
/// 10-dollar bill`; not `pounds` that weigh (`5 pounds of cocaine`,
/// `1,750 kilograms (3,860 pounds)`; but `2 billion euros of aid` is
/// money).
fn currency_word_after(t: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    let at = if is_hyphen(t, k) && t.glued(k) && t.glued(k + 1) {
        k + 1
    } else {
        k
    };
    t.listed(at, lexicon::Set::CurrencyWord, lexicon::currency_word)
        .map(|c| (c, at))
        .or_else(|| national_currency_at(t, at))
        .filter(|&(_, at)| {
            !(t.is_any(at, &["pound", "pounds"])
                && (t.is(at + 1, "of") || converts_a_weight(t, at)))
        })
}

/// A currency named by a country's adjective at `k` (`Australian dollars`,
/// `Swiss francs`), and where its name stands.
fn national_currency_at(t: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    national_currency(t, k, false)
}

/// A currency named by a country's adjective at `k`, and where its name
/// stands: one of the country's names, or with `cents`, `cents` after a
/// country whose currency is a dollar (`US cents`). `U.S.` is read as `US`.
fn national_currency(t: &Tokens, k: usize, cents: bool) -> Option<(&'static str, usize)> {
    if !t.capitalised(k) {
        return None;
    }
    let (first, k) = match super::frame::initials_at(t, k) {
        Some((Some("u.s"), next)) => ("us", next - 1),
        _ => (t.word(k), k),
    };
    lexicon::national_currencies_starting(first)
        .iter()
        .find_map(|(rest, names, code)| {
            let at = t.seq(k + 1, rest)?;
            let named = if cents {
                names.contains(&"dollars") && t.is_any(at, CENTS)
            } else {
                t.is_any(at, names)
            };
            named.then_some((*code, at))
        })
}

/// The words for a hundredth of a dollar or a euro.
const CENTS: &[&str] = &["cent", "cents"];

/// The currency a word for its hundredths at `k` names, and where that
/// word stands: `pence`, `cents`, `paise`, `p` glued to the digits
/// (`142.5p`, `10p.` at a sentence's end; not `5p.m.`), and a dollar's cents named by its country
/// (`63.12 US cents`, `80 Australian cents`).
fn minor_currency_at(t: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    match t.word(k) {
        "pence" => Some(("GBP", k)),
        "cents" => Some(("USD", k)),
        "paise" => Some(("INR", k)),
        "p" if t.glued(k) && !(t.is_punct(k + 1, '.') && t.glued(k + 2) && t.is(k + 2, "m")) => {
            Some(("GBP", k))
        }
        "euro" if t.is_any(k + 1, CENTS) => Some(("EUR", k + 1)),
        _ => national_currency(t, k, true),
    }
}

/// Whether the decade at `i` (`60s`) is someone's age: after `in` and a
/// possessive, with `early`, `mid` or `late` between (`in his 60s`, `in
/// their early 30s`); `the 60s` is a decade of a century.
fn age_decade(t: &Tokens, i: usize) -> bool {
    let mut k = i;
    if k > 0 && t.is_any(k - 1, &["early", "mid", "late"]) {
        k -= 1;
    }
    if k > 1 && t.is_punct(k - 1, '-') && t.is(k - 2, "mid") {
        k -= 2;
    }
    k >= 2 && t.is_any(k - 1, &["his", "her", "their", "my", "your", "our"]) && t.is(k - 2, "in")
}

/// Whether token `i` is a hyphen (`-` or the non-breaking `‑`).
fn is_hyphen(t: &Tokens, i: usize) -> bool {
    t.is_punct(i, '-') || t.is_punct(i, '\u{2011}')
}

/// `in five`, `in every 10`, `out of 10` after a count `a` no larger: the
/// share `a in b` as a percentage, `b`, and where its phrase ends. Not a
/// count of a time (`5 in 10 minutes`) or a year (`2 in 2023`).
fn one_in(t: &Tokens, k: usize, a: f64) -> Option<(f64, f64, usize)> {
    let j = if t.is(k, "in") {
        if t.is(k + 1, "every") { k + 2 } else { k + 1 }
    } else if t.is(k, "out") && t.is(k + 1, "of") {
        // `nine out of 10 doctors`.
        k + 2
    } else {
        return None;
    };
    let b = number::read(t, j)?;
    // (Odds may be long: `1 in 292.2 million`, `a one in 10,000 risk`.)
    let year = super::date::year_at(t, j).is_some();
    let whole = (2.0..1000.0).contains(&b.value) || (b.value >= 1000.0 && a <= 10.0 && !year);
    if !whole
        || a < 1.0
        || a > b.value
        || time_unit_at(t, b.end).is_some()
        || t.is_punct(b.end, '%')
    {
        return None;
    }
    // To a tenth of a percent: `one in three` is 33.3% (long odds as they
    // are: `1 in 292.2 million` is 0.00000034%).
    let share = a / b.value * 100.0;
    Some((
        if share >= 0.1 {
            (share * 10.0).round() / 10.0
        } else {
            share
        },
        b.value,
        b.end,
    ))
}

/// Where a unit usually written before a figure stands right after it,
/// alone, after a hyphen or as a scale: `7.8 magnitude`, `5.6-magnitude`,
/// `6.1 on the Richter scale`.
fn unit_word_after(t: &Tokens, k: usize) -> Option<usize> {
    if t.has(k, lexicon::Set::UnitBefore) {
        Some(k)
    } else if is_hyphen(t, k) && t.has(k + 1, lexicon::Set::UnitBefore) {
        Some(k + 1)
    } else if t.is(k, "on") && t.is(k + 1, "the") && t.has(k + 2, lexicon::Set::UnitBefore) {
        // `6.1 on the Richter scale`.
        Some(k + 2)
    } else {
        None
    }
}

/// Makes `f` a measure in the unit the word at `k` names (`magnitude`).
fn set_unit_before(f: &mut Found, t: &Tokens, k: usize) {
    let (symbol, dimension) = lexicon::unit_before(t.word(k)).unwrap_or_default();
    f.kind = Kind::Measure;
    f.unit = Some(symbol);
    f.measure = Some((dimension, 1.0));
}

#[cfg(test)]
mod tests {
    use crate::{Approx, Kind, Options, extract};

    fn first(text: &str) -> crate::Mention {
        let m = extract(
            text,
            &Options {
                date: Some("2026-02-05".into()),
            },
        );
        assert!(!m.is_empty(), "nothing found in {text:?}");
        m[0].clone()
    }

    #[test]
    fn qualifiers_become_intervals() {
        let m = first("around 55,000 soldiers");
        assert_eq!(
            (m.text.as_str(), m.approx),
            ("around 55,000", Approx::About)
        );
        let m = first("more than 70,000 people");
        assert_eq!(m.low.and_then(|v| v.as_number()), Some(70_000.0));
        assert_eq!(m.high, None);
        let m = first("up to 140,000 troops");
        assert_eq!(
            (m.low, m.high.and_then(|v| v.as_number())),
            (None, Some(140_000.0))
        );
        // After a verb of movement, `up to` is where a figure went.
        for text in [
            "the rate ticked up to 3.9%",
            "prices went up to $4.10 a gallon",
        ] {
            let m = first(text);
            assert_eq!(
                (m.approx, m.low.is_some()),
                (Approx::Exact, true),
                "{text:?}"
            );
        }
        // After other verbs it is still a ceiling.
        let m = first("drivers can be fined up to $1,000");
        assert_eq!((m.text.as_str(), m.low), ("up to $1,000", None));
        let m = first("just under 6,000 soldiers");
        assert_eq!(m.low.and_then(|v| v.as_number()), Some(5000.0));
        let m = first("almost 160,000 names");
        assert_eq!(m.low.and_then(|v| v.as_number()), Some(150_000.0));
        let m = first("50 or more people");
        assert_eq!((m.text.as_str(), m.approx), ("50 or more", Approx::AtLeast));
    }

    #[test]
    fn vague_amounts() {
        let m = first("tens of thousands of people");
        assert_eq!(m.text, "tens of thousands");
        assert_eq!(m.approx, Approx::Vague);
        assert_eq!(m.high.and_then(|v| v.as_number()), Some(99_999.0));
        assert_eq!(first("dozens of homes").text, "dozens");
    }

    #[test]
    fn ranges() {
        let m = first("between 10 and 20 people");
        assert_eq!(
            (m.text.as_str(), m.approx),
            ("between 10 and 20", Approx::Range)
        );
        assert_eq!(
            first("10-20 people").high.and_then(|v| v.as_number()),
            Some(20.0)
        );
        assert_eq!(
            first("1.2 to 1.5 million people")
                .low
                .and_then(|v| v.as_number()),
            Some(1_200_000.0)
        );
        // A change is two figures, not a range.
        let m = extract("rose from 43,000 to 55,000", &Options::default());
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn money_percent_measures() {
        let m = first("a $4.5bn loan");
        assert_eq!(
            (m.kind, m.value.as_number(), m.unit.as_deref()),
            (Kind::Money, Some(4.5e9), Some("USD"))
        );
        assert_eq!(first("€2 million in aid").unit.as_deref(), Some("EUR"));
        assert_eq!(first("5 million euros").value.as_number(), Some(5e6));
        assert_eq!(first("a 31% increase").kind, Kind::Percent);
        assert_eq!(first("12 per cent of").text, "12 per cent");
        let m = first("the roughly 1,000km front");
        assert_eq!(
            (m.text.as_str(), m.unit.as_deref()),
            ("roughly 1,000km", Some("km"))
        );
        assert_eq!(first("(600-mile) front").unit.as_deref(), Some("mi"));
        let m = first("as low as minus 20 degrees Celsius");
        assert_eq!(
            (m.text.as_str(), m.value.as_number()),
            ("minus 20 degrees Celsius", Some(-20.0))
        );
        assert_eq!(first("it was -5C outside").value.as_number(), Some(-5.0));
    }

    #[test]
    fn durations_and_ages() {
        assert_eq!(
            first("no exchange in five months").value.as_text(),
            Some("P5M")
        );
        assert_eq!(first("four years ago").kind, Kind::Duration);
        assert_eq!(
            first("a four-year-old invasion").value.as_text(),
            Some("P4Y")
        );
        assert_eq!(
            first("a 2,000-year-old temple").value.as_text(),
            Some("P2000Y")
        );
        assert_eq!(first("for two seconds").value.as_text(), Some("PT2S"));
    }

    #[test]
    fn ordinals_and_counts_apart() {
        let m = first("a second day of talks");
        assert_eq!((m.kind, m.value.as_number()), (Kind::Ordinal, Some(2.0)));
        assert_eq!(first("nearing its fourth year").kind, Kind::Ordinal);
        assert_eq!(first("the 21st round").value.as_number(), Some(21.0));
    }

    #[test]
    fn numbers_in_names_are_not_figures() {
        for text in [
            "France 2 said",
            "on Channel 4 News",
            "COVID-19 cases",
            "an F-16 jet",
            "the G7 summit",
            "a Boeing 737 jet",
            "Article 5 of",
            "call 555-123-4567 now",
        ] {
            let m = extract(text, &Options::default());
            assert!(m.is_empty(), "{text:?} gave {m:?}");
        }
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(
            first("Two people were injured").value.as_number(),
            Some(2.0)
        );
        assert_eq!(first("twenty-five people").value.as_number(), Some(25.0));
        assert_eq!(
            first("one hundred and fifty homes").value.as_number(),
            Some(150.0)
        );
        assert!(extract("One of the main sticking points", &Options::default()).is_empty());
        assert!(extract("steer the two countries toward", &Options::default()).is_empty());
        // A fraction of a group is its share, in per cent.
        let share = first("two-thirds of voters");
        assert_eq!(share.kind, Kind::Percent);
        assert_eq!(share.value.as_number().map(f64::round), Some(67.0));
    }
}
