#!/usr/bin/env bash
# Installs everything the tests and the demo need; safe to run again (it only
# checks, in a second or so, once everything is there).
#
#   scripts/setup.sh            set up, saying what is checked and done
#   scripts/setup.sh --quiet    only print what is being installed
#
# What it installs:
#   - Chromium, ChromeDriver                                Debian packages
#   - wasm-opt: binaryen from npm (version pinned in scripts/env.sh), under ~/.cache/factcheck
#   - the wasm32-unknown-unknown Rust target:
#       `rustup target add` where rustup can download it; otherwise Debian's
#       rustc-web/cargo-web/rust-web-src, a wasm32 std built once with
#       -Zbuild-std, rust-lld borrowed from rustup, and `rustup toolchain link
#       debian-wasm /usr` (set FACTCHECK_WASM_ROUTE=debian to force this route)
#   - wasm-bindgen-cli (the exact version in Cargo.lock) and wasm-pack   cargo install
#   - the page's npm packages (npm ci), if package.json exists; never browsers
set -euo pipefail

QUIET=0
for arg in "$@"; do
  case "$arg" in
    -q|--quiet) QUIET=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | cut -c3-; exit 0 ;;
    *) echo "setup.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FACTCHECK_ROOT"

START=$(date +%s)
SETUP_LOGS="$FACTCHECK_ROOT/target/setup-logs"
mkdir -p "$SETUP_LOGS"
ACTIONS=0
STEP_START=0

say()  { [ "$QUIET" = 1 ] || echo "[setup] $*"; }
act()  { ACTIONS=$((ACTIONS + 1)); echo "[setup] $*"; }
die()  { echo "[setup] ERROR: $*" >&2; exit 1; }
step_begin() { STEP_START=$(date +%s)
SETUP_LOGS="$FACTCHECK_ROOT/target/setup-logs"
mkdir -p "$SETUP_LOGS"; }
step_done()  { echo "[setup]   done: $1 ($(( $(date +%s) - STEP_START ))s)"; }

if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null; then
  SUDO=(sudo)
else
  SUDO=(__no_root__)
fi
as_root() {
  [ "${SUDO[0]:-}" != __no_root__ ] || die "need root (or sudo) for: $*"
  "${SUDO[@]}" "$@"
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install these yourself: $*"
  if [ "$APT_UPDATED" = 0 ]; then
    act "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
    APT_UPDATED=1
  fi
  act "apt-get install $* (log: $SETUP_LOGS/apt.log)"
  step_begin
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" \
       </dev/null >>"$SETUP_LOGS/apt.log" 2>&1; then
    tail -n 30 "$SETUP_LOGS/apt.log" >&2
    die "apt-get install $* failed"
  fi
  step_done "apt-get install $*"
}
dpkg_has() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# --- 1. Chromium, ChromeDriver, wasm-opt --------------------------------------
need=()
if [ -z "$CHROME" ];       then need+=(chromium); fi
if [ -z "$CHROMEDRIVER" ]; then need+=(chromium-driver); fi
if [ "${#need[@]}" -gt 0 ]; then
  apt_install "${need[@]}"
  CHROME="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
  CHROMEDRIVER="$(command -v chromedriver || true)"
  if [ -z "$CHROME" ] || [ -z "$CHROMEDRIVER" ]; then die "Chromium or ChromeDriver still missing"; fi
else
  say "ok: chromium ($CHROME), chromedriver ($CHROMEDRIVER)"
fi

command -v npm >/dev/null || die "npm not found (Node.js 20 and npm are needed)"
if [ "$("$FACTCHECK_BINARYEN_BIN/wasm-opt" --version 2>/dev/null | awk '{print $3}')" = "${FACTCHECK_BINARYEN_VERSION%%.*}" ]; then
  say "ok: wasm-opt $FACTCHECK_BINARYEN_VERSION ($FACTCHECK_BINARYEN_BIN)"
else
  act "npm install binaryen@$FACTCHECK_BINARYEN_VERSION (wasm-opt) into ${FACTCHECK_BINARYEN_BIN%/node_modules/.bin}"
  step_begin
  prefix="${FACTCHECK_BINARYEN_BIN%/node_modules/.bin}"
  mkdir -p "$prefix"
  [ -f "$prefix/package.json" ] || echo '{"private": true}' >"$prefix/package.json"
  npm install --no-audit --no-fund --prefix "$prefix" "binaryen@$FACTCHECK_BINARYEN_VERSION" </dev/null
  step_done "wasm-opt: $("$FACTCHECK_BINARYEN_BIN/wasm-opt" --version)"
fi

# --- 2. The wasm32-unknown-unknown target -------------------------------------
DEB_TC="$FACTCHECK_DEBIAN_TOOLCHAIN"
DEB_SYSROOT=/usr/lib/rustlib
route=""
if [ "${FACTCHECK_WASM_ROUTE:-}" = debian ]; then
  route=debian
elif default_rustc_has_wasm; then
  route=rustup
  say "ok: rustup's default toolchain has wasm32-unknown-unknown"
elif command -v rustup >/dev/null && {
       act "rustup target add wasm32-unknown-unknown (20s probe)"
       timeout 20 rustup target add wasm32-unknown-unknown </dev/null
     } && default_rustc_has_wasm; then
  route=rustup
else
  say "rustup cannot download the wasm32 target here: using Debian's rustc-web"
  route=debian
fi

if [ "$route" = debian ]; then
  command -v rustup >/dev/null || die "rustup is needed (for rust-lld and the toolchain link)"
  need=()
  for p in rustc-web cargo-web rust-web-src; do dpkg_has "$p" || need+=("$p"); done
  if [ "${#need[@]}" -gt 0 ]; then apt_install "${need[@]}"; else say "ok: Debian's $(/usr/bin/rustc --version)"; fi

  # rust-lld: Debian's rustc lacks it; every rustup toolchain ships one.
  lld_dir="$DEB_SYSROOT/x86_64-unknown-linux-gnu/bin"
  if [ -x "$lld_dir/rust-lld" ]; then
    say "ok: $lld_dir/rust-lld"
  else
    host_sysroot="$(env -u RUSTUP_TOOLCHAIN rustc --print sysroot)"
    src_lld="$host_sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
    if [ ! -x "$src_lld" ]; then
      for f in "${RUSTUP_HOME:-$HOME/.rustup}"/toolchains/*/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld; do
        if [ -x "$f" ]; then src_lld=$f; break; fi
      done
    fi
    if [ ! -x "$src_lld" ]; then die "no rust-lld found in any rustup toolchain"; fi
    act "link rust-lld: $lld_dir/rust-lld -> $src_lld"
    as_root mkdir -p "$lld_dir"
    as_root ln -sfn "$src_lld" "$lld_dir/rust-lld"
    src_gcc_ld="$(dirname "$src_lld")/gcc-ld"
    if [ -d "$src_gcc_ld" ] && [ ! -e "$lld_dir/gcc-ld" ]; then
      as_root ln -sfn "$src_gcc_ld" "$lld_dir/gcc-ld"
    fi
  fi

  # The wasm32 std, built once from Debian's rust-web-src with Debian's compiler.
  wasm_lib="$DEB_SYSROOT/wasm32-unknown-unknown/lib"
  if compgen -G "$wasm_lib/libstd-*.rlib" >/dev/null && compgen -G "$wasm_lib/libtest-*.rlib" >/dev/null; then
    say "ok: wasm32 std in $wasm_lib"
  else
    act "build the wasm32 standard library with Debian's rustc (about a minute)"
    step_begin
    work="${XDG_CACHE_HOME:-$HOME/.cache}/factcheck/wasm-std"
    mkdir -p "$work"
    cat >"$work/Cargo.toml" <<'TOML'
[package]
name = "factcheck_wasm_std"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "lib.rs"

[workspace]
TOML
    printf '#![no_std]\n#![feature(test)]\nextern crate std;\nextern crate test;\n' >"$work/lib.rs"
    ( cd "$work" &&
      env -u RUSTUP_TOOLCHAIN -u CARGO_TARGET_DIR RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
        /usr/bin/cargo build --release --target wasm32-unknown-unknown \
        -Zbuild-std=std,panic_abort,test </dev/null )
    as_root mkdir -p "$wasm_lib"
    for f in "$work"/target/wasm32-unknown-unknown/release/deps/lib*.rlib; do
      case "$(basename "$f")" in libfactcheck_wasm_std-*) continue ;; esac
      as_root cp "$f" "$wasm_lib/"
    done
    step_done "wasm32 std installed in $wasm_lib"
  fi

  if rustup toolchain list | grep -q "^$DEB_TC\b"; then
    say "ok: rustup toolchain $DEB_TC -> /usr"
  else
    act "rustup toolchain link $DEB_TC /usr"
    rustup toolchain link "$DEB_TC" /usr
  fi
fi

if [ "$route" = debian ]; then WASM_TOOLCHAIN="$DEB_TC"; else WASM_TOOLCHAIN=""; fi

# --- 3. wasm-bindgen-cli (exact Cargo.lock version) and wasm-pack -------------
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$bindgen_version" ] || die "no wasm-bindgen in Cargo.lock"
have_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_bindgen" = "$bindgen_version" ] && command -v wasm-bindgen-test-runner >/dev/null; then
  say "ok: wasm-bindgen-cli $bindgen_version"
else
  act "cargo install wasm-bindgen-cli --version $bindgen_version (about 3 minutes; had: ${have_bindgen:-none})"
  step_begin
  # No --locked: one of its locked dependencies is not in the registry here.
  env -u RUSTUP_TOOLCHAIN cargo install -q --force wasm-bindgen-cli --version "$bindgen_version" </dev/null
  step_done "wasm-bindgen-cli $bindgen_version"
fi

# Any installed wasm-pack is used; a new install gets the version tested here.
WASM_PACK_VERSION="${WASM_PACK_VERSION:-0.15.1}"
if command -v wasm-pack >/dev/null; then
  say "ok: $(wasm-pack --version)"
else
  act "cargo install wasm-pack --version $WASM_PACK_VERSION (about 2.5 minutes)"
  step_begin
  env -u RUSTUP_TOOLCHAIN cargo install -q wasm-pack --version "$WASM_PACK_VERSION" </dev/null
  step_done "$(wasm-pack --version)"
fi

# --- 4. npm packages for the browser tests ------------------------------------
if [ -f package.json ]; then
  stamp=node_modules/.package-lock.json
  if [ -f package-lock.json ]; then
    if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ "$stamp" -nt package.json ]; then
      say "ok: node_modules (up to date with package-lock.json)"
    else
      act "npm ci"
      step_begin
      npm ci --no-audit --no-fund </dev/null
      step_done "npm ci"
    fi
  else
    if [ -f "$stamp" ] && [ "$stamp" -nt package.json ]; then
      say "ok: node_modules (up to date with package.json)"
    else
      act "npm install (no package-lock.json)"
      step_begin
      npm install --no-audit --no-fund </dev/null
      step_done "npm install"
    fi
  fi
else
  say "no package.json: skipping npm packages"
fi

took=$(( $(date +%s) - START ))
if [ "$ACTIONS" = 0 ]; then
  if [ "$QUIET" = 1 ]; then
    echo "[setup] everything present (${took}s)"
  else
    echo "[setup] everything was already installed (${took}s)"
  fi
else
  echo "[setup] finished: $ACTIONS action(s) in ${took}s (wasm route: $route${WASM_TOOLCHAIN:+, toolchain $WASM_TOOLCHAIN})"
fi
