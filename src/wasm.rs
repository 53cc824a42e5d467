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

/// Results cross to JavaScript packed: their numbers on one `Float64Array`
/// tape, their strings joined in one string with their lengths on a
/// `Uint32Array` tape, and a small JS reader builds the objects in the same
/// order Rust wrote them. Building them field by field from Rust
/// (serde-wasm-bindgen) made a call into JS for every field and every
/// string: measured in Node, 40% of `reconcile` and 30% of `extract`.
/// A claim is sent as its document and mention index: JS copies the
/// mention's fields, which a claim repeats.
///
/// Names from a small fixed set (kind, approx, status) go as an index into
/// the names sent so far in the call, the name itself only the first time:
/// every mention has two, and cutting a fresh JS string for each (about
/// 13 ns in V8) was a third of the strings JS cut. The mention loop keeps
/// its read positions in locals rather than in variables captured by
/// closures (V8 keeps those in a heap context, loaded and stored on every
/// field).
#[wasm_bindgen(inline_js = r#"
const ABSENT = 0xffffffff;
class Reader {
  constructor(nums, lens, strs) {
    this.nums = nums; this.lens = lens; this.strs = strs;
    this.n = 0; this.k = 0; this.at = 0;
    this.names = [];
  }
  num() { return this.nums[this.n++]; }
  str() {
    const len = this.lens[this.k++];
    if (len === ABSENT) return null;
    return this.strs.slice(this.at, (this.at += len));
  }
  name() {
    const i = this.num();
    if (i === this.names.length) this.names.push(this.str());
    return this.names[i];
  }
  list(item) {
    const out = new Array(this.num());
    for (let i = 0; i < out.length; i++) out[i] = item();
    return out;
  }
  // A list of mentions: the hot loop of `extract`, so written out flat.
  mentions() {
    const { nums, lens, strs, names } = this;
    let n = this.n, k = this.k, at = this.at, len = 0, x = 0, i = 0;
    const out = new Array(nums[n++]);
    for (let m = 0; m < out.length; m++) {
      const start = nums[n++];
      const end = nums[n++];
      len = lens[k++];
      const text = strs.slice(at, (at += len));
      i = nums[n++];
      if (i === names.length) { len = lens[k++]; names.push(strs.slice(at, (at += len))); }
      const kind = names[i];
      // A reading is a string (dates), else a number, else absent (NaN).
      x = nums[n++]; len = lens[k++];
      const value = len !== ABSENT ? strs.slice(at, (at += len)) : x !== x ? null : x;
      x = nums[n++]; len = lens[k++];
      const low = len !== ABSENT ? strs.slice(at, (at += len)) : x !== x ? null : x;
      x = nums[n++]; len = lens[k++];
      const high = len !== ABSENT ? strs.slice(at, (at += len)) : x !== x ? null : x;
      len = lens[k++];
      const unit = len === ABSENT ? null : strs.slice(at, (at += len));
      i = nums[n++];
      if (i === names.length) { len = lens[k++]; names.push(strs.slice(at, (at += len))); }
      const approx = names[i];
      len = lens[k++];
      const subject = len === ABSENT ? null : strs.slice(at, (at += len));
      len = lens[k++];
      const source = len === ABSENT ? null : strs.slice(at, (at += len));
      len = lens[k++];
      const asOf = len === ABSENT ? null : strs.slice(at, (at += len));
      out[m] = { text, start, end, kind, value, low, high, unit, approx, subject, source, asOf };
    }
    this.n = n; this.k = k; this.at = at;
    return out;
  }
}
export function buildMentions(nums, lens, strs) {
  return new Reader(nums, lens, strs).mentions();
}
export function buildReport(nums, lens, strs) {
  const r = new Reader(nums, lens, strs);
  const documents = r.list(() => ({ id: r.str(), outlet: r.str(), date: r.str(), mentions: r.mentions() }));
  const claim = () => {
    const d = documents[r.num()];
    const mention = r.num();
    const m = d.mentions[mention];
    return {
      doc: d.id, outlet: r.str(), mention, start: m.start, end: m.end, text: m.text,
      value: m.value, low: m.low, high: m.high, unit: m.unit, approx: m.approx,
      subject: m.subject, source: m.source, asOf: m.asOf, quote: r.str(),
    };
  };
  const facts = r.list(() => ({
    id: r.str(), label: r.str(), kind: r.name(), status: r.name(), explanation: r.str(), claims: r.list(claim),
  }));
  const checks = r.list(() => ({
    doc: r.str(), kind: r.str(), a: claim(), b: claim(), holds: r.num() === 1, explanation: r.str(),
  }));
  return { documents, facts, checks };
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildMentions)]
    fn build_mentions(nums: &[f64], lens: &[u32], strs: &str) -> JsValue;
    #[wasm_bindgen(js_name = buildReport)]
    fn build_report(nums: &[f64], lens: &[u32], strs: &str) -> JsValue;
}

/// The tapes `reader` in the JS above reads; every method writes in the
/// order the reader reads.
struct Tape {
    nums: Vec<f64>,
    lens: Vec<u32>,
    strs: String,
    /// The names sent so far, by index (see `name`).
    names: Vec<&'static str>,
}

impl Tape {
    const ABSENT: u32 = u32::MAX;

    /// Tapes with room for `mentions` mentions: seven numbers and at most
    /// ten strings each, and a few more for the names and counts.
    fn with_room_for(mentions: usize) -> Tape {
        Tape {
            nums: Vec::with_capacity(mentions * 7 + 8),
            lens: Vec::with_capacity(mentions * 10 + 8),
            strs: String::with_capacity(mentions * 48),
            names: Vec::new(),
        }
    }

    fn num(&mut self, x: f64) {
        self.nums.push(x);
    }

    fn str(&mut self, s: Option<&str>) {
        self.str_from(|out| s.map(|s| out.push_str(s)).is_some());
    }

    /// A string `write` appends to the joined strings in place (false:
    /// absent), so that nothing is built only to be copied.
    fn str_from(&mut self, write: impl FnOnce(&mut String) -> bool) {
        let at = self.strs.len();
        let len = if write(&mut self.strs) {
            crate::text::utf16_len(&self.strs.as_bytes()[at..]) as u32
        } else {
            Self::ABSENT
        };
        self.lens.push(len);
    }

    /// A name from a small fixed set as its index among the names sent so
    /// far, the name itself only the first time. Names are `as_str` literals,
    /// so their addresses compare; were one literal ever duplicated it would
    /// only be sent twice, under two indexes.
    fn name(&mut self, name: &'static str) {
        match self.names.iter().position(|n| std::ptr::eq(*n, name)) {
            Some(i) => self.num(i as f64),
            None => {
                self.num(self.names.len() as f64);
                self.names.push(name);
                self.str(Some(name));
            }
        }
    }

    fn reading(&mut self, v: Option<&crate::Value>) {
        match v {
            Some(crate::Value::Number(x)) => {
                self.num(*x);
                self.str(None);
            }
            Some(crate::Value::Text(s)) => {
                self.num(f64::NAN);
                self.str(Some(s));
            }
            None => {
                self.num(f64::NAN);
                self.str(None);
            }
        }
    }

    fn mention(&mut self, m: &Fields) {
        self.num(m.start as f64);
        self.num(m.end as f64);
        self.str(Some(m.text));
        self.name(m.kind.as_str());
        self.reading(Some(m.value));
        self.reading(m.low);
        self.reading(m.high);
        self.str(m.unit);
        self.name(m.approx.as_str());
        match m.subject {
            SubjectText::Built(s) => self.str(s),
            SubjectText::Parts(s) => self.str_from(|out| s.write_to(out)),
        }
        self.str(m.source);
        self.str(m.as_of);
    }

    fn mentions(&mut self, mentions: &[crate::Mention]) {
        self.num(mentions.len() as f64);
        for m in mentions {
            self.mention(&Fields::from(m));
        }
    }

    /// The figures of a scan, written as `mentions` writes mentions.
    fn figures<'a>(&mut self, figures: impl ExactSizeIterator<Item = Figure<'a>>) {
        self.num(figures.len() as f64);
        for f in figures {
            self.mention(&Fields::from(&f));
        }
    }

    /// A claim as (document index, mention index), its outlet and quote.
    fn claim(&mut self, c: &crate::Claim, doc_index: &rustc_hash::FxHashMap<&str, usize>) {
        self.num(doc_index.get(c.doc.as_str()).copied().unwrap_or(0) as f64);
        self.num(c.mention as f64);
        self.str(c.outlet.as_deref());
        self.str(Some(&c.quote));
    }

    fn report(&mut self, r: &crate::Report) {
        self.num(r.documents.len() as f64);
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
        self.num(r.facts.len() as f64);
        for f in &r.facts {
            self.str(Some(&f.id));
            self.str(Some(&f.label));
            self.name(f.kind.as_str());
            self.name(f.status.as_str());
            self.str(Some(&f.explanation));
            self.num(f.claims.len() as f64);
            for c in &f.claims {
                self.claim(c, &doc_index);
            }
        }
        self.num(r.checks.len() as f64);
        for c in &r.checks {
            self.str(Some(&c.doc));
            self.str(Some(&c.kind));
            self.claim(&c.a, &doc_index);
            self.claim(&c.b, &doc_index);
            self.num(if c.holds { 1.0 } else { 0.0 });
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
    unit: Option<&'a str>,
    approx: crate::Approx,
    subject: SubjectText<'a>,
    source: Option<&'a str>,
    as_of: Option<&'a str>,
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
            unit: m.unit.as_deref(),
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
            unit: f.unit(),
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
pub fn extract_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = from_js(options, "extract options")?;
    let scan = crate::scan(text, &options).map_err(js_error)?;
    let figures = scan.figures();
    let mut tape = Tape::with_room_for(figures.len());
    tape.figures(figures);
    Ok(build_mentions(&tape.nums, &tape.lens, &tape.strs))
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
    Ok(build_report(&tape.nums, &tape.lens, &tape.strs))
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
