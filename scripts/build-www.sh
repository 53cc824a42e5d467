#!/usr/bin/env bash
# Builds the page's WebAssembly package into www/pkg/ (the one build entry
# point: scripts/test.sh and scripts/demo.sh both call it).
#   scripts/build-www.sh [extra wasm-pack build args]
# Expects scripts/setup.sh to have run.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FACTCHECK_ROOT"

wasm_pack build --release --target web --out-dir www/pkg "$@"

# The page's "Load the sample reports" button reads www/samples/reports.json:
# the reports www/samples/index.json lists, with their texts from seeds/.
node scripts/samples.mjs

wasm=www/pkg/factcheck_bg.wasm
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "[build-www] $wasm: $raw bytes raw, $gz bytes gzipped"

# Smoke test of the optimised package as the page loads it (a broken wasm-opt
# has produced modules that compile but cannot start).
# shellcheck disable=SC2016  # the JavaScript is meant to be single-quoted
node --input-type=module -e '
  import fs from "node:fs";
  const glue = await import(process.argv[1] + "/www/pkg/factcheck.js");
  glue.initSync({ module: fs.readFileSync(process.argv[1] + "/www/pkg/factcheck_bg.wasm") });
  const m = glue.extract("Officials said about 5 people were hurt.", undefined);
  if (!Array.isArray(m)) throw new Error("extract did not return an array");
  console.log(`[build-www] smoke test: the package loads and extract() found ${m.length} figure(s)`);
' "$FACTCHECK_ROOT"
