//! Extraction: text in, [`Mention`]s out.
//!
//! Tokens are read left to right; at each token the recognisers for dates,
//! amounts and ordinals are tried in turn and the first that matches takes
//! its span. Each figure is then framed (subject, source, time).

mod date;
mod frame;
mod number;
mod publication;
mod quantity;

pub(crate) use frame::{Frame, Time};

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
    pub unit: Option<String>,
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

/// The publication date `options` give, or the one the text states.
pub(crate) fn anchor_of(t: &Tokens, options: &Options) -> Result<Option<Day>, Error> {
    match options
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => calendar::parse_iso_day(d)
            .map(Some)
            .ok_or_else(|| Error::BadDate(d.to_string())),
        None => Ok(publication::detect(t)),
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

/// The figure starting at token `i`, if one does. The scan asks the cheap
/// [`may_start_at`] first; the match below is the full test of a start.
fn recognise_at(t: &Tokens, i: usize, anchor: Option<Day>) -> Option<Found> {
    let kind = t.kind(i)?;
    // A qualifier (`more than`, `around`) may start a figure; read it once.
    let qualifier = (kind == TokKind::Word && t.has(i, Set::StartsQualifier))
        .then(|| quantity::qualifier_at(t, i))
        .flatten();
    match kind {
        TokKind::Number => {}
        TokKind::Word if t.has(i, Set::StartsFigure) || qualifier.is_some() => {}
        // `a dozen`, `a million`, `a year ago`
        TokKind::Word
            if t.has(i, Set::Article)
                && (number::scale_at(t, i + 1).is_some_and(|(_, glued)| !glued)
                    || t.is(i + 1, "dozen")
                    || t.is(i + 2, "ago")) => {}
        // A sign glued to digits: `$4.5bn`, `-20C`.
        TokKind::Punct
            if t.glued(i + 1)
                && (t.is_number(i + 1) || t.is_punct(i + 1, '$'))
                && crate::lexicon::punct_starts_figure(t.raw(i)) => {}
        _ => return None,
    }
    // A qualifier before a date: `around 2014`, `nearly four years ago`.
    if let Some((approx, j)) = qualifier
        && let Some(mut d) = date::recognise(t, j, anchor)
        && d.kind == Kind::Date
        && !matches!(approx, Approx::MoreThan | Approx::LessThan)
    {
        d.start = i;
        d.approx = approx;
        return Some(d);
    }
    date::recognise(t, i, anchor)
        .or_else(|| quantity::recognise(t, i, anchor, qualifier))
        .or_else(|| quantity::ordinal(t, i))
}

/// Finds every figure in `text`; also gives the day relative dates were
/// read against (`options.date`, else the date the text states).
pub(crate) fn run(text: &str, options: &Options) -> Result<(Vec<Mention>, Option<Day>), Error> {
    let t = Tokens::new(text);
    let anchor = anchor_of(&t, options)?;
    // News text has about one figure per 170 bytes.
    let mut found = Vec::with_capacity(text.len() / 128);
    let mut i = 0;
    while i < t.len() {
        if !may_start_at(&t, i) {
            i += 1;
            continue;
        }
        match recognise_at(&t, i, anchor) {
            Some(f) if f.end > i => {
                i = f.end;
                found.push(f);
            }
            _ => i += 1,
        }
    }
    let frames = frame::frame_all(&t, &found, anchor);
    let mut cursor = Utf16Cursor::new(text);
    let mut out = Vec::with_capacity(found.len());
    for (f, fr) in found.into_iter().zip(frames) {
        let bs = t.toks[f.start].span().start;
        let be = t.toks[f.end - 1].span().end;
        let start = cursor.utf16_at(bs);
        let end = cursor.utf16_at(be);
        let mut kind = f.kind;
        // A bare figure with nothing it counts is a number.
        if kind == Kind::Count && fr.subject.is_empty() && f.approx != Approx::Vague {
            kind = Kind::Number;
        }
        let sentence = (
            t.toks.get(fr.sentence.0).map_or(0, |x| x.span().start),
            t.toks
                .get(fr.sentence.1.saturating_sub(1))
                .map_or(text.len(), |x| x.span().end),
        );
        let as_of = match &fr.time {
            Time::Explicit(_, _, iso) => Some(iso.clone()),
            _ => None,
        };
        out.push(Mention {
            text: text[bs..be].to_string(),
            start,
            end,
            byte_start: bs,
            byte_end: be,
            kind,
            value: f.value,
            low: f.low,
            high: f.high,
            unit: f.unit,
            approx: f.approx,
            subject: fr.subject.describe(),
            source: fr.source.as_ref().map(|s| s.name.to_string()),
            as_of,
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
    Ok((out, anchor))
}
