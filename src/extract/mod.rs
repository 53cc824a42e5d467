//! Extraction: text in, [`Mention`]s out.
//!
//! Tokens are read left to right; at each token the recognisers for dates,
//! amounts and ordinals are tried in turn and the first that matches takes
//! its span. Each figure is then framed (subject, source, time).

mod date;
#[cfg(any(target_arch = "wasm32", test))]
mod figure;
mod frame;
mod number;
mod publication;
mod quantity;

#[cfg(target_arch = "wasm32")]
pub(crate) use figure::Figure;
pub(crate) use frame::{Frame, Session, Source, Subject, Time, Update, happens_to_people};

use crate::Options;
use crate::calendar::{self, Day};
use crate::error::Error;
use crate::lexer::{TokKind, Tokens};
use crate::lexicon::Set;
use crate::mention::{Approx, Detail, Kind, Mention, Value};
use crate::text::Utf16Cursor;

/// A figure found at a token span, before framing.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: Value,
    pub low: Option<Value>,
    pub high: Option<Value>,
    pub unit: Option<&'static str>,
    pub approx: Approx,
    pub step: f64,
    pub period: Option<(Day, Day)>,
    pub days: Option<f64>,
    pub measure: Option<(&'static str, f64)>,
    pub ambiguous: bool,
}

impl Found {
    pub fn new(start: usize, end: usize, kind: Kind, value: Value) -> Found {
        Found {
            start,
            end,
            kind,
            value,
            low: None,
            high: None,
            unit: None,
            approx: Approx::Exact,
            step: 1.0,
            period: None,
            days: None,
            measure: None,
            ambiguous: false,
        }
    }
}

/// The publication date `options` give, or the one the text states; and
/// the tokens of the line that states one, if a line does (its date is
/// when the report came out, whichever day `options` give).
pub(crate) fn anchor_of(
    t: &Tokens,
    options: &Options,
) -> Result<(Option<Day>, Option<std::ops::Range<usize>>), Error> {
    let stated = publication::detect_line(t);
    let line = stated.as_ref().map(|(_, line)| line.clone());
    match options
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => calendar::parse_iso_day(d)
            .map(|day| (Some(day), line))
            .ok_or_else(|| Error::BadDate(d.to_string())),
        None => Ok((stated.map(|(day, _)| day), line)),
    }
}

/// The lists a word must be on for a figure to start at it.
const MAY_START: u64 = Set::StartsFigure.bit() | Set::StartsQualifier.bit() | Set::Article.bit();

/// Whether a figure may start at token `i`: a number, a word on one of the
/// lists of [`MAY_START`], or punctuation glued to what follows. Most
/// tokens fail this, so the scan asks it inline, before the call to
/// [`recognise_at`] and its large return value (a call is dearer in wasm).
#[inline]
fn may_start_at(t: &Tokens, i: usize) -> bool {
    match t.toks.get(i) {
        Some(tok) => match tok.kind {
            TokKind::Number => true,
            TokKind::Word => t.has_any(i, MAY_START),
            TokKind::Punct => t.glued(i + 1),
            TokKind::Opaque => false,
        },
        None => false,
    }
}

/// How far after a qualifier's first word a figure may start: at most
/// three words of qualifier, a sign and a currency come before the
/// figure's first word.
const QUALIFIER_REACH: usize = 6;

/// The qualifier at word `i`, asked only when a figure may start soon
/// after it: its words are common (`in`, `a`, `at`, `as`, `over`), and
/// most of them qualify nothing.
fn qualifier_before_figure(t: &Tokens, i: usize) -> Option<(Approx, usize)> {
    if !t.has(i, Set::StartsQualifier) || !(i + 1..=i + QUALIFIER_REACH).any(|k| may_start_at(t, k))
    {
        return None;
    }
    quantity::qualifier_at(t, i)
}

/// The figure starting at token `i`, if one does. The scan asks the cheap
/// [`may_start_at`] first; the match below is the full test of a start.
fn recognise_at(t: &Tokens, i: usize, anchor: Option<Day>) -> Option<Found> {
    let kind = t.kind(i)?;
    // `lasted a fortnight`, `for a year`.
    if kind == TokKind::Word
        && t.has(i + 1, Set::TimeUnit)
        && let Some(d) = quantity::one_unit(t, i, false)
    {
        return Some(d);
    }
    // A qualifier (`more than`, `around`) may start a figure; read it once.
    let qualifier = (kind == TokKind::Word)
        .then(|| qualifier_before_figure(t, i))
        .flatten();
    match kind {
        TokKind::Number => {}
        TokKind::Word if t.has(i, Set::StartsFigure) || qualifier.is_some() => {}
        // `a dozen`, `a million`, `a year ago`, `a quarter of`
        TokKind::Word
            if t.has(i, Set::Article)
                && (number::scale_at(t, i + 1).is_some_and(|(_, glued)| !glued)
                    || t.is(i + 1, "dozen")
                    || number::back_after(t, i + 2)
                    || number::fraction_of_group(t, i).is_some()) => {}
        // A sign glued to digits: `$4.5bn`, `-20C`.
        TokKind::Punct
            if t.glued(i + 1)
                && (t.is_number(i + 1)
                    || t.is_punct(i + 1, '$')
                    || (t.glued(i + 2) && t.is_number(i + 2)))
                && crate::lexicon::punct_starts_figure(t.raw(i)) => {}
        _ => return None,
    }
    // A qualifier before a date or a time: `around 2014`, `nearly four
    // years ago`, `at around 9am`.
    if let Some((approx, j)) = qualifier
        && let Some(mut d) = date::recognise(t, j, anchor)
        && matches!(d.kind, Kind::Date | Kind::Time)
        && on_one_line(t, &d, anchor)
        && !matches!(approx, Approx::MoreThan | Approx::LessThan)
    {
        d.start = i;
        d.approx = approx;
        return Some(d);
    }
    // `more than a decade`.
    if let Some((approx, j)) = qualifier
        && let Some(mut d) = quantity::one_unit(t, j, true)
    {
        d.start = i;
        d.approx = approx;
        return Some(d);
    }
    // `about a mile`, `less than a metre`, `almost an acre`.
    if let Some((approx, j)) = qualifier
        && let Some(mut d) = quantity::one_measure(t, j, approx)
    {
        d.start = i;
        return Some(d);
    }
    let f = date::recognise(t, i, anchor)
        .or_else(|| quantity::recognise(t, i, anchor, qualifier))
        .or_else(|| quantity::ordinal(t, i))?;
    if on_one_line(t, &f, anchor) {
        return Some(f);
    }
    // Rare: read again, as the kinds that end before the break.
    let one_line = |f: &Found| on_one_line(t, f, anchor);
    quantity::recognise(t, i, anchor, qualifier)
        .filter(one_line)
        .or_else(|| quantity::ordinal(t, i).filter(one_line))
}

/// Whether figure `f` keeps to its paragraph and stops before a date line:
/// a headline ending in a number (`… rises to 21`) is not one date with the
/// date line under it (`January 14, 2025`). (Text wrapped at a fixed width
/// breaks lines inside figures: a single line break is allowed otherwise.)
fn on_one_line(t: &Tokens, f: &Found, anchor: Option<Day>) -> bool {
    (f.start + 1..f.end).all(|k| {
        !t.toks[k].newline_before
            || !(paragraph_break_before(t, k) || date::recognise(t, k, anchor).is_some())
    })
}

/// Whether a blank line comes before token `k`.
fn paragraph_break_before(t: &Tokens, k: usize) -> bool {
    let gap = t.toks[k - 1].span().end..t.toks[k].span().start;
    t.text[gap].bytes().filter(|&b| b == b'\n').count() >= 2
}

/// The month and day of the text's wire dateline when it gives no year
/// (`LONDON, June 21 (Reuters) -`): reconciling reads the year from the
/// other reports' dates.
pub(crate) fn wire_month_day(text: &str) -> Option<(u32, u32)> {
    // Only the lines before the story are read: a few hundred bytes, not
    // the whole text again.
    let mut cut = text.len().min(4096);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    publication::wire_month_day(&Tokens::new(&text[..cut]))
}

/// The figures of one text, found and framed: what [`Mention`]s are built
/// from. Callers that only pass the figures on (the wasm binding) read them
/// as borrowed figures (`Scan::figures`) and build no `Mention` at all.
pub(crate) struct Scan<'a> {
    t: Tokens<'a>,
    found: Vec<Found>,
    frames: Vec<Frame>,
    /// The day relative dates were read against (`options.date`, else the
    /// date the text states).
    pub anchor: Option<Day>,
}

/// Finds and frames every figure in `text`.
pub(crate) fn scan<'a>(text: &'a str, options: &Options) -> Result<Scan<'a>, Error> {
    let t = Tokens::new(text);
    let (anchor, publication_line) = anchor_of(&t, options)?;
    // News text has about one figure per 170 bytes.
    let mut found = Vec::with_capacity(text.len() / 128);
    let mut i = 0;
    while i < t.len() {
        if !may_start_at(&t, i) {
            i += 1;
            continue;
        }
        match recognise_at(&t, i, anchor) {
            // (`about £10,000 less than a year ago`: after a figure, `less
            // than` compares it, and qualifies nothing after. Asked of a
            // figure found, not of every word.)
            Some(f) if f.end > i && compares_the_figure_before(&t, &found, i) => {
                debug_assert!(f.start == i);
                i += 1;
            }
            Some(mut f) if f.end > i => {
                i = f.end;
                if rate_population(&t, &found, &f) || one_speaker(&t, &f) {
                    continue;
                }
                beyond_after_verb(&t, &mut f);
                over_as_preposition(&t, &mut f);
                found.push(f);
            }
            _ => i += 1,
        }
    }
    qualify_conversions(&t, &mut found);
    let mut frames = frame::frame_all(&t, &found, anchor);
    for (f, frame) in found.iter_mut().zip(&mut frames) {
        frame.header |= f.kind == Kind::Date
            && publication_line
                .as_ref()
                .is_some_and(|line| line.contains(&f.start));
        troy_ounces(f, frame);
        adjusted_results(&t, f, frame);
    }
    Ok(Scan {
        t,
        found,
        frames,
        anchor,
    })
}

/// Ounces of a precious metal are troy ounces (`196,000 ounces of gold`
/// are 6.1 tonnes, not 5.6), as the trade weighs them.
fn troy_ounces(f: &mut Found, frame: &Frame) {
    if f.unit == Some("oz")
        && frame
            .subject
            .head
            .as_deref()
            .is_some_and(|head| crate::lexicon::PRECIOUS_METALS.contains(&head))
    {
        f.unit = Some("oz t");
        f.measure = Some(("mass", crate::lexicon::TROY_OUNCE_KG));
    }
}

/// Results `adjusted` or `excluding items` are another measure than those
/// reported: `Excluding some items, the loss was 38 cents a share` is no
/// rival to `the net loss narrowed to 51 cents a share`. The cue must come
/// before the figure in its clause (not past a `;`).
fn adjusted_results(t: &Tokens, f: &Found, frame: &mut Frame) {
    let Some(head) = frame.subject.head.as_deref() else {
        return;
    };
    // (`loss`, `loss per share`.)
    let measure = head.split(' ').next().unwrap_or(head);
    if !crate::lexicon::RESULT_MEASURES.contains(&measure) {
        return;
    }
    let from = frame.sentence.0.max(f.start.saturating_sub(12));
    let adjusted = (from..f.start)
        .rev()
        .take_while(|&k| !t.is_punct(k, ';'))
        .any(|k| {
            t.is_any(k, crate::lexicon::ADJUSTED_WORDS)
                || (t.is(k, "excluding")
                    && (k + 1..k + 6).any(|j| t.is_any(j, crate::lexicon::ONE_OFF_ITEMS)))
        });
    if adjusted {
        frame.subject.head = Some(std::borrow::Cow::Owned(format!("adjusted {head}")));
    }
}

/// A conversion in brackets bounds what the figure it converts bounds:
/// `gusts of up to 230 kph (143 mph)`, `more than 100 km (62 miles)`. (A
/// rounded conversion is left as written: `roughly 1,000km (600-mile)`
/// gives its own rounding.)
fn qualify_conversions(t: &Tokens, found: &mut [Found]) {
    for n in 1..found.len() {
        let approx = found[n - 1].approx;
        let bound = matches!(
            approx,
            Approx::UpTo | Approx::LessThan | Approx::MoreThan | Approx::AtLeast
        );
        if found[n].approx != Approx::Exact || !bound || !frame::is_conversion(t, found, n) {
            continue;
        }
        let f = &mut found[n];
        f.approx = approx;
        if let Some(v) = f.value.as_number() {
            let (lo, hi) = quantity::bounds(v, f.step, approx);
            f.low = lo.map(Value::Number);
            f.high = hi.map(Value::Number);
        }
    }
}

/// Whether the word at `i` is a comparative right after a figure, before
/// `than`: `£10,000 less than a year ago`, `20% more than last year`.
fn compares_the_figure_before(t: &Tokens, found: &[Found], i: usize) -> bool {
    found.last().is_some_and(|g| g.end == i)
        && !t.toks[i].newline_before
        && !t.sentence_break_before(i)
        && t.is(i + 1, "than")
        && t.is_any(i, crate::lexicon::COMPARATIVES)
}

/// Whether `f` is the population a rate before it is given per, which
/// counts nothing itself: the `100,000` of `6.8 per 100,000 residents`,
/// of `2.5 doctors for every 1,000 people`.
fn rate_population(t: &Tokens, found: &[Found], f: &Found) -> bool {
    let per = f.start >= 1
        && (t.is(f.start - 1, "per")
            || (f.start >= 2 && t.seq(f.start - 2, &["for", "every"]).is_some()));
    per && f.kind == Kind::Count
        && f.approx == Approx::Exact
        && matches!(f.value, Value::Number(v) if frame::population_label(v).is_some())
        && found
            .last()
            .is_some_and(|g| g.end + 6 >= f.start && frame::counts_like(g.kind))
}

/// Whether `f` is the `one` of someone quoted without a name, which counts
/// nothing: `one commuter told GBN`, `"It was chaos," one resident said`.
fn one_speaker(t: &Tokens, f: &Found) -> bool {
    f.end == f.start + 1
        && t.is(f.start, "one")
        && t.kind(f.end) == Some(TokKind::Word)
        && (f.end + 1..f.end + 3).any(|k| {
            t.has(k, Set::SayVerb)
                && (f.end..k).all(|j| {
                    t.kind(j) == Some(TokKind::Word)
                        && !t.capitalised(j)
                        && !t.has(j, Set::FunctionWord)
                })
        })
}

/// `over` before an amount that stands before a noun, as an adjective
/// does, is a preposition: `jailed over $8 billion fraud`, `sued over a
/// $50m contract` (but `over $8 billion in losses`, `over $5bn last year`).
fn over_as_preposition(t: &Tokens, f: &mut Found) {
    let k = f.end;
    let noun_after = t.kind(k) == Some(TokKind::Word)
        && !t.capitalised(k)
        && !t.has_any(
            k,
            Set::PhraseStop.bit()
                | Set::StartsDate.bit()
                | Set::TimeUnit.bit()
                | Set::SayVerb.bit(),
        )
        && !t.word(k).ends_with('s')
        && !t.word(k).ends_with("ly")
        && !t.is(k, "worth");
    // (And the span a change is spread over, right after it: `a 42 percent
    // raise over four years`, `26 per cent over four years`.)
    let spread = f.kind == Kind::Duration
        && f.start > 0
        && (t.is_punct(f.start - 1, '%')
            || t.is_any(
                f.start - 1,
                &[
                    "percent",
                    "cent",
                    "raise",
                    "raises",
                    "rise",
                    "rises",
                    "increase",
                    "increases",
                ],
            ));
    if (f.kind == Kind::Money && noun_after || spread)
        && f.approx == Approx::MoreThan
        && t.is(f.start, "over")
    {
        f.start += 1;
        f.approx = Approx::Exact;
        f.high = f.low.clone();
    }
}

/// A figure a verb says was gone past is a lower bound: `the index
/// briefly topped 65` (a report of 65.73 agrees), `deaths exceeded 1,000`.
fn beyond_after_verb(t: &Tokens, f: &mut Found) {
    if f.approx == Approx::Exact
        && frame::counts_like(f.kind)
        && f.start > 0
        && t.is_any(f.start - 1, crate::lexicon::EXCEED_VERBS)
    {
        f.approx = Approx::MoreThan;
        f.low = Some(f.value.clone());
        f.high = None;
    }
}

/// Where a figure lies and what it is, worked out the same way for a
/// [`Mention`] and for a borrowed figure.
#[derive(Clone, Copy)]
struct Placed {
    /// Byte span.
    bytes: (usize, usize),
    /// The same span in UTF-16 units.
    utf16: (usize, usize),
    kind: Kind,
}

fn place(t: &Tokens, cursor: &mut Utf16Cursor, f: &Found, fr: &Frame) -> Placed {
    let bs = t.toks[f.start].span().start;
    let be = t.toks[f.end - 1].span().end;
    let utf16 = (cursor.utf16_at(bs), cursor.utf16_at(be));
    let mut kind = f.kind;
    // A bare figure with nothing it counts is a number.
    if kind == Kind::Count && fr.subject.is_empty() && f.approx != Approx::Vague {
        kind = Kind::Number;
    }
    Placed {
        bytes: (bs, be),
        utf16,
        kind,
    }
}

/// The ISO spelling of the time a frame states, if it states one.
fn as_of(fr: &Frame) -> Option<&str> {
    match &fr.time {
        Time::Explicit(_, _, iso) => Some(iso),
        _ => None,
    }
}

impl<'a> Scan<'a> {
    /// The figures as [`Mention`]s, which own what they hold.
    pub fn into_mentions(self) -> Vec<Mention> {
        let Scan {
            t, found, frames, ..
        } = self;
        let mut cursor = Utf16Cursor::new(t.text);
        let mut out = Vec::with_capacity(found.len());
        for (f, fr) in found.into_iter().zip(frames) {
            let p = place(&t, &mut cursor, &f, &fr);
            let sentence = (
                t.toks.get(fr.sentence.0).map_or(0, |x| x.span().start),
                t.toks
                    .get(fr.sentence.1.saturating_sub(1))
                    .map_or(t.text.len(), |x| x.span().end),
            );
            out.push(Mention {
                text: t.text[p.bytes.0..p.bytes.1].to_owned(),
                start: p.utf16.0,
                end: p.utf16.1,
                byte_start: p.bytes.0,
                byte_end: p.bytes.1,
                kind: p.kind,
                value: f.value,
                low: f.low,
                high: f.high,
                unit: f.unit.map(str::to_owned),
                approx: f.approx,
                subject: fr.subject.describe(),
                source: fr.source.as_ref().map(|s| String::from(&*s.name)),
                as_of: as_of(&fr).map(str::to_owned),
                detail: Detail {
                    frame: fr,
                    period: f.period,
                    days: f.days,
                    measure: f.measure,
                    step: f.step,
                    ambiguous: f.ambiguous,
                    sentence,
                },
            });
        }
        out
    }
}

/// Finds every figure in `text`; also gives the day relative dates were
/// read against (`options.date`, else the date the text states).
pub(crate) fn run(text: &str, options: &Options) -> Result<(Vec<Mention>, Option<Day>), Error> {
    let scan = scan(text, options)?;
    let anchor = scan.anchor;
    Ok((scan.into_mentions(), anchor))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A figure read borrowed says what the mention built from it says.
    fn figures_agree_with_mentions(text: &str) -> usize {
        let options = Options::default();
        let figures: Vec<String> = {
            let scan = scan(text, &options).expect("scans");
            scan.figures()
                .map(|f| {
                    let mut subject = String::new();
                    let said = f.subject().write_to(&mut subject);
                    format!(
                        "{:?}",
                        (
                            f.text(),
                            f.utf16(),
                            f.kind(),
                            f.value(),
                            f.low(),
                            f.high(),
                            f.unit(),
                            f.approx(),
                            said.then_some(subject),
                            f.source(),
                            f.as_of(),
                        )
                    )
                })
                .collect()
        };
        let mentions: Vec<String> = scan(text, &options)
            .expect("scans")
            .into_mentions()
            .iter()
            .map(|m| {
                format!(
                    "{:?}",
                    (
                        m.text.as_str(),
                        (m.start, m.end),
                        m.kind,
                        &m.value,
                        m.low.as_ref(),
                        m.high.as_ref(),
                        m.unit.as_deref(),
                        m.approx,
                        m.subject.clone(),
                        m.source.as_deref(),
                        m.as_of.as_deref(),
                    )
                )
            })
            .collect();
        assert_eq!(figures, mentions);
        mentions.len()
    }

    #[test]
    fn borrowed_figures_read_as_the_mentions_built_from_them() {
        let mut n = 0;
        for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                n += figures_agree_with_mentions(&std::fs::read_to_string(path).unwrap());
            }
        }
        n += figures_agree_with_mentions(
            "Kyiv’s mayor said on 3 March that “about 1,200 homes” lost power, \
             according to the city council; 40% of them were restored by 7pm.",
        );
        assert!(n > 50, "the seeds hold figures ({n})");
    }
}
