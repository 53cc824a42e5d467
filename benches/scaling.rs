//! Reconcile scaling report (not criterion): reconciles 10, 100, 1,000,
//! 4,000 and 5,000 documents made from the seeds (5,000 seed-sized documents
//! are ~18 MB) and prints, for each, the time, the
//! peak heap during the call (a counting global allocator), the input size,
//! the mentions found and the cost per mention, so near-linear growth shows.
//!
//!   cargo bench --bench scaling                      the report (Markdown)
//!   cargo bench --bench scaling -- --sizes 10,100    other sizes
//!   cargo bench --bench scaling -- --write-corpus DIR
//!       writes DIR/corpus.txt (the ≥1 MiB extract corpus) and
//!       DIR/seeds.txt (the seeds joined), for benches/node/ and profiling
//!   cargo bench --bench scaling -- --summary FILE
//!       times extract (seeds, 1 MiB corpus) and reconcile (seeds, 1,000
//!       documents) and writes the numbers as JSON (for scripts/bench.sh)
//!   cargo bench --bench scaling -- --profile-extract N
//!       only extracts the 1 MiB corpus N times (for callgrind / perf)
//!   cargo bench --bench scaling -- --profile-seeds N
//!       only extracts the four seed articles N times, one call each: the
//!       short inputs the Node benchmark's ratio is taken on

#[path = "common/mod.rs"]
mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use factcheck::{MAX_BATCH_BYTES, Options, extract, reconcile, try_reconcile};

struct Counting;

// Signed: blocks allocated before counting began may be freed while it is on.
static CURRENT: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
/// Counting is on only for the memory runs: its atomics would slow the timed ones.
static COUNTING: AtomicBool = AtomicBool::new(false);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if COUNTING.load(Relaxed) {
            CURRENT.fetch_sub(layout.size() as isize, Relaxed);
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grow(new_size - layout.size());
            } else if COUNTING.load(Relaxed) {
                CURRENT.fetch_sub((layout.size() - new_size) as isize, Relaxed);
            }
        }
        p
    }
}

fn grow(n: usize) {
    if !COUNTING.load(Relaxed) {
        return;
    }
    ALLOCS.fetch_add(1, Relaxed);
    let now = CURRENT.fetch_add(n as isize, Relaxed) + n as isize;
    PEAK.fetch_max(now, Relaxed);
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn vm_hwm_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn mib(b: usize) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let mut sizes = vec![10usize, 100, 1_000, 4_000, 5_000];
    while let Some(a) = args.next() {
        match a.as_str() {
            "--sizes" => {
                let v = args.next().expect("--sizes 10,100,...");
                sizes = v
                    .split(',')
                    .map(|s| s.trim().replace('_', "").parse().expect("a number"))
                    .collect();
            }
            "--write-corpus" => {
                let dir = std::path::PathBuf::from(args.next().expect("--write-corpus DIR"));
                std::fs::create_dir_all(&dir).expect("create the corpus directory");
                let corpus = common::corpus(common::CORPUS_BYTES);
                std::fs::write(dir.join("corpus.txt"), &corpus).expect("write corpus.txt");
                println!(
                    "wrote {} ({} bytes)",
                    dir.join("corpus.txt").display(),
                    corpus.len()
                );
                return;
            }
            "--summary" => {
                let file = args.next().expect("--summary FILE");
                summary(&file);
                return;
            }
            "--profile-seeds" => {
                let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
                let seeds = common::seeds();
                let t = Instant::now();
                let mut found = 0;
                for _ in 0..n {
                    for (_, text) in &seeds {
                        found += black_box(extract(black_box(text), &Options::default())).len();
                    }
                }
                let s = t.elapsed().as_secs_f64();
                let bytes = common::seeds_bytes() * n;
                println!(
                    "extracted the seeds x{n}: {found} mentions, {s:.3} s, {:.1} MB/s",
                    bytes as f64 / 1e6 / s
                );
                return;
            }
            "--profile-extract" => {
                let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
                let corpus = common::corpus(common::CORPUS_BYTES);
                let t = Instant::now();
                let mut found = 0;
                for _ in 0..n {
                    found += black_box(extract(black_box(&corpus), &Options::default())).len();
                }
                let s = t.elapsed().as_secs_f64();
                println!(
                    "extracted {} bytes x{n}: {found} mentions, {:.3} s, {:.1} MB/s",
                    corpus.len(),
                    s,
                    (corpus.len() * n) as f64 / 1e6 / s
                );
                return;
            }
            other => {
                // Ignore criterion/libtest style flags (cargo bench passes some).
                if !other.starts_with('-') {
                    eprintln!("scaling: ignoring argument {other:?}");
                }
            }
        }
    }

    let options = Options::default();
    println!(
        "### Reconcile scaling (native, release; documents = deterministic variants of the seeds)"
    );
    println!();
    println!(
        "| documents | input MiB | mentions | facts | time (median) | best | runs | MB/s | µs per mention | per-mention vs 10 docs | peak heap MiB | peak heap / input |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut base_per_mention = None;
    for &n in &sizes {
        let docs = common::documents(n);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        // Warm-up (and the counts).
        let report = match try_reconcile(&docs, &options) {
            Ok(r) => r,
            Err(e) => {
                println!(
                    "| {n} | {:.2} | refused: over the engine's batch cap of {} MiB ({e}) | | | | | | | | | |",
                    mib(bytes),
                    MAX_BATCH_BYTES >> 20
                );
                continue;
            }
        };
        let mentions: usize = report.documents.iter().map(|d| d.mentions.len()).sum();
        let facts = report.facts.len();
        drop(report);
        // Timed runs: at least 3 (1 for huge inputs) and about 3 s at most.
        let budget = Duration::from_secs(3);
        // Peak heap: one run with the counting allocator on (it only counts
        // from here, so `before` is 0 and blocks freed later are not counted).
        CURRENT.store(0, Relaxed);
        PEAK.store(0, Relaxed);
        COUNTING.store(true, Relaxed);
        let r = black_box(reconcile(black_box(&docs), &options));
        let peak = PEAK.load(Relaxed).max(0) as usize;
        drop(r);
        COUNTING.store(false, Relaxed);
        let mut times = Vec::new();
        let started = Instant::now();
        while times.len() < 25 && (times.len() < 3 || started.elapsed() < budget) {
            let t = Instant::now();
            let r = black_box(reconcile(black_box(&docs), &options));
            times.push(t.elapsed());
            drop(r);
            if n >= 5_000 && times.len() >= 2 && started.elapsed() > budget {
                break;
            }
        }
        times.sort();
        let med = times[times.len() / 2].as_secs_f64();
        let per_mention_us = med * 1e6 / mentions.max(1) as f64;
        let base = *base_per_mention.get_or_insert(per_mention_us);
        println!(
            "| {n} | {:.2} | {mentions} | {facts} | {} | {} | {} | {:.1} | {:.2} | {:.2}× | {:.1} | {:.1}× |",
            mib(bytes),
            fmt_secs(med),
            fmt_secs(times[0].as_secs_f64()),
            times.len(),
            bytes as f64 / 1e6 / med,
            per_mention_us,
            per_mention_us / base,
            mib(peak),
            peak as f64 / bytes as f64,
        );
    }
    println!();
    if let Some(kib) = vm_hwm_kib() {
        println!(
            "process peak RSS (VmHWM, all sizes): {:.1} MiB",
            kib as f64 / 1024.0
        );
    }
}

fn fmt_secs(s: f64) -> String {
    if s < 1e-3 {
        format!("{:.1} µs", s * 1e6)
    } else if s < 1.0 {
        format!("{:.1} ms", s * 1e3)
    } else {
        format!("{s:.2} s")
    }
}

/// Median and best of `runs` timed calls (after one warm-up call), in seconds.
fn time_runs<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64) {
    black_box(f());
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            black_box(f());
            s.elapsed().as_secs_f64()
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], t[0])
}

fn summary(file: &str) {
    let options = Options::default();
    let seeds = common::seeds();
    let seed_bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let corpus = common::corpus(common::CORPUS_BYTES);
    let seed_docs = common::seed_documents();
    let docs = common::documents(1_000);
    let docs_bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let (seeds_med, seeds_best) = time_runs(41, || {
        seeds
            .iter()
            .map(|(_, t)| extract(black_box(t), &options).len())
            .sum::<usize>()
    });
    let (big_med, big_best) = time_runs(7, || extract(black_box(&corpus), &options).len());
    let (rs_med, rs_best) = time_runs(21, || {
        reconcile(black_box(&seed_docs), &options).facts.len()
    });
    let (r1k_med, r1k_best) = time_runs(3, || reconcile(black_box(&docs), &options).facts.len());
    let spans: Vec<_> = seeds
        .iter()
        .map(|(name, t)| {
            let m: Vec<_> = extract(t, &options)
                .iter()
                .map(|m| serde_json::json!([m.start, m.end]))
                .collect();
            serde_json::json!({ "file": name, "spans": m })
        })
        .collect();
    let mbps = |bytes: usize, s: f64| bytes as f64 / 1e6 / s;
    let out = serde_json::json!({
        "extract_seeds": { "bytes": seed_bytes, "median_s": seeds_med, "best_s": seeds_best, "runs": 41,
                            "mbps": mbps(seed_bytes, seeds_med), "best_mbps": mbps(seed_bytes, seeds_best) },
        "extract_1mb": { "bytes": corpus.len(), "median_s": big_med, "best_s": big_best, "runs": 7,
                          "mbps": mbps(corpus.len(), big_med), "best_mbps": mbps(corpus.len(), big_best) },
        "reconcile_seeds": { "bytes": seed_bytes, "median_s": rs_med, "best_s": rs_best, "runs": 21 },
        "reconcile_1000": { "docs": 1000, "bytes": docs_bytes, "median_s": r1k_med, "best_s": r1k_best, "runs": 3 },
        "seed_spans": spans,
    });
    std::fs::write(file, serde_json::to_string_pretty(&out).unwrap()).expect("write the summary");
    println!(
        "native: extract seeds {:.1} MB/s (best {:.1}), 1 MiB {:.1} MB/s (best {:.1}); reconcile seeds {:.2} ms, 1,000 docs ({:.1} MB) {:.3} s (best {:.3})",
        mbps(seed_bytes, seeds_med),
        mbps(seed_bytes, seeds_best),
        mbps(corpus.len(), big_med),
        mbps(corpus.len(), big_best),
        rs_med * 1e3,
        docs_bytes as f64 / 1e6,
        r1k_med,
        r1k_best
    );
}
