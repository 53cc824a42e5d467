#!/usr/bin/env bash
# Runs every test layer, installing what is missing first (scripts/setup.sh):
#   1. native    cargo test (rustup's stable toolchain)
#   2. wasm-node wasm-pack test --node            (tests/wasm_bindings.rs)
#   3. wasm-chrome wasm-pack test --headless --chrome (same tests, in Chromium)
#   4. e2e       scripts/build-www.sh, then node --test tests/e2e/ (Playwright + Chromium)
# Every layer runs even if an earlier one fails; exits non-zero if any failed.
# Set FAIL_FAST=1 to stop at the first failing layer, LAYERS="wasm-node e2e"
# to run only some layers. Logs: target/test-logs/<layer>.log.
# shellcheck disable=SC2317  # the layer functions are called through `layer`
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FACTCHECK_ROOT"

"$FACTCHECK_ROOT/scripts/setup.sh" --quiet

LOGDIR="$FACTCHECK_ROOT/target/test-logs"
mkdir -p "$LOGDIR"
TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()
ANY_FAILED=0

# Counts from libtest / wasm-bindgen-test-runner ("test result: ok. 3 passed; 0 failed")
# and node's test runner ("# pass 3" in TAP, "ℹ pass 3" in spec).
count() { # count LOG passed|failed
  local word=$2 node_word
  if [ "$word" = passed ]; then node_word=pass; else node_word=fail; fi
  {
    grep -aoE "test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed" "$1" |
      sed -E "s/.* ([0-9]+) passed; ([0-9]+) failed/\1 \2/" |
      awk -v w="$word" '{ s += (w == "passed" ? $1 : $2) } END { print s + 0 }' || true
    grep -aE "^(# |ℹ )$node_word [0-9]+$" "$1" | awk '{ s += $NF } END { print s + 0 }' || true
  } | awk '{ s += $1 } END { print s + 0 }'
}

# layer NAME COMMAND...: runs it, tees its output to target/test-logs/NAME.log.
layer() {
  local name=$1; shift
  case " ${LAYERS:-native wasm-node wasm-chrome e2e} " in
    *" $name "*) ;;
    *) SUMMARY+=("$name skipped"); return 0 ;;
  esac
  local log="$LOGDIR/$name.log" start rc passed failed
  echo
  echo "=== [$name] $* ==="
  start=$(date +%s)
  set +e
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  passed=$(count "$log" passed)
  failed=$(count "$log" failed)
  if [ "$rc" = 0 ] && [ "$passed" = 0 ] && [ "${NO_TESTS_OK:-0}" != 1 ]; then
    echo "=== [$name] ran no test: counted as a failure ==="
    rc=1
  fi
  if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi # e.g. it did not compile
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  local took=$(( $(date +%s) - start ))
  if [ "$rc" = 0 ]; then
    echo "=== [$name] ok: $passed passed, $failed failed (${took}s) ==="
    SUMMARY+=("$name ok ($passed passed)")
  else
    echo "=== [$name] FAILED (exit $rc): $passed passed, $failed failed (${took}s); log: $log ==="
    SUMMARY+=("$name FAILED ($passed passed, $failed failed)")
    ANY_FAILED=1
    if [ "${FAIL_FAST:-0}" = 1 ]; then finish; fi
  fi
}

finish() {
  echo
  local line="" item
  for item in "${SUMMARY[@]}"; do line="${line:+$line, }$item"; done
  echo "layers: $line"
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  exit "$ANY_FAILED"
}

# The layers (called through `layer`).
native_tests() { env -u RUSTUP_TOOLCHAIN cargo test; }
wasm_node_tests() {
  (unset WASM_BINDGEN_USE_BROWSER; wasm_pack test --node -- --test wasm_bindings)
}
wasm_chrome_tests() {
  [ -n "$CHROMEDRIVER" ] || { echo "no chromedriver (run scripts/setup.sh)"; return 1; }
  # The tests are not configured browser-only (they run under Node too), so
  # wasm-bindgen-test needs WASM_BINDGEN_USE_BROWSER=1 or it skips them all.
  WASM_BINDGEN_USE_BROWSER=1 wasm_pack test --headless --chrome -- --test wasm_bindings
}
e2e_tests() {
  "$FACTCHECK_ROOT/scripts/build-www.sh" || return 1
  node --test tests/e2e/
}

layer native native_tests
layer wasm-node wasm_node_tests
layer wasm-chrome wasm_chrome_tests
layer e2e e2e_tests
finish
