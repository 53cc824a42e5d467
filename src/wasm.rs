//! The WebAssembly bindings: the only module that knows about wasm-bindgen.
//!
//! Every export takes plain JS values, checks them, and returns plain JS
//! objects (camelCase fields) or throws a JS `Error` whose message says what
//! was wrong. The core never panics on any input (see the property tests and
//! fuzz targets); as a last line of defence the page re-creates the module if
//! it ever traps.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::extract::{Figure, Subject};
use crate::{Document, Error, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export type Kind = "count" | "money" | "percent" | "measure" | "date" | "time" | "duration" | "ordinal" | "number";
export type Approx = "exact" | "about" | "almost" | "just_under" | "more_than" | "at_least" | "up_to" | "less_than" | "vague" | "range";
export type Status = "agree" | "conflict" | "single" | "revision" | "disputed";
export interface ExtractOptions { date?: string | null }
export interface Mention {
  text: string; start: number; end: number; kind: Kind;
  value: number | string; low: number | string | null; high: number | string | null;
  unit: string | null; approx: Approx; subject: string | null; source: string | null; asOf: string | null;
}
export interface DocumentInput { id: string; text: string; title?: string | null; outlet?: string | null; date?: string | null }
export interface ReconcileOptions { date?: string | null }
export interface DocumentResult { id: string; outlet: string | null; date: string | null; mentions: Mention[] }
export interface Claim {
  doc: string; outlet: string | null; mention: number; start: number; end: number; text: string;
  value: number | string; low: number | string | null; high: number | string | null;
  unit: string | null; approx: Approx; subject: string | null; source: string | null; asOf: string | null; quote: string;
}
export interface Fact { id: string; label: string; kind: Kind; status: Status; explanation: string; claims: Claim[] }
export interface Check { doc: string; kind: string; a: Claim; b: Claim; holds: boolean; explanation: string }
export interface Report { documents: DocumentResult[]; facts: Fact[]; checks: Check[] }
"#;

fn from_js<T: for<'de> Deserialize<'de> + Default>(
    value: JsValue,
    what: &str,
) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("factcheck: {what} are not valid: {e}")))
}

/// Results cross to JavaScript packed, and a small JS reader builds the
/// objects in the order Rust wrote them. Building them field by field from
/// Rust (serde-wasm-bindgen) made a call into JS for every field and every
/// string: measured in Node, 40% of `reconcile` and 30% of `extract`.
///
/// Three tapes: whole numbers (offsets, counts, string indexes) on a
/// `Uint32Array`, readings on a `Float64Array`, and the strings, joined
/// (their lengths in UTF-16 units on a tape of their own). JS cuts each
/// string once and fields name it by its index in that list (0: `null`).
/// Names from small fixed sets (kind, approx, unit, status) are sent once a
/// call and then named by the same index: every mention has two or three.
/// `extract` sends no mention text at all: JS cuts it from the text it
/// passed in, at the mention's UTF-16 offsets.
///
/// A claim is sent as its document and mention index: JS copies the
/// mention's fields, which a claim repeats. The reader keeps its read
/// positions in locals rather than in variables captured by closures (V8
/// keeps those in a heap context, loaded and stored on every field).
#[wasm_bindgen(inline_js = r#"
class Reader {
  constructor(ints, nums, lens, strs) {
    this.ints = ints; this.nums = nums;
    this.k = 0; this.n = 0;
    // The strings, each cut once; 0 is null.
    const table = new Array(lens.length + 1);
    table[0] = null;
    let at = 0;
    for (let i = 0; i < lens.length; i++) table[i + 1] = strs.slice(at, (at += lens[i]));
    this.table = table;
  }
  int() { return this.ints[this.k++]; }
  str() { return this.table[this.ints[this.k++]]; }
  list(item) {
    const out = new Array(this.int());
    for (let i = 0; i < out.length; i++) out[i] = item();
    return out;
  }
  // A list of mentions: the hot loop of `extract`, so written out flat.
  // `input` is the text they were found in, or null when each mention's
  // text is sent as a string.
  mentions(input) {
    const { ints, nums, table } = this;
    let k = this.k, n = this.n, id = 0, x = 0;
    const out = new Array(ints[k++]);
    for (let m = 0; m < out.length; m++) {
      const start = ints[k++];
      const end = ints[k++];
      id = ints[k++];
      const text = id !== 0 ? table[id] : input.slice(start, end);
      const kind = table[ints[k++]];
      // A reading is a string (dates), else a number, else absent (NaN).
      id = ints[k++]; x = nums[n++];
      const value = id !== 0 ? table[id] : x !== x ? null : x;
      id = ints[k++]; x = nums[n++];
      const low = id !== 0 ? table[id] : x !== x ? null : x;
      id = ints[k++]; x = nums[n++];
      const high = id !== 0 ? table[id] : x !== x ? null : x;
      const unit = table[ints[k++]];
      const approx = table[ints[k++]];
      const subject = table[ints[k++]];
      const source = table[ints[k++]];
      const asOf = table[ints[k++]];
      out[m] = { text, start, end, kind, value, low, high, unit, approx, subject, source, asOf };
    }
    this.k = k; this.n = n;
    return out;
  }
}
export function buildMentions(ints, nums, lens, strs, input) {
  return new Reader(ints, nums, lens, strs).mentions(input);
}
export function buildReport(ints, nums, lens, strs) {
  const r = new Reader(ints, nums, lens, strs);
  const documents = r.list(() => ({ id: r.str(), outlet: r.str(), date: r.str(), mentions: r.mentions(null) }));
  const claim = () => {
    const d = documents[r.int()];
    const mention = r.int();
    const m = d.mentions[mention];
    return {
      doc: d.id, outlet: r.str(), mention, start: m.start, end: m.end, text: m.text,
      value: m.value, low: m.low, high: m.high, unit: m.unit, approx: m.approx,
      subject: m.subject, source: m.source, asOf: m.asOf, quote: r.str(),
    };
  };
  const facts = r.list(() => ({
    id: r.str(), label: r.str(), kind: r.str(), status: r.str(), explanation: r.str(), claims: r.list(claim),
  }));
  const checks = r.list(() => ({
    doc: r.str(), kind: r.str(), a: claim(), b: claim(), holds: r.int() === 1, explanation: r.str(),
  }));
  return { documents, facts, checks };
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildMentions)]
    fn build_mentions(
        ints: &[u32],
        nums: &[f64],
        lens: &[u32],
        strs: &str,
        input: &JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_name = buildReport)]
    fn build_report(ints: &[u32], nums: &[f64], lens: &[u32], strs: &str) -> JsValue;
}

/// The tapes the reader in the JS above reads; every method writes in the
/// order the reader reads.
struct Tape {
    ints: Vec<u32>,
    nums: Vec<f64>,
    /// The strings, joined, and their lengths in UTF-16 units.
    strs: String,
    lens: Vec<u32>,
    /// The names sent so far (see `name`), by index - 1.
    names: Vec<(&'static str, u32)>,
}

impl Tape {
    /// Tapes with room for `mentions` mentions: eleven whole numbers, three
    /// readings and at most seven strings each.
    fn with_room_for(mentions: usize) -> Tape {
        Tape {
            ints: Vec::with_capacity(mentions * 11 + 8),
            nums: Vec::with_capacity(mentions * 3 + 2),
            strs: String::with_capacity(mentions * 48),
            lens: Vec::with_capacity(mentions * 7 + 8),
            names: Vec::new(),
        }
    }

    fn int(&mut self, x: usize) {
        self.ints.push(x as u32);
    }

    /// A string, or `null`.
    fn str(&mut self, s: Option<&str>) {
        self.str_from(|out| s.map(|s| out.push_str(s)).is_some());
    }

    /// The string `write` appends to the joined strings in place (false:
    /// `null`), so that nothing is built only to be copied.
    fn str_from(&mut self, write: impl FnOnce(&mut String) -> bool) {
        let at = self.strs.len();
        let id = if write(&mut self.strs) {
            self.lens
                .push(crate::text::utf16_len(&self.strs.as_bytes()[at..]) as u32);
            self.lens.len() as u32
        } else {
            0
        };
        self.ints.push(id);
    }

    /// A name from a small fixed set (kind, approx, unit, status): sent the
    /// first time, then by the index it got then. Names are `as_str`
    /// literals, so their addresses compare; were one literal ever
    /// duplicated it would only be sent twice.
    fn name(&mut self, name: Option<&'static str>) {
        let Some(name) = name else {
            self.ints.push(0);
            return;
        };
        match self.names.iter().find(|(n, _)| std::ptr::eq(*n, name)) {
            Some(&(_, id)) => self.ints.push(id),
            None => {
                self.str(Some(name));
                let id = *self.ints.last().unwrap_or(&0);
                self.names.push((name, id));
            }
        }
    }

    fn reading(&mut self, v: Option<&crate::Value>) {
        match v {
            Some(crate::Value::Number(x)) => {
                self.ints.push(0);
                self.nums.push(*x);
            }
            Some(crate::Value::Text(s)) => {
                self.str(Some(s));
                self.nums.push(f64::NAN);
            }
            None => {
                self.ints.push(0);
                self.nums.push(f64::NAN);
            }
        }
    }

    /// A mention; its text is sent only when `with_text` (JS cuts it from
    /// the text it passed in otherwise).
    fn mention(&mut self, m: &Fields, with_text: bool) {
        self.int(m.start);
        self.int(m.end);
        self.str(with_text.then_some(m.text));
        self.name(Some(m.kind.as_str()));
        self.reading(Some(m.value));
        self.reading(m.low);
        self.reading(m.high);
        match m.unit {
            UnitText::Name(u) => self.name(u),
            UnitText::Built(u) => self.str(u),
        }
        self.name(Some(m.approx.as_str()));
        match m.subject {
            SubjectText::Built(s) => self.str(s),
            SubjectText::Parts(s) => self.str_from(|out| s.write_to(out)),
        }
        self.str(m.source);
        self.str(m.as_of);
    }

    fn mentions(&mut self, mentions: &[crate::Mention]) {
        self.int(mentions.len());
        for m in mentions {
            self.mention(&Fields::from(m), true);
        }
    }

    /// The figures of a scan, written as `mentions` writes mentions, but
    /// without their text.
    fn figures<'a>(&mut self, figures: impl ExactSizeIterator<Item = Figure<'a>>) {
        self.int(figures.len());
        for f in figures {
            self.mention(&Fields::from(&f), false);
        }
    }

    /// A claim as (document index, mention index), its outlet and quote.
    fn claim(&mut self, c: &crate::Claim, doc_index: &rustc_hash::FxHashMap<&str, usize>) {
        self.int(doc_index.get(c.doc.as_str()).copied().unwrap_or(0));
        self.int(c.mention);
        self.str(c.outlet.as_deref());
        self.str(Some(&c.quote));
    }

    fn report(&mut self, r: &crate::Report) {
        self.int(r.documents.len());
        for d in &r.documents {
            self.str(Some(&d.id));
            self.str(d.outlet.as_deref());
            self.str(d.date.as_deref());
            self.mentions(&d.mentions);
        }
        let doc_index: rustc_hash::FxHashMap<&str, usize> = r
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        self.int(r.facts.len());
        for f in &r.facts {
            self.str(Some(&f.id));
            self.str(Some(&f.label));
            self.name(Some(f.kind.as_str()));
            self.name(Some(f.status.as_str()));
            self.str(Some(&f.explanation));
            self.int(f.claims.len());
            for c in &f.claims {
                self.claim(c, &doc_index);
            }
        }
        self.int(r.checks.len());
        for c in &r.checks {
            self.str(Some(&c.doc));
            self.str(Some(&c.kind));
            self.claim(&c.a, &doc_index);
            self.claim(&c.b, &doc_index);
            self.int(usize::from(c.holds));
            self.str(Some(&c.explanation));
        }
    }
}

/// The fields of a mention JS receives, from a built [`crate::Mention`]
/// (`reconcile`) or straight from a scan's [`Figure`] (`extract`, which
/// builds no `Mention`).
struct Fields<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: crate::Kind,
    value: &'a crate::Value,
    low: Option<&'a crate::Value>,
    high: Option<&'a crate::Value>,
    unit: UnitText<'a>,
    approx: crate::Approx,
    subject: SubjectText<'a>,
    source: Option<&'a str>,
    as_of: Option<&'a str>,
}

/// A unit as a `Mention` holds it, or as the engine's own name for it.
enum UnitText<'a> {
    Built(Option<&'a str>),
    Name(Option<&'static str>),
}

/// A subject as a `Mention` holds it, or as the parts it is written from.
enum SubjectText<'a> {
    Built(Option<&'a str>),
    Parts(&'a Subject),
}

impl<'a> From<&'a crate::Mention> for Fields<'a> {
    fn from(m: &'a crate::Mention) -> Fields<'a> {
        Fields {
            start: m.start,
            end: m.end,
            text: &m.text,
            kind: m.kind,
            value: &m.value,
            low: m.low.as_ref(),
            high: m.high.as_ref(),
            unit: UnitText::Built(m.unit.as_deref()),
            approx: m.approx,
            subject: SubjectText::Built(m.subject.as_deref()),
            source: m.source.as_deref(),
            as_of: m.as_of.as_deref(),
        }
    }
}

impl<'a> From<&Figure<'a>> for Fields<'a> {
    fn from(f: &Figure<'a>) -> Fields<'a> {
        let (start, end) = f.utf16();
        Fields {
            start,
            end,
            text: f.text(),
            kind: f.kind(),
            value: f.value(),
            low: f.low(),
            high: f.high(),
            unit: UnitText::Name(f.unit()),
            approx: f.approx(),
            subject: SubjectText::Parts(f.subject()),
            source: f.source(),
            as_of: f.as_of(),
        }
    }
}

fn js_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// Finds every figure in `text`. `options.date` (YYYY-MM-DD) anchors relative
/// dates; without it the date is looked for in the text.
#[wasm_bindgen(js_name = extract, skip_typescript)]
///
/// The text comes in as a JS value, not a `&str`, so that it can go back to
/// JS with the results: JS cuts each mention's text from it.
pub fn extract_js(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let Some(rust_text) = text.as_string() else {
        return Err(JsError::new(
            "factcheck: extract needs the article as a string of text",
        ));
    };
    let options: Options = from_js(options, "extract options")?;
    let scan = crate::scan(&rust_text, &options).map_err(js_error)?;
    let figures = scan.figures();
    let mut tape = Tape::with_room_for(figures.len());
    tape.figures(figures);
    Ok(build_mentions(
        &tape.ints, &tape.nums, &tape.lens, &tape.strs, &text,
    ))
}

/// Reconciles several reports of the same event.
#[wasm_bindgen(js_name = reconcile, skip_typescript)]
pub fn reconcile_js(documents: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let documents: Vec<Document> = serde_wasm_bindgen::from_value(documents).map_err(|e| {
        JsError::new(&format!(
            "factcheck: documents must be an array of {{id, text, outlet?, date?}}: {e}"
        ))
    })?;
    let options: Options = from_js(options, "reconcile options")?;
    let report = crate::try_reconcile(&documents, &options).map_err(js_error)?;
    let mentions: usize = report.documents.iter().map(|d| d.mentions.len()).sum();
    let mut tape = Tape::with_room_for(mentions * 2);
    tape.report(&report);
    Ok(build_report(&tape.ints, &tape.nums, &tape.lens, &tape.strs))
}

/// The largest text, in UTF-8 bytes, that one call accepts.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}

#[wasm_bindgen(typescript_custom_section)]
const TS_FNS: &'static str = r#"
export function extract(text: string, options?: ExtractOptions | null): Mention[];
export function reconcile(documents: DocumentInput[], options?: ReconcileOptions | null): Report;
"#;
