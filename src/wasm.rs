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

fn js_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// Finds every figure in `text`. `options.date` (YYYY-MM-DD) anchors relative
/// dates; without it the date is looked for in the text.
#[wasm_bindgen(js_name = extract, skip_typescript)]
pub fn extract_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = from_js(options, "extract options")?;
    let mentions = crate::try_extract(text, &options).map_err(js_error)?;
    to_js(&mentions)
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
