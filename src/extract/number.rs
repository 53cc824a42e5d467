//! Reads a number at a token: digits (`55,000`, `1.2 million`, `4.5bn`) or
//! words (`two`, `twenty-five`, `one hundred and fifty`, `half a million`).

use crate::lexer::{TokKind, Tokens};
use crate::lexicon::{Set, fraction, small_number, tens};

/// A number read from the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num {
    /// Its value.
    pub value: f64,
    /// Token index just after it.
    pub end: usize,
    /// Written in digits (else in words).
    pub digits: bool,
    /// The rounding step it is given to: 1000 for `55,000`, 0.1 million for
    /// `1.2 million`.
    pub step: f64,
    /// A scale word or suffix was applied (`million`, `bn`).
    pub scaled: bool,
}

/// The scale word at `i`, if any: (multiplier, needs to be glued).
pub fn scale_at(t: &Tokens, i: usize) -> Option<(f64, bool)> {
    if !t.has(i, Set::Scale) {
        return None;
    }
    crate::lexicon::scale(t.word(i))
}

/// Largest power of ten that divides an integer value (1 for non-integers).
pub fn step_of(value: f64) -> f64 {
    if value <= 0.0 || value.fract() != 0.0 || value > 1e15 {
        return 1.0;
    }
    let mut step = 1.0;
    while (value / (step * 10.0)).fract() == 0.0 && step * 10.0 <= value {
        step *= 10.0;
    }
    step
}

/// Reads a number at token `i`.
pub fn read(t: &Tokens, i: usize) -> Option<Num> {
    let mut num = if t.is_number(i) {
        read_digits(t, i)?
    } else {
        read_words(t, i)?
    };
    // `six and a half years`, `six-and-a-half`, `two and a half million`.
    if !num.scaled
        && num.value.fract() == 0.0
        && let Some(end) = and_a_half(t, num.end)
    {
        num.value += 0.5;
        num.step = 0.5;
        num.end = end;
        if let Some((scale, false)) = scale_at(t, end)
            && scale >= 1e3
        {
            num.value *= scale;
            num.step *= scale;
            num.end += 1;
            num.scaled = true;
        }
    }
    // `two point five percent`, `one-point-four-two-billion-dollar`: a
    // decimal said in words, as a script for broadcast writes it.
    // (Not `at one point five people were hurt`.)
    let at_a_point = i > 0 && t.is(i - 1, "at");
    if !num.digits
        && !num.scaled
        && num.value.fract() == 0.0
        && !at_a_point
        && let Some((fraction, places, end)) = point_digits(t, num.end)
    {
        num.value += fraction;
        num.step = 10f64.powi(-places);
        num.end = end;
        let at = end + usize::from(t.is_punct(end, '-') && t.glued(end) && t.glued(end + 1));
        if let Some((scale, false)) = scale_at(t, at)
            && scale >= 1e3
        {
            num.value *= scale;
            num.step *= scale;
            num.end = at + 1;
            num.scaled = true;
        }
    }
    Some(num)
}

/// The digits said after `point` at `k` (`point five`, `-point-four-two`):
/// their value as a fraction, how many there are, and where they end.
fn point_digits(t: &Tokens, k: usize) -> Option<(f64, i32, usize)> {
    let glued_hyphen = |j: usize| t.is_punct(j, '-') && t.glued(j) && t.glued(j + 1);
    let mut k = k + usize::from(glued_hyphen(k));
    if !t.is(k, "point") {
        return None;
    }
    k += 1;
    let (mut fraction, mut places) = (0.0, 0);
    loop {
        let j = k + usize::from(glued_hyphen(k));
        let digit = match t.word(j) {
            "oh" => Some(0.0),
            w => small_number(w).filter(|d| (0.0..10.0).contains(d)),
        };
        let Some(d) =
            digit.filter(|_| places < 6 && t.kind(j) == Some(crate::lexer::TokKind::Word))
        else {
            break;
        };
        places += 1;
        fraction += d * 10f64.powi(-places);
        k = j + 1;
    }
    (places > 0).then_some((fraction, places, k))
}

/// Where `and a half` after a whole number at `k` ends, written with
/// spaces or hyphens (`six-and-a-half`).
pub(super) fn and_a_half(t: &Tokens, mut k: usize) -> Option<usize> {
    if !(t.is(k, "and") || t.is_punct(k, '-')) {
        return None;
    }
    for w in ["and", "a", "half"] {
        if t.is_punct(k, '-') && t.glued(k) && t.glued(k + 1) {
            k += 1;
        }
        if !t.is(k, w) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// Whether a span back from now ends at `k`: `ago` or `earlier` there,
/// or after `and a half` (`a year and a half ago`).
pub(super) fn back_after(t: &Tokens, k: usize) -> bool {
    let k = and_a_half(t, k).unwrap_or(k);
    t.is_any(k, &["ago", "earlier"])
}

fn read_digits(t: &Tokens, i: usize) -> Option<Num> {
    let tok = t.toks[i];
    let mut value = tok.value;
    let raw = t.raw(i);
    let decimals = raw.split('.').nth(1).map_or(0, str::len) as i32;
    let mut step = if decimals > 0 {
        10f64.powi(-decimals)
    } else {
        step_of(value)
    };
    let mut end = i + 1;
    let mut scaled = false;
    // `6-1/2 years`, `2 1/2 hours`: a whole number and a fraction.
    if let Some((a, b, after)) = fraction_after(t, i) {
        value += a / b;
        step = 1.0 / b;
        end = after;
    }
    // `a 2.2-billion-euro package`, `a $1.5-billion deal`: a scale word
    // joined by a hyphen.
    if t.is_punct(end, '-')
        && t.glued(end)
        && t.glued(end + 1)
        && scale_at(t, end + 1).is_some_and(|(s, glued_only)| !glued_only && s >= 1e3)
    {
        end += 1;
    }
    if let Some((scale, glued_only)) = scale_at(t, end)
        && !race_distance(t, i, end)
    {
        let glued = t.glued(end);
        // `m` alone after a space is metres or a letter, not a million.
        if glued || !glued_only {
            // `5 hundred` is rare; `hundred` only scales words and digits < 100.
            if scale != 100.0 || value < 100.0 {
                // Scaled through the digits, so that `4.1 million` is
                // 4,100,000 and not 4,099,999.9999999995.
                (value, step) = if (1..=9).contains(&decimals) {
                    let shift = 10f64.powi(decimals);
                    ((value * shift).round() * scale / shift, scale / shift)
                } else {
                    (value * scale, step * scale)
                };
                end += 1;
                scaled = true;
                // `Rs 1.05 lakh crore`, `₹2 thousand crore`: crores of
                // lakhs or thousands, as Indian papers write large sums.
                if matches!(scale, 1e3 | 1e5) && scale_at(t, end).is_some_and(|(s, _)| s == 1e7) {
                    (value, step) = (value * 1e7, step * 1e7);
                    end += 1;
                }
                // `1.2 million` may go on: `1.2 million to 1.5 million`.
            }
        }
    }
    Some(Num {
        value,
        end,
        digits: true,
        step,
        scaled,
    })
}

/// The fraction written after the whole number at `i` (`6-1/2`, `2 1/2`):
/// numerator, denominator (2 to 16, above the numerator) and the token
/// after it.
fn fraction_after(t: &Tokens, i: usize) -> Option<(f64, f64, usize)> {
    let whole = &t.toks[i];
    if !whole.plain {
        return None;
    }
    let a = if t.is_punct(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2) {
        i + 2
    } else if !t.glued(i + 1) {
        i + 1
    } else {
        return None;
    };
    let plain = |k: usize| t.is_number(k) && t.toks[k].plain;
    if !(plain(a) && t.is_punct(a + 1, '/') && t.glued(a + 1) && t.glued(a + 2) && plain(a + 2)) {
        return None;
    }
    let (n, d) = (t.toks[a].value, t.toks[a + 2].value);
    (n >= 1.0 && n < d && (2.0..=16.0).contains(&d)).then_some((n, d, a + 3))
}

/// Whether `m` glued to the digits at `i` is metres, not a million: a
/// distance run or swum (`the 400m hurdles`, `the 5,000m`), a size (`30m
/// high`, `a 30m-long crack`) or a length converted (`948ft (289m)`), never
/// money (`£90m`).
fn race_distance(t: &Tokens, i: usize, m: usize) -> bool {
    // (`948ft (289m)`: a length converted in brackets is metres too; the
    // bracket is glued to the digits as a currency sign would be.)
    let converted = i >= 2
        && t.is_punct(i - 1, '(')
        && t.is_any(
            i - 2,
            &["ft", "feet", "foot", "yards", "yd", "miles", "mile"],
        );
    let money = i > 0 && t.glued(i) && t.kind(i - 1) == Some(TokKind::Punct) && !converted;
    let size = |k: usize| {
        crate::lexicon::SIZE_ADJECTIVES
            .iter()
            .any(|(w, _)| t.is(k, w))
    };
    t.is(m, "m")
        && t.glued(m)
        && !money
        && (t.toks[i].value >= 1000.0
            || converted
            || t.is_any(m + 1, crate::lexicon::RACE_WORDS)
            || size(m + 1)
            || (t.is_punct(m + 1, '-') && t.glued(m + 1) && size(m + 2)))
}

/// Reads `two`, `twenty-five`, `one hundred and fifty`, `three million`,
/// `a dozen`, `a million`, `half a million`, `half a dozen`.
fn read_words(t: &Tokens, i: usize) -> Option<Num> {
    // Only a number word or a lead (`a`, `half`) starts one: a bit test
    // turns every other word away before any lookup.
    if !(t.has(i, Set::NumberWord) || t.has(i, Set::Article) || t.is(i, "half")) {
        return None;
    }
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut scaled = false;
    // `a hundred`, `a million`, `a dozen`; `half a million`.
    let mut lead = None;
    // (And `a year ago`, `an hour ago`: one unit back.)
    if t.is_any(j, &["a", "an", "one"])
        && (scale_at(t, j + 1).is_some_and(|(_, g)| !g)
            || t.is(j + 1, "dozen")
            || (t.has(j + 1, Set::TimeUnit) && back_after(t, j + 2)))
    {
        lead = Some(1.0);
    } else if t.is(j, "half")
        && t.is_any(j + 1, &["a", "an"])
        && (scale_at(t, j + 2).is_some_and(|(s, g)| !g && s >= 1e3) || t.is(j + 2, "dozen"))
    {
        lead = Some(0.5);
        j += 1;
    }
    if let Some(l) = lead {
        j += 1;
        current = l;
        any = true;
    }
    let mut last_was_scale = false;
    loop {
        let w = t.word(j);
        if w.is_empty() {
            break;
        }
        if let Some(v) = small_number(w) {
            let fits = current == 0.0
                || last_was_scale
                || current % 100.0 == 0.0
                || (current % 10.0 == 0.0 && v < 10.0);
            if any && !fits {
                break;
            }
            current += v;
            any = true;
            last_was_scale = false;
            j += 1;
        } else if let Some(v) = tens(w) {
            if any && !(current == 0.0 || last_was_scale || current % 100.0 == 0.0) {
                break;
            }
            current += v;
            any = true;
            last_was_scale = false;
            j += 1;
            // twenty-five
            if t.is_punct(j, '-')
                && t.glued(j)
                && t.glued(j + 1)
                && let Some(u) = small_number(t.word(j + 1)).filter(|u| (1.0..10.0).contains(u))
            {
                current += u;
                j += 2;
            }
        } else if w == "dozen" && any {
            current *= 12.0;
            j += 1;
            last_was_scale = true;
        } else if let Some((s, false)) = scale_at(t, j) {
            if !any {
                break;
            }
            if s == 100.0 {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
            } else {
                total += if current == 0.0 { s } else { current * s };
                current = 0.0;
            }
            scaled = true;
            last_was_scale = true;
            j += 1;
        } else if w == "and" && any && last_was_scale {
            // `one hundred and fifty`: only when a number word follows.
            let next = t.word(j + 1);
            if small_number(next).is_some() || tens(next).is_some() {
                j += 1;
                last_was_scale = false;
            } else {
                break;
            }
        } else {
            break;
        }
        if t.kind(j) != Some(TokKind::Word) {
            break;
        }
    }
    if !any {
        return None;
    }
    let value = total + current;
    // `hundred hundred hundred…` multiplies without end: no figure.
    if value.is_nan() || value >= 1e30 {
        return None;
    }
    Some(Num {
        value,
        end: j,
        digits: false,
        step: step_of(value),
        scaled,
    })
}

/// Reads a fraction written in words at `i`: `two-thirds`, `three
/// quarters`, and a share of a group named after it: `half of the
/// customers`, `a quarter of homes`.
pub fn read_fraction(t: &Tokens, i: usize) -> Option<Num> {
    if let Some(j) = fraction_of_group(t, i) {
        return Some(Num {
            value: fraction(t.word(j))?,
            end: j + 1,
            digits: false,
            step: 0.01,
            scaled: false,
        });
    }
    if !t.has(i, Set::NumberWord) {
        return None;
    }
    let n = small_number(t.word(i))?;
    let mut j = i + 1;
    if t.is_punct(j, '-') && t.glued(j) {
        j += 1;
    }
    let f = fraction(t.word(j))?;
    // `two-thirds`, but not `second half`.
    if !(t.word(j).ends_with('s') || n == 1.0) || t.word(j) == "half" {
        return None;
    }
    Some(Num {
        value: n * f,
        end: j + 1,
        digits: false,
        step: 0.01,
        scaled: false,
    })
}

/// Where the fraction word stands in `half of`, `a quarter of`, `a third
/// of` at `i`: a share of the group named after `of`. Not a part of a span
/// of time (`a quarter of an hour`, `half of the year`) nor of something
/// ranked (`the second half of the match`).
pub fn fraction_of_group(t: &Tokens, i: usize) -> Option<usize> {
    let j = if t.is(i, "half") {
        i
    } else if t.has(i, Set::Article) && t.is(i + 2, "of") && !t.is(i + 1, "half") {
        i + 1
    } else {
        return None;
    };
    if !t.is(j + 1, "of") || t.word(j).ends_with('s') || fraction(t.word(j)).is_none() {
        return None;
    }
    let after = j + 2 + usize::from(t.is_any(j + 2, &["a", "an", "the", "this", "that"]));
    let ranked = i > 0
        && (crate::lexicon::ordinal(t.word(i - 1)).is_some()
            || t.is_any(i - 1, &["last", "other", "latter", "former"]));
    (!t.has(after, Set::TimeUnit) && !ranked).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> Option<f64> {
        let t = Tokens::new(text);
        read(&t, 0).map(|n| n.value)
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(num("55,000"), Some(55_000.0));
        assert_eq!(num("1.2 million"), Some(1_200_000.0));
        assert_eq!(num("4.5bn"), Some(4.5e9));
        assert_eq!(num("300k"), Some(300_000.0));
        // Exact, as written: 4.1 × 10⁶ in floating point is 4,099,999.99….
        for (text, value) in [
            ("4.1 million", 4_100_000.0),
            ("2.3bn", 2.3e9),
            ("1.15 million", 1_150_000.0),
            ("0.7 billion", 7e8),
            ("9.99 trillion", 9.99e12),
        ] {
            assert_eq!(num(text), Some(value), "{text}");
        }
    }

    #[test]
    fn words() {
        assert_eq!(num("two"), Some(2.0));
        assert_eq!(num("twenty-five"), Some(25.0));
        assert_eq!(num("one hundred and fifty"), Some(150.0));
        assert_eq!(num("three million"), Some(3e6));
        assert_eq!(num("a dozen"), Some(12.0));
        assert_eq!(num("half a million"), Some(500_000.0));
        assert_eq!(num("six and a half years"), Some(6.5));
        assert_eq!(num("six-and-a-half years"), Some(6.5));
        assert_eq!(num("2 and a half hours"), Some(2.5));
        assert_eq!(num("two and a half million"), Some(2_500_000.0));
        // (Not a second number: `six and a dozen`.)
        assert_eq!(num("six and a dozen"), Some(6.0));
        assert_eq!(num("forty thousand"), Some(40_000.0));
        assert_eq!(num("two thousand five hundred"), Some(2500.0));
        assert_eq!(num("a large number"), None);
    }

    #[test]
    fn two_numbers_side_by_side_are_not_one() {
        let t = Tokens::new("two three");
        assert_eq!(read(&t, 0).map(|n| n.end), Some(1));
    }

    #[test]
    fn steps_follow_the_rounding() {
        assert_eq!(step_of(55_000.0), 1000.0);
        assert_eq!(step_of(314.0), 1.0);
        assert_eq!(step_of(160_000.0), 10_000.0);
        let t = Tokens::new("1.2 million");
        assert_eq!(read(&t, 0).map(|n| n.step), Some(100_000.0));
    }
}
