//! The WebAssembly bindings: the only module that knows about wasm-bindgen.
//!
//! Every export takes plain JS values, checks them, and returns plain JS
//! objects (camelCase fields) or throws a JS `Error` whose message says what
//! was wrong. The core never panics on any input (see the property tests and
//! fuzz targets); as a last line of defence the page re-creates the module if
//! it ever traps.

use serde::Deserialize;
use serde::Serialize;
use wasm_bindgen::prelude::*;

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

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("factcheck: could not build the result: {e}")))
}

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

/// Mentions cross to JavaScript packed: their numbers in one `Float64Array`,
/// their strings joined in one string with their lengths in a `Uint32Array`,
/// and a small JS function builds the objects. Building them field by field
/// from Rust (serde-wasm-bindgen) made a call into JS for every field and
/// every string: measured on the seeds in Node, about 1.9 µs per mention,
/// 30% of `extract`; packed, about 0.3 µs.
#[wasm_bindgen(inline_js = r#"
const ABSENT = 0xffffffff;
export function buildMentions(nums, lens, strs) {
  const out = new Array(nums.length / 5);
  let at = 0;
  let k = 0;
  const str = () => {
    const n = lens[k++];
    if (n === ABSENT) return null;
    const s = strs.slice(at, at + n);
    at += n;
    return s;
  };
  // A reading is a string (dates), else a number, else absent (NaN).
  const reading = (x) => {
    const s = str();
    return s !== null ? s : Number.isNaN(x) ? null : x;
  };
  for (let m = 0; m < out.length; m++) {
    const n = m * 5;
    const text = str();
    const kind = str();
    const value = reading(nums[n + 2]);
    const low = reading(nums[n + 3]);
    const high = reading(nums[n + 4]);
    out[m] = {
      text, start: nums[n], end: nums[n + 1], kind, value, low, high,
      unit: str(), approx: str(), subject: str(), source: str(), asOf: str(),
    };
  }
  return out;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildMentions)]
    fn build_mentions(nums: &[f64], lens: &[u32], strs: &str) -> JsValue;
}

/// Mentions in the packed form `buildMentions` reads, in its field order.
#[derive(Default)]
struct Packed {
    nums: Vec<f64>,
    lens: Vec<u32>,
    strs: String,
}

impl Packed {
    const ABSENT: u32 = u32::MAX;

    fn str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.lens.push(crate::text::utf16_len(s.as_bytes()) as u32);
                self.strs.push_str(s);
            }
            None => self.lens.push(Self::ABSENT),
        }
    }

    fn reading(&mut self, v: Option<&crate::Value>) {
        match v {
            Some(crate::Value::Number(x)) => {
                self.nums.push(*x);
                self.str(None);
            }
            Some(crate::Value::Text(s)) => {
                self.nums.push(f64::NAN);
                self.str(Some(s));
            }
            None => {
                self.nums.push(f64::NAN);
                self.str(None);
            }
        }
    }

    fn mention(&mut self, m: &crate::Mention) {
        self.nums.push(m.start as f64);
        self.nums.push(m.end as f64);
        self.str(Some(&m.text));
        self.str(Some(m.kind.as_str()));
        self.reading(Some(&m.value));
        self.reading(m.low.as_ref());
        self.reading(m.high.as_ref());
        self.str(m.unit.as_deref());
        self.str(Some(m.approx.as_str()));
        self.str(m.subject.as_deref());
        self.str(m.source.as_deref());
        self.str(m.as_of.as_deref());
    }

    fn mentions(mentions: &[crate::Mention]) -> JsValue {
        let mut p = Packed {
            nums: Vec::with_capacity(mentions.len() * 5),
            lens: Vec::with_capacity(mentions.len() * 10),
            strs: String::with_capacity(mentions.len() * 48),
        };
        for m in mentions {
            p.mention(m);
        }
        build_mentions(&p.nums, &p.lens, &p.strs)
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
    let mentions = crate::try_extract(text, &options).map_err(js_error)?;
    Ok(Packed::mentions(&mentions))
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
    to_js(&report)
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
