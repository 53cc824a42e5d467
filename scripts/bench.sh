#!/usr/bin/env bash
# Performance benchmarks (issue #6), one command:
#
#   scripts/bench.sh            everything: native criterion benches, the
#                               reconcile scaling report, the Node comparison
#                               with peer libraries, sizes, browser latency
#   scripts/bench.sh --quick    the same without criterion (a fast native
#                               summary instead) and with fewer runs (~5 min)
#   scripts/bench.sh --profile  also profiles native extract on the 1 MB corpus
#                               (perf if it has hardware counters, else
#                               callgrind) -> target/bench/profile.txt
#   --no-browser / --no-node / --no-native   skip a part
#
# Sets up what is missing first (scripts/setup.sh --quiet, and npm ci in
# benches/node/). Results: target/bench/ (*.json, *.log, report.md); the
# combined Markdown report is printed at the end. The numbers are only as
# good as the machine is quiet: the load average is printed with them.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FACTCHECK_ROOT"

QUICK=0 PROFILE=0 BROWSER=1 NODE=1 NATIVE=1
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --profile) PROFILE=1 ;;
    --no-browser) BROWSER=0 ;;
    --no-node) NODE=0 ;;
    --no-native) NATIVE=0 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

OUT="$FACTCHECK_ROOT/target/bench"
mkdir -p "$OUT"
# Results of the parts that run now are replaced; a skipped part's stay (and show in the report).
[ "$NATIVE" = 1 ] && rm -f "$OUT"/native.json "$OUT"/scaling.md "$OUT"/criterion.log
[ "$NODE" = 1 ] && rm -f "$OUT"/node.json
[ "$BROWSER" = 1 ] && rm -f "$OUT"/latency.json
rm -f "$OUT"/report.md
step() { echo; echo "=== [bench] $* ==="; }
# A target directory of its own: `cargo bench` builds into <target>/release,
# which a concurrent `cargo build --release` elsewhere would overwrite mid-link.
BENCH_TARGET="${FACTCHECK_BENCH_TARGET:-$FACTCHECK_ROOT/target/bench-build}"
# panic=unwind for the native benches: cargo builds bench targets' deps with
# unwind, and with the release profile's abort the lib would be built twice
# under one output name (cdylib+rlib) and the bin would fail to link.
native_cargo() { env -u RUSTUP_TOOLCHAIN CARGO_TARGET_DIR="$BENCH_TARGET" CARGO_PROFILE_RELEASE_PANIC=unwind cargo "$@"; }

"$FACTCHECK_ROOT/scripts/setup.sh" --quiet

echo "[bench] $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- native --------------------------------------------------------------------
if [ "$NATIVE" = 1 ] || [ "$NODE" = 1 ] || [ "$BROWSER" = 1 ]; then
  step "build the native benches (release + LTO)"
  native_cargo bench --no-run --bench engine --bench scaling -q 2>"$OUT/build.log" || { cat "$OUT/build.log" >&2; exit 1; }
  # The ≥1 MiB corpus, written by the Rust code so that Node times the same text.
  native_cargo bench -q --bench scaling -- --write-corpus "$OUT"
fi

if [ "$NATIVE" = 1 ]; then
  step "native summary (extract seeds / 1 MB, reconcile seeds / 1,000 documents)"
  native_cargo bench -q --bench scaling -- --summary "$OUT/native.json"

  step "reconcile scaling"
  native_cargo bench -q --bench scaling -- --sizes 10,100,1000,4000,5000 | tee "$OUT/scaling.md"

  if [ "$QUICK" = 0 ]; then
    step "criterion: cargo bench --bench engine (log: target/bench/criterion.log)"
    native_cargo bench -q --bench engine 2>&1 | tee "$OUT/criterion.log" | grep -E "^[a-z].*/|time:|thrpt:" || true
  fi
fi

if [ "$PROFILE" = 1 ]; then
  step "profile native extract on the 1 MB corpus"
  bin=$(BENCH_TARGET="$FACTCHECK_ROOT/target/bench-prof" CARGO_PROFILE_BENCH_DEBUG=true \
    native_cargo bench --no-run -q --bench scaling --message-format=json 2>>"$OUT/build.log" |
    grep -o '"executable":"[^"]*scaling[^"]*"' | tail -1 | cut -d'"' -f4 || true)
  [ -x "$bin" ] || { echo "bench.sh: could not build the profiling binary (see target/bench/build.log)" >&2; exit 1; }
  if perf stat -e instructions true 2>&1 | grep -q '<not supported>' || ! command -v perf >/dev/null; then
    command -v valgrind >/dev/null || { echo "bench.sh: perf has no hardware counters and valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
    valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" "$bin" --profile-extract 1 2>"$OUT/callgrind.log"
    python3 benches/callgrind_top.py "$OUT/callgrind.out" 10 | tee "$OUT/profile.txt"
  else
    perf record -g -o "$OUT/perf.data" "$bin" --profile-extract 5 2>/dev/null
    perf report -i "$OUT/perf.data" --no-children --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -10 | tee "$OUT/profile.txt"
  fi
fi

# --- Node: factcheck's wasm against the peers -----------------------------------
if [ "$NODE" = 1 ]; then
  step "wasm for Node: wasm-pack build --release --target nodejs --out-dir target/bench-pkg"
  rm -rf target/bench-pkg
  CARGO_TARGET_DIR="$BENCH_TARGET" wasm_pack build --release --target nodejs --out-dir target/bench-pkg 2>&1 | grep -E "Error|error|ready" || true
  [ -f target/bench-pkg/factcheck_bg.wasm ] || { echo "bench.sh: the nodejs wasm build failed" >&2; exit 1; }
  stamp=benches/node/node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ "$stamp" -ot benches/node/package-lock.json ] || [ "$stamp" -ot benches/node/package.json ]; then
    step "npm ci in benches/node"
    (cd benches/node && npm ci --no-audit --no-fund </dev/null)
  fi
  step "node benches/node/bench.mjs"
  node_args=(--json "$OUT/node.json")
  [ "$QUICK" = 1 ] && node_args+=(--quick)
  node benches/node/bench.mjs "${node_args[@]}" 2>"$OUT/node.log"
fi

# --- the web build: sizes and browser latency ------------------------------------
if [ "$BROWSER" = 1 ]; then
  step "web build: scripts/build-www.sh"
  "$FACTCHECK_ROOT/scripts/build-www.sh" 2>&1 | grep -E "build-www|Error|error" || true
  step "node benches/node/latency.mjs (headless Chromium)"
  lat_args=(--json "$OUT/latency.json")
  [ "$QUICK" = 1 ] && lat_args+=(--runs 9 --loads 3)
  node benches/node/latency.mjs "${lat_args[@]}"
fi

step "report (also in target/bench/report.md)"
{
  echo "# factcheck benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)$([ "$QUICK" = 1 ] && echo ', --quick'))"
  echo
  node benches/node/report.mjs "$OUT"
  if [ -f "$OUT/scaling.md" ]; then echo; cat "$OUT/scaling.md"; fi
  if [ -f "$OUT/criterion.log" ]; then
    echo; echo "## Criterion (cargo bench --bench engine)"; echo; echo '```'
    grep -E "^[a-z].*/|time:|thrpt:|skipped" "$OUT/criterion.log" || true
    echo '```'
  fi
  if [ -f "$OUT/profile.txt" ] && [ "$PROFILE" = 1 ]; then echo; echo "## Profile: native extract, 1 MB corpus"; echo; echo '```'; cat "$OUT/profile.txt"; echo '```'; fi
} | tee "$OUT/report.md"
