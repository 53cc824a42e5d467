#!/usr/bin/env bash
# Builds the page and serves www/ on http://localhost:${PORT:-8080}/ (Ctrl-C stops it).
#   PORT=9000 scripts/demo.sh
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FACTCHECK_ROOT"

"$FACTCHECK_ROOT/scripts/setup.sh" --quiet
"$FACTCHECK_ROOT/scripts/build-www.sh"

PORT="${PORT:-8080}"
echo
echo "factcheck demo: http://localhost:$PORT/   (serving $FACTCHECK_ROOT/www; Ctrl-C to stop)"
echo
# Python's http.server maps .wasm to application/wasm (needed for
# WebAssembly.instantiateStreaming) and binds to loopback only here.
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$FACTCHECK_ROOT/www"
