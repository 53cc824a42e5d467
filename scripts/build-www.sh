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

# The page's "Load the sample reports" button reads www/samples/ (index.json
# lists them); the texts are copies of seeds/*.txt.
if compgen -G "seeds/*.txt" >/dev/null; then
  mkdir -p www/samples
  cp seeds/*.txt www/samples/
fi

wasm=www/pkg/factcheck_bg.wasm
if [ -f "$wasm" ]; then
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "[build-www] $wasm: $raw bytes raw, $gz bytes gzipped"
fi
