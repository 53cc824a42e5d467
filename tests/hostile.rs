//! Hostile inputs (issue #7, robustness): what a page or a newsroom script
//! may really hand the engine. Each case checks that nothing panics, that
//! every span is exact (see `tests/hostile/invariants.rs`), that the result
//! makes sense, and, for the big ones, that time stays bounded.
//!
//! Big inputs are generated here, not committed. Crash inputs found by the
//! fuzz targets (`fuzz/`) become cases at the end of this file.
#![cfg(not(target_arch = "wasm32"))]

#[path = "hostile/invariants.rs"]
mod invariants;

use std::time::{Duration, Instant};

use factcheck::{
    Approx, Document, Error, Kind, MAX_BATCH_BYTES, MAX_INPUT_BYTES, Mention, Options, Value,
    extract, try_extract, try_reconcile,
};
use invariants::{check_mentions, check_report};

/// Extracts with and without a publication date, checks the invariants and
/// that both runs serialise to finite JSON; returns the undated mentions.
fn run(text: &str) -> Vec<Mention> {
    let ms = try_extract(text, &Options::default()).expect("input under the limit is accepted");
    check_mentions(text, &ms);
    let dated = Options {
        date: Some("2026-02-05".into()),
    };
    let ms2 = try_extract(text, &dated).expect("a good date is accepted");
    check_mentions(text, &ms2);
    for m in ms.iter().chain(&ms2) {
        let json = serde_json::to_value(m).unwrap();
        assert!(
            !json["value"].is_null(),
            "{:?}: value is not finite",
            m.text
        );
    }
    ms
}

fn seeds_text() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap() + "\n\n")
        .collect()
}

fn repeat_to(seed: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + seed.len());
    while s.len() < bytes {
        s.push_str(seed);
    }
    s
}

/// Deterministic pseudo-random bytes (xorshift), no dependency needed.
fn junk(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    let d = t.elapsed();
    eprintln!("{what}: {d:?}");
    (out, d)
}

/// Debug builds are 10-30x slower than release; bounds are set for them.
fn limit(release: u64, debug: u64) -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) {
        debug
    } else {
        release
    })
}

#[test]
fn empty_and_blank_text_has_no_figures() {
    for text in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{2028}\u{3000}\u{feff}",
        "\0",
    ] {
        assert!(run(text).is_empty(), "{text:?}");
    }
    let report = try_reconcile(&[], &Options::default()).unwrap();
    assert!(report.documents.is_empty() && report.facts.is_empty());
    let docs = [Document::new("a", ""), Document::new("b", "   ")];
    let report = try_reconcile(&docs, &Options::default()).unwrap();
    check_report(&docs, &report);
    assert!(report.facts.is_empty());
}

#[test]
fn a_10_mb_article() {
    let seeds = seeds_text();
    let text = repeat_to(&seeds, 10 * 1000 * 1000);
    let per_copy = run(&seeds).len();
    let (ms, d) = timed("extract 10 MB", || {
        try_extract(&text, &Options::default()).unwrap()
    });
    check_mentions(&text, &ms);
    let copies = text.len() / seeds.len();
    assert!(
        ms.len() >= copies * per_copy * 9 / 10,
        "{} mentions in {copies} copies of {per_copy}",
        ms.len()
    );
    assert!(d < limit(10, 120), "10 MB took {d:?}");
}

#[test]
fn one_line_of_1_mb() {
    let line = seeds_text().replace(['\n', '\r'], " ");
    let text = repeat_to(&line, 1 << 20);
    assert!(!text.contains('\n'));
    let (ms, d) = timed("extract 1 MB line", || run(&text));
    assert!(!ms.is_empty());
    assert!(d < limit(2, 60), "1 MB line took {d:?}");
}

#[test]
fn binary_junk() {
    for seed in 1..=8u64 {
        let bytes = junk(64 * 1024, seed);
        let text = String::from_utf8_lossy(&bytes);
        run(&text);
    }
    // Junk with digits and separators only: the number scanner's territory.
    let digits: String = junk(200_000, 99)
        .iter()
        .map(|b| b",.0123456789 -%$\xc2"[(*b % 17) as usize] as char)
        .collect();
    run(&digits);
}

#[test]
fn nul_bytes() {
    let ms = run("\0\u{0}55,000\0 people\0 were\0killed\0");
    assert!(ms.iter().any(|m| m.value == Value::Number(55_000.0)));
    run(&"\0".repeat(100_000));
    run(&"5\0".repeat(50_000));
}

/// JavaScript strings may hold lone surrogates (`"\uD800"`). wasm-bindgen
/// passes a JS string to a `&str` argument by encoding it as UTF-8 with
/// `TextEncoder`, which replaces each lone surrogate by U+FFFD; so the
/// engine sees U+FFFD, one UTF-16 unit, the same length as the surrogate it
/// replaces: the page's offsets still line up.
#[test]
fn lone_surrogates_arrive_as_replacement_characters() {
    // What a lossy decode of the UTF-8 bytes of a surrogate (ED A0 80) gives.
    let decoded = String::from_utf8_lossy(b"\xed\xa0\x80 55,000 \xed\xb0\x80people");
    assert!(decoded.contains('\u{fffd}'));
    let ms = run(&decoded);
    assert!(ms.iter().any(|m| m.text == "55,000"));
    let text = "\u{fffd}55,000\u{fffd} soldiers \u{fffd}";
    let ms = run(text);
    assert_eq!(ms[0].text, "55,000");
    assert_eq!(ms[0].start, 1);
}

#[test]
fn emoji_and_combining_marks_next_to_digits() {
    let cases = [
        "😀55,000😀 people",
        "👍🏽 around 55,000 soldiers 🇺🇦",
        "5\u{301}5,000 people",
        "55,000\u{301} people",
        "55\u{200d},000 people",
        "55,\u{308}000 people",
        "\u{301}\u{301}\u{301}12 people",
        "👨‍👩‍👧‍👦 12 👨‍👩‍👧‍👦 families",
        "12\u{fe0f}\u{20e3} people",
    ];
    for text in cases {
        let ms = run(text);
        assert!(!ms.is_empty(), "{text:?}: no figure found");
    }
    // UTF-16 offsets count the surrogate pairs of the emoji.
    let ms = run("😀😀 55,000 people");
    assert_eq!((ms[0].start, ms[0].end), (5, 11));
}

#[test]
fn rtl_text_with_digits() {
    let cases = [
        "قال المسؤولون إن 55,000 جندي قتلوا",
        "\u{202b}55,000 soldiers\u{202c} were killed",
        "\u{200f}314\u{200f} prisoners were exchanged",
        "כ-55,000 חיילים נהרגו ב-2024",
        "\u{202e}000,55 people\u{202c}",
        "٥٥٬٠٠٠ جندي", // Arabic-Indic digits: not read, but no harm
    ];
    for text in cases {
        run(text);
    }
    let ms = run("قال المسؤولون إن 55,000 جندي قتلوا");
    assert!(ms.iter().any(|m| m.text.contains("55,000")));
}

#[test]
fn crlf_and_old_mac_line_ends() {
    let seeds = seeds_text();
    let lf = run(&seeds);
    let crlf_text = seeds.replace('\n', "\r\n");
    let cr_text = seeds.replace('\n', "\r");
    let crlf = run(&crlf_text);
    let cr = run(&cr_text);
    let texts = |ms: &[Mention]| ms.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&lf), texts(&crlf), "CRLF finds other figures than LF");
    assert_eq!(texts(&lf), texts(&cr), "CR finds other figures than LF");
    run("55,000\r\r\r\n\n\r people\r");
}

#[test]
fn html_source_pasted_as_text() {
    let text = r#"<html><head><script>var x = 1e308; for (i=0;i<10;i++) {}</script></head>
<body><img src=x onerror=alert(1)> 55,000 <script>alert("2024-01-01")</script>
<p class="lead">More than 70,000 people &amp; 12&nbsp;km away, &#8220;3%&#8221;</p>
<a href="https://example.com/2024/10/5?id=55000">link</a><!-- 4.5bn --></body></html>"#;
    let ms = run(text);
    assert!(ms.iter().any(|m| m.text == "55,000"));
    assert!(ms.iter().any(|m| m.text.contains("70,000")));
    // Nothing inside the URL.
    assert!(!ms.iter().any(|m| m.text.contains("55000")));
}

#[test]
fn a_number_with_400_digits_stays_finite() {
    let n = "9".repeat(400);
    for text in [
        n.clone(),
        format!("{n} people were killed"),
        format!("${n}bn"),
        format!("{n} million soldiers"),
        format!("{n}.{n}%"),
        format!("between 1 and {n} million"),
        format!("0.{n}"),
        format!("1,{}", "000,".repeat(200)),
        format!("{n}th anniversary"),
        format!("{}people", "hundred ".repeat(400)),
        format!("two {}people", "dozen ".repeat(400)),
        format!("a {}soldiers", "million ".repeat(400)),
        format!("{}0 km", "9".repeat(30)),
    ] {
        // `run` fails on any non-finite value, low or high.
        run(&text);
    }
}

#[test]
fn exponents_and_negative_zero() {
    for text in [
        "1e308",
        "1e309 people",
        "1E-400",
        "1.7976931348623157e308",
        "-0",
        "−0",
        "-0.0%",
        "minus 0 degrees",
        "0x7ff0000000000000",
        "NaN people",
        "Infinity km",
        "inf",
    ] {
        run(text);
    }
    let ms = run("-0 people");
    for m in &ms {
        if let Some(n) = m.value.as_number() {
            assert_eq!(n, 0.0, "{:?}", m.text);
        }
    }
}

#[test]
fn a_qualifier_repeated_a_thousand_times() {
    let text = format!("{}5 people were killed", "more than ".repeat(1000));
    let (ms, d) = timed("1000 qualifiers", || run(&text));
    let m = ms
        .iter()
        .find(|m| m.value == Value::Number(5.0))
        .expect("the 5");
    assert_eq!(m.approx, Approx::MoreThan);
    assert!(
        m.text.len() < 100,
        "the span swallowed the qualifiers: {}",
        m.text.len()
    );
    assert!(d < limit(1, 10));

    for q in [
        "about ",
        "between ",
        "up to ",
        "nearly ",
        "some ",
        "at least ",
        "- ",
        "$",
    ] {
        let text = format!("{}12 soldiers", q.repeat(1000));
        let (_, d) = timed(q, || run(&text));
        assert!(d < limit(1, 10), "{q:?} x1000 took {d:?}");
    }
}

/// Runs without spaces or sentence breaks, where a per-token look at the
/// rest of the word or sentence would turn quadratic: each is timed at 8 KB
/// and 64 KB, and 8x the input must take less than 32x the time.
#[test]
fn pathological_repetitions() {
    let units = [
        "1,",
        "1.",
        "1-",
        "1 to ",
        "between 1 and ",
        "’",
        "a’",
        "(",
        "January ",
        "2024 ",
        "one hundred and ",
        "twenty-",
        // (Each a figure in a compound, which reads back to the one
        // before the compound: from the start of the run, once.)
        "five-",
        "mid-",
        "https://",
        "x@",
        "@",
        "5\0",
        "5 January ",
        "5 people in 2020 ",
        "Zelensky said 5 ",
        "more than ",
        "F-16 ",
        "#5 ",
        "555-123-",
        "the 1990s ",
        "12:30 pm ",
        "5, ",
    ];
    let dated = Options {
        date: Some("2026-02-05".into()),
    };
    for unit in units {
        let small = repeat_to(unit, 8 * 1024);
        let big = repeat_to(unit, 64 * 1024);
        let best = |text: &str| {
            (0..2)
                .map(|_| {
                    let t = Instant::now();
                    let ms = try_extract(text, &dated).unwrap();
                    (t.elapsed(), ms)
                })
                .min_by_key(|(d, _)| *d)
                .unwrap()
        };
        let (t1, _) = best(&small);
        let (t8, ms) = best(&big);
        check_mentions(&big, &ms);
        eprintln!("{unit:?}: 8 KB {t1:?}, 64 KB {t8:?}");
        assert!(
            t8 < t1 * 32 + Duration::from_millis(50),
            "{unit:?}: 64 KB took {t8:?} vs {t1:?} for 8 KB: not linear"
        );
    }
    // A megabyte of one character class.
    for text in [
        "a".repeat(1 << 20),
        "9".repeat(1 << 20),
        "\0".repeat(1 << 20),
    ] {
        let (_, d) = timed("1 MB of one character", || run(&text));
        assert!(d < limit(1, 20));
    }
}

#[test]
fn five_thousand_documents_with_one_figure_each() {
    let docs: Vec<Document> = (0..5000)
        .map(|i| {
            Document::new(
                &format!("doc{i}"),
                &format!("Officials said {} soldiers were killed.", 1000 + i % 50),
            )
        })
        .collect();
    let (report, d) = timed("reconcile 5,000 docs", || {
        try_reconcile(&docs, &Options::default()).unwrap()
    });
    check_report(&docs, &report);
    assert_eq!(report.documents.len(), 5000);
    assert!(report.documents.iter().all(|d| d.mentions.len() == 1));
    let claims: usize = report.facts.iter().map(|f| f.claims.len()).sum();
    assert_eq!(claims, 5000, "every figure is in one fact");
    assert!(report.facts.iter().any(|f| f.kind == Kind::Count));
    assert!(d < limit(10, 120), "5,000 documents took {d:?}");
}

#[test]
fn duplicate_ids_are_refused() {
    let docs = [
        Document::new("a", "5 people"),
        Document::new("a", "6 people"),
    ];
    assert!(matches!(
        try_reconcile(&docs, &Options::default()),
        Err(Error::DuplicateId(id)) if id == "a"
    ));
}

#[test]
fn input_over_the_limit_is_refused() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    match try_extract(&text, &Options::default()) {
        Err(Error::TooLarge { bytes, limit }) => {
            assert_eq!((bytes, limit), (MAX_INPUT_BYTES + 1, MAX_INPUT_BYTES));
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    assert!(extract(&text, &Options::default()).is_empty());
    // Exactly at the limit is accepted.
    assert!(try_extract(&text[1..], &Options::default()).is_ok());
    // In a reconciliation, each document is held to the same limit…
    let docs = [Document::new("a", "5 people"), Document::new("b", &text)];
    assert!(matches!(
        try_reconcile(&docs, &Options::default()),
        Err(Error::TooLarge { bytes, .. }) if bytes == MAX_INPUT_BYTES + 1
    ));
}

#[test]
fn a_batch_over_the_limit_is_refused() {
    // Five documents, each under the one-text limit, together over the
    // batch limit.
    let part = "1 ".repeat(MAX_BATCH_BYTES / 10 + 1);
    assert!(part.len() <= MAX_INPUT_BYTES);
    let docs: Vec<Document> = (0..5)
        .map(|n| Document::new(&n.to_string(), &part))
        .collect();
    match try_reconcile(&docs, &Options::default()) {
        Err(e @ Error::BatchTooLarge { bytes, limit }) => {
            assert_eq!((bytes, limit), (5 * part.len(), MAX_BATCH_BYTES));
            assert!(e.to_string().contains("smaller batches"), "{e}");
        }
        other => panic!("expected BatchTooLarge, got {other:?}"),
    }
}

#[test]
fn malformed_dates_are_refused_not_panicked_on() {
    for date in [
        "5 Feb",
        "2026-13-01",
        "2026-02-30",
        "0000-00-00",
        "9999999999-01-01",
        "2026-02-05x",
        "２０２６-02-05",
        "2026-2-5",
        "-2026-02-05",
        "\0",
        "2026-02-05\u{301}",
    ] {
        let options = Options {
            date: Some(date.into()),
        };
        match try_extract("It began 3 days ago, on Monday.", &options) {
            Ok(ms) => check_mentions("It began 3 days ago, on Monday.", &ms),
            Err(Error::BadDate(_)) => {}
            Err(e) => panic!("{date:?}: unexpected {e}"),
        }
    }
    for date in ["0001-01-01", "9999-12-31", "1600-02-29"] {
        let options = Options {
            date: Some(date.into()),
        };
        let text = "It began 3 years ago, last month, next week, in 1990s, on 31 December.";
        let ms = try_extract(text, &options).unwrap();
        check_mentions(text, &ms);
    }
}

// ---- Regressions: inputs that broke an invariant once. ----

/// The scale of a range's second end was applied to the first even when
/// that put the first above the second: `76-4k` read as 76,000 to 4,000.
#[test]
fn regression_range_scale_does_not_invert_the_interval() {
    for text in [
        "76–4k",
        "9-1 million",
        "30–1million",
        "42–24m mile",
        "5–1k people",
        // Negative: the scale check must compare magnitudes.
        "minus\r\n35-9 hundred",
        "minus 35-9 hundred degrees",
    ] {
        run(text);
    }
    let ms = run("1.2-1.5 million people");
    assert_eq!(ms[0].low, Some(Value::Number(1_200_000.0)));
}

/// `early`/`mid`/`late` split a period in thirds; a single day has none,
/// and `late next Monday` came out as Tuesday to Monday.
#[test]
fn regression_part_of_a_single_day() {
    for text in [
        "late\r\nnext Monday",
        "early today",
        "mid-yesterday",
        "late 5 May 2024",
        "early tomorrow",
    ] {
        run(text);
    }
}

#[test]
fn a_long_run_of_figures_in_compounds_costs_time_in_proportion() {
    // `five-five-five-…`: every `five` is a figure in a compound, which
    // reads back to the figure before the compound. Sixteen times the
    // text may cost sixteen times the time (with room for noise), not
    // the 150 times a read from the start of the run for each gave.
    for unit in ["five-", "twenty-"] {
        let best = |text: &str| {
            (0..2)
                .map(|_| {
                    let t = Instant::now();
                    try_extract(text, &Options::default()).unwrap();
                    t.elapsed()
                })
                .min()
                .unwrap()
        };
        let small = best(&repeat_to(unit, 16 * 1024));
        let big = best(&repeat_to(unit, 256 * 1024));
        eprintln!("{unit:?}: 16 KB {small:?}, 256 KB {big:?}");
        assert!(
            big < small * 48 + Duration::from_millis(100),
            "{unit:?}: 256 KB took {big:?} vs {small:?} for 16 KB: not linear"
        );
    }
}
