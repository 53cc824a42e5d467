//! Tests of the WebAssembly bindings (`src/wasm.rs`) as JavaScript sees them:
//! plain JS values in, plain JS objects out, JS `Error`s with messages.
//!
//! Run with `wasm-pack test --node` and `wasm-pack test --headless --chrome`
//! (scripts/test.sh runs both). Not configured browser-only on purpose, so the
//! same tests run under Node.js and in Chromium. Native `cargo test` skips
//! this file.
#![cfg(target_arch = "wasm32")]

use factcheck::wasm::reconcile_js as reconcile;
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// `extract(text, options)` as JS calls it, with a JS string.
fn extract(text: &str, options: JsValue) -> Result<JsValue, wasm_bindgen::JsError> {
    factcheck::wasm::extract_js(JsValue::from_str(text), options)
}

/// A plain JS object from key/value pairs.
fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).expect("Reflect.set");
    }
    o.into()
}

/// `value[key]`, panicking with the JSON of `value` when it is not an object.
fn get(value: &JsValue, key: &str) -> JsValue {
    assert!(
        value.is_object(),
        "expected an object with {key:?}, got {}",
        json(value)
    );
    Reflect::get(value, &JsValue::from_str(key)).expect("Reflect.get")
}

fn json(value: &JsValue) -> String {
    js_sys::JSON::stringify(value)
        .map(String::from)
        .unwrap_or_else(|_| format!("{value:?}"))
}

fn str_of(value: &JsValue, key: &str) -> String {
    let v = get(value, key);
    v.as_string()
        .unwrap_or_else(|| panic!("{key} is not a string in {}", json(value)))
}

fn num_of(value: &JsValue, key: &str) -> f64 {
    let v = get(value, key);
    v.as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number in {}", json(value)))
}

fn array(value: JsValue, what: &str) -> Array {
    assert!(
        Array::is_array(&value),
        "{what} is not an array: {}",
        json(&value)
    );
    value.unchecked_into()
}

/// The message of a thrown JS `Error` (what `catch (e) { e.message }` sees).
fn error_message(result: Result<JsValue, wasm_bindgen::JsError>, call: &str) -> String {
    let err = match result {
        Ok(v) => panic!("{call} should have thrown, returned {}", json(&v)),
        Err(e) => JsValue::from(e),
    };
    assert!(
        err.is_instance_of::<js_sys::Error>(),
        "{call} threw a non-Error: {err:?}"
    );
    let err: js_sys::Error = err.unchecked_into();
    let message = String::from(err.message());
    assert!(
        !message.trim().is_empty(),
        "{call} threw an Error with no message"
    );
    message
}

fn doc(id: &str, text: &str) -> JsValue {
    obj(&[("id", id.into()), ("text", text.into())])
}

#[wasm_bindgen_test]
fn extract_finds_an_approximate_count() {
    let options = obj(&[("date", "2026-02-05".into())]);
    let out =
        extract("Zelensky said around 55,000 soldiers were killed.", options).expect("extract");
    let mentions = array(out, "extract's result");
    assert!(mentions.length() >= 1, "no mentions found");
    let m = mentions.get(0);
    assert_eq!(str_of(&m, "text"), "around 55,000", "{}", json(&m));
    assert_eq!(str_of(&m, "kind"), "count", "{}", json(&m));
    assert_eq!(num_of(&m, "value"), 55000.0, "{}", json(&m));
    assert_eq!(str_of(&m, "approx"), "about", "{}", json(&m));
    // Offsets are UTF-16 code units; this text is ASCII so they equal bytes.
    assert_eq!(num_of(&m, "start"), 14.0, "{}", json(&m));
    assert_eq!(num_of(&m, "end"), 27.0, "{}", json(&m));
}

#[wasm_bindgen_test]
fn extract_offsets_are_utf16_units() {
    // ’ is 3 UTF-8 bytes and 1 UTF-16 unit; 🇺🇦 is 8 bytes and 4 units.
    let text = "Zelensky’s office 🇺🇦 said around 55,000 soldiers were killed.";
    let byte_start = text.find("around").unwrap();
    let utf16_start = text[..byte_start].encode_utf16().count();
    assert_ne!(
        byte_start, utf16_start,
        "the test text must make bytes and UTF-16 differ"
    );
    let utf16_end = utf16_start + "around 55,000".encode_utf16().count();

    let out = extract(text, obj(&[("date", "2026-02-05".into())])).expect("extract");
    let mentions = array(out, "extract's result");
    let m = mentions
        .iter()
        .find(|m| get(m, "text").as_string().as_deref() == Some("around 55,000"))
        .unwrap_or_else(|| panic!("no \"around 55,000\" in {}", json(&mentions)));
    assert_eq!(num_of(&m, "start") as usize, utf16_start, "{}", json(&m));
    assert_eq!(num_of(&m, "end") as usize, utf16_end, "{}", json(&m));
    // What the page does with them: String.prototype.slice on the JS string.
    let sliced = JsString::from(text).slice(num_of(&m, "start") as u32, num_of(&m, "end") as u32);
    assert_eq!(String::from(sliced), "around 55,000");
}

/// The mentions JS receives are exactly the Rust mentions as JSON: every
/// field, `null` where Rust has `None`, numbers and ISO strings as they are
/// (the objects are built from a packed form, not by serde).
#[wasm_bindgen_test]
fn extract_objects_are_the_mentions_as_json() {
    let texts = [
        include_str!("../seeds/000_5ef4edd7b5086734.txt"),
        include_str!("../seeds/001_b2e4873a686a2fac.txt"),
        include_str!("../seeds/002_b985dbec2717e8b6.txt"),
        include_str!("../seeds/003_fc9c31f05702ee02.txt"),
        "’55 😀 about 5 people on 3 March 2024 at 07:45 pm; between 10 and 20%; \u{0}\u{1} $4.5bn",
        "",
    ];
    for text in texts {
        let options = obj(&[("date", JsValue::from_str("2026-02-05"))]);
        let got = json(&extract(text, options).expect("extract"));
        let rust = factcheck::extract(
            text,
            &factcheck::Options {
                date: Some("2026-02-05".into()),
            },
        );
        // Through JSON.parse, so that numbers are written the JS way.
        let want = json(
            &js_sys::JSON::parse(&serde_json::to_string(&rust).expect("json")).expect("parse"),
        );
        assert_eq!(got, want);
    }
}

/// Likewise the report: documents, facts with their claims, checks.
#[wasm_bindgen_test]
fn reconcile_objects_are_the_report_as_json() {
    let seeds = [
        ("000", include_str!("../seeds/000_5ef4edd7b5086734.txt")),
        ("001", include_str!("../seeds/001_b2e4873a686a2fac.txt")),
        ("002", include_str!("../seeds/002_b985dbec2717e8b6.txt")),
        ("003", include_str!("../seeds/003_fc9c31f05702ee02.txt")),
    ];
    let js_docs = Array::new();
    let mut rust_docs = Vec::new();
    for (n, (id, text)) in seeds.iter().enumerate() {
        // One with an outlet, one with a blank outlet (claims leave it out).
        let outlet = ["Outlet A", " ", "", "Outlet D"][n];
        js_docs.push(&obj(&[
            ("id", JsValue::from_str(id)),
            ("text", JsValue::from_str(text)),
            ("outlet", JsValue::from_str(outlet)),
        ]));
        let mut d = factcheck::Document::new(id, text);
        d.outlet = Some(outlet.to_string());
        rust_docs.push(d);
    }
    let got = json(&reconcile(js_docs.into(), JsValue::NULL).expect("reconcile"));
    let report =
        factcheck::try_reconcile(&rust_docs, &factcheck::Options::default()).expect("report");
    assert!(!report.facts.is_empty() && !report.checks.is_empty());
    let want =
        json(&js_sys::JSON::parse(&serde_json::to_string(&report).expect("json")).expect("parse"));
    assert_eq!(got, want);
}

/// Each mention's text is the input cut at its offsets, even where the
/// input holds what UTF-8 cannot (a lone surrogate, which the engine reads
/// as U+FFFD).
#[wasm_bindgen_test]
fn extract_texts_are_the_input_cut_at_the_offsets() {
    let lone = JsString::from_char_code1(0xD800);
    let text = JsString::from("Kyiv’s ").concat(&lone).concat(
        &JsString::from(" mayor said about 1,200 homes ")
            .concat(&lone)
            .concat(&JsString::from(" lost power on 3 March 2024.")),
    );
    let out =
        factcheck::wasm::extract_js(text.clone().into(), JsValue::UNDEFINED).expect("extract");
    let mentions = array(out, "extract's result");
    assert!(mentions.length() >= 2, "{}", json(&mentions));
    for m in mentions.iter() {
        let (start, end) = (num_of(&m, "start") as u32, num_of(&m, "end") as u32);
        assert_eq!(
            get(&m, "text").as_string(),
            text.slice(start, end).as_string(),
            "{}",
            json(&m)
        );
    }
    let texts: Vec<String> = mentions.iter().map(|m| str_of(&m, "text")).collect();
    assert!(texts.contains(&"about 1,200".to_string()), "{texts:?}");
}

#[wasm_bindgen_test]
fn extract_rejects_what_is_not_text() {
    for bad in [JsValue::from_f64(55000.0), JsValue::NULL, obj(&[])] {
        let message = error_message(
            factcheck::wasm::extract_js(bad.clone(), JsValue::UNDEFINED),
            "extract(non-string)",
        );
        assert!(
            message.contains("string"),
            "message for {bad:?} does not say a string is needed: {message}"
        );
    }
}

#[wasm_bindgen_test]
fn extract_rejects_a_bad_date_with_a_useful_error() {
    let options = obj(&[("date", "5 Feb".into())]);
    let message = error_message(
        extract("10 people were hurt.", options),
        "extract with date \"5 Feb\"",
    );
    assert!(
        message.contains("YYYY-MM-DD"),
        "message does not say the format: {message}"
    );
}

#[wasm_bindgen_test]
fn extract_accepts_missing_options() {
    for options in [JsValue::UNDEFINED, JsValue::NULL, obj(&[])] {
        let out = extract("More than 70,000 people are missing.", options.clone())
            .unwrap_or_else(|_| panic!("extract threw with options {options:?}"));
        let mentions = array(out, "extract's result");
        assert!(
            mentions.length() >= 1,
            "no mentions with options {options:?}"
        );
        assert_eq!(str_of(&mentions.get(0), "kind"), "count");
    }
}

#[wasm_bindgen_test]
fn extract_of_empty_text_is_an_empty_array() {
    let out = extract("", JsValue::UNDEFINED).expect("extract");
    assert_eq!(array(out, "extract's result").length(), 0);
}

#[wasm_bindgen_test]
fn reconcile_returns_a_report() {
    let docs: JsValue = Array::of2(
        &doc("a", "314 prisoners were exchanged."),
        &doc("b", "314 prisoners were swapped."),
    )
    .into();
    let report = reconcile(docs, JsValue::UNDEFINED).expect("reconcile");
    let documents = array(get(&report, "documents"), "report.documents");
    assert_eq!(documents.length(), 2, "{}", json(&report));
    assert_eq!(str_of(&documents.get(0), "id"), "a");
    assert_eq!(str_of(&documents.get(1), "id"), "b");
    array(get(&documents.get(0), "mentions"), "documents[0].mentions");
    let facts = array(get(&report, "facts"), "report.facts");
    array(get(&report, "checks"), "report.checks");
    // Both reports give 314 prisoners: one fact, agreed, with a claim from each.
    let fact = facts
        .iter()
        .find(|f| {
            array(get(f, "claims"), "fact.claims")
                .iter()
                .any(|c| get(&c, "value").as_f64() == Some(314.0))
        })
        .unwrap_or_else(|| panic!("no fact about 314 in {}", json(&report)));
    assert_eq!(str_of(&fact, "status"), "agree", "{}", json(&fact));
    assert_eq!(
        array(get(&fact, "claims"), "fact.claims").length(),
        2,
        "{}",
        json(&fact)
    );
}

#[wasm_bindgen_test]
fn reconcile_rejects_a_non_array() {
    for bad in [
        JsValue::from_str("314 prisoners"),
        JsValue::from_f64(3.0),
        obj(&[("id", "a".into())]),
    ] {
        let message = error_message(
            reconcile(bad.clone(), JsValue::UNDEFINED),
            "reconcile(non-array)",
        );
        assert!(
            message.contains("array"),
            "message for {bad:?} does not say an array is needed: {message}"
        );
    }
}

#[wasm_bindgen_test]
fn reconcile_rejects_duplicate_ids() {
    let docs: JsValue = Array::of2(&doc("a", "10 people."), &doc("a", "12 people.")).into();
    let message = error_message(
        reconcile(docs, JsValue::UNDEFINED),
        "reconcile with duplicate ids",
    );
    assert!(
        message.contains("\"a\""),
        "message does not name the id: {message}"
    );
}

#[wasm_bindgen_test]
fn max_input_bytes_is_16_mib() {
    assert_eq!(factcheck::wasm::max_input_bytes(), 16 * 1024 * 1024);
}
