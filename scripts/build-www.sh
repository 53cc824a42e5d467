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

wasm=www/pkg/factcheck_bg.wasm
if [ -f "$wasm" ]; then
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "[build-www] $wasm: $raw bytes raw, $gz bytes gzipped"
fi
