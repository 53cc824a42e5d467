# shellcheck shell=bash
# Shared settings for scripts/test.sh, scripts/demo.sh and scripts/build-www.sh.
# Source it; it changes nothing on the machine.
#
#   FACTCHECK_ROOT    the repository root
#   WASM_TOOLCHAIN    rustup toolchain for wasm32 builds: empty = rustup's default
#                     (when it has the wasm32 target), or "debian-wasm" (Debian's
#                     rustc linked into rustup by scripts/setup.sh)
#   CHROMEDRIVER      ChromeDriver used by `wasm-pack test --chrome`
#   CHROME            the Chromium/Chrome binary (for the e2e tests)
#   PATH              + ~/.cargo/bin and the pinned wasm-opt (binaryen from npm)
# Set FACTCHECK_WASM_ROUTE=debian to force the Debian toolchain route.

FACTCHECK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FACTCHECK_ROOT

case ":$PATH:" in
  *":$HOME/.cargo/bin:"*) ;;
  *) [ -d "$HOME/.cargo/bin" ] && PATH="$HOME/.cargo/bin:$PATH" ;;
esac
export PATH

FACTCHECK_DEBIAN_TOOLCHAIN=debian-wasm

# wasm-opt: binaryen from the npm registry (a Wasm build run by Node), kept
# outside the repository. Debian 12's binaryen 108 is too old: it mis-numbers
# wasm-bindgen's externref table export and the page then fails to start
# ("WebAssembly.Table.set(): ... function-typed object").
FACTCHECK_BINARYEN_VERSION=132.0.0
FACTCHECK_TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/factcheck"
FACTCHECK_BINARYEN_BIN="$FACTCHECK_TOOLS/binaryen-$FACTCHECK_BINARYEN_VERSION/node_modules/.bin"
case ":$PATH:" in
  *":$FACTCHECK_BINARYEN_BIN:"*) ;;
  *) PATH="$FACTCHECK_BINARYEN_BIN:$PATH" ;;
esac
export PATH

# True when the default rustc (rustup's, as run without RUSTUP_TOOLCHAIN) has a
# wasm32-unknown-unknown standard library.
default_rustc_has_wasm() {
  local sysroot
  sysroot="$(env -u RUSTUP_TOOLCHAIN rustc --print sysroot 2>/dev/null)" || return 1
  compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}

if [ -z "${WASM_TOOLCHAIN+x}" ]; then
  if [ "${FACTCHECK_WASM_ROUTE:-}" = debian ]; then
    WASM_TOOLCHAIN="$FACTCHECK_DEBIAN_TOOLCHAIN"
  elif default_rustc_has_wasm; then
    WASM_TOOLCHAIN=""
  elif rustup toolchain list 2>/dev/null | grep -q "^$FACTCHECK_DEBIAN_TOOLCHAIN\b"; then
    WASM_TOOLCHAIN="$FACTCHECK_DEBIAN_TOOLCHAIN"
  else
    WASM_TOOLCHAIN=""
  fi
fi
export WASM_TOOLCHAIN

if [ -z "${CHROMEDRIVER:-}" ]; then
  CHROMEDRIVER="$(command -v chromedriver || true)"
fi
if [ -z "${CHROME:-}" ]; then
  CHROME="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
fi
export CHROMEDRIVER CHROME

# Never let an npm install fetch Playwright's own browsers (they can't be downloaded here).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# wasm-pack with the wasm toolchain selected (native cargo keeps rustup's default).
wasm_pack() {
  if [ -n "$WASM_TOOLCHAIN" ]; then
    RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" wasm-pack "$@"
  else
    wasm-pack "$@"
  fi
}
