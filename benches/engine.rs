//! Criterion benchmarks of the engine (issue #6):
//!
//! - `extract/seeds`       each seed article, one call per article (~15 KB in all)
//! - `extract/corpus_1mb`  one call on a ≥1 MiB text made of variants of the seeds
//! - `reconcile/seeds`     the four seeds as they are
//! - `reconcile/docs/N`    N = 10, 100, 1,000, 4,000, 5,000 documents
//!   (variants of the seeds; 5,000 is ~18 MB)
//!
//! Every group reports Throughput::Bytes, so criterion prints MB/s.
//! Sample sizes are small so that `cargo bench --bench engine` takes a few
//! minutes on 2 cores. `FACTCHECK_BENCH_QUICK=1` shortens it further (used
//! by scripts/bench.sh --quick); `FACTCHECK_BENCH_MAX_DOCS` caps the
//! largest reconcile size.

#[path = "common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use factcheck::{Options, extract, reconcile};

fn quick() -> bool {
    std::env::var_os("FACTCHECK_BENCH_QUICK").is_some_and(|v| v != "0" && !v.is_empty())
}

fn timing(c: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, long: bool) {
    let (warm, measure, samples) = match (quick(), long) {
        (true, false) => (0.3, 1.0, 10),
        (true, true) => (0.2, 1.0, 10),
        (false, false) => (1.0, 3.0, 20),
        (false, true) => (0.5, 4.0, 10),
    };
    c.warm_up_time(Duration::from_secs_f64(warm));
    c.measurement_time(Duration::from_secs_f64(measure));
    c.sample_size(samples);
}

fn bench_extract(c: &mut Criterion) {
    let options = Options::default();
    let seeds = common::seeds();
    let seed_bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let corpus = common::corpus(common::CORPUS_BYTES);

    let mut g = c.benchmark_group("extract");
    timing(&mut g, false);
    g.throughput(Throughput::Bytes(seed_bytes as u64));
    g.bench_function("seeds", |b| {
        b.iter(|| {
            let mut n = 0;
            for (_, text) in &seeds {
                n += extract(black_box(text), &options).len();
            }
            n
        })
    });
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function("corpus_1mb", |b| {
        b.iter(|| extract(black_box(&corpus), &options).len())
    });
    g.finish();
}

fn bench_reconcile(c: &mut Criterion) {
    let options = Options::default();
    let seeds = common::seed_documents();
    let seed_bytes: usize = seeds.iter().map(|d| d.text.len()).sum();

    let mut g = c.benchmark_group("reconcile");
    timing(&mut g, false);
    g.throughput(Throughput::Bytes(seed_bytes as u64));
    g.bench_function("seeds", |b| {
        b.iter(|| reconcile(black_box(&seeds), &options).facts.len())
    });
    g.finish();

    let max: usize = std::env::var("FACTCHECK_BENCH_MAX_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5_000);
    let mut g = c.benchmark_group("reconcile/docs");
    timing(&mut g, true);
    // Sizes over the engine's 64 MiB batch cap would only be refused.
    for n in [10usize, 100, 1_000, 4_000, 5_000] {
        if n > max {
            continue;
        }
        let docs = common::documents(n);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        if bytes > factcheck::MAX_BATCH_BYTES {
            eprintln!("reconcile/docs/{n}: skipped, {bytes} bytes is over the engine's batch cap");
            continue;
        }
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| reconcile(black_box(docs), &options).facts.len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench_extract, bench_reconcile);
criterion_main!(benches);
