#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Partnership Pulse, and nothing else:
# every step checks the installed version first, so a second run does no work.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { echo "install: $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: the CLI's own lock file does not build with this toolchain.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y --no-install-recommends chromium chromium-driver ||
    { as_root apt-get update && as_root apt-get install -y --no-install-recommends chromium chromium-driver; }
fi

# Debian's nginx: the host's reverse proxy in the write-only submission tests (never started as a
# service; each test run starts its own on a loopback port).
if [ ! -x "$NGINX" ]; then
  say "installing Debian's nginx"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y --no-install-recommends nginx ||
    { as_root apt-get update && as_root apt-get install -y --no-install-recommends nginx; }
fi

# Debian's zopfli: the build writes each file's gzip copy with it (scripts/build/precompress.mjs).
if ! command -v zopfli >/dev/null; then
  say "installing Debian's zopfli"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y --no-install-recommends zopfli ||
    { as_root apt-get update && as_root apt-get install -y --no-install-recommends zopfli; }
fi

# npm ci only when package-lock.json changed since the last install into node_modules.
lock_stamp=node_modules/.partnership-pulse-lock
if [ ! -f "$lock_stamp" ] || ! cmp -s package-lock.json "$lock_stamp"; then
  say "installing npm tooling (binaryen, terser, clean-css, playwright-core, axe-core, pouchdb-server)"
  # --ignore-scripts: the only install scripts are PouchDB Server's optional on-disk back ends
  # (leveldown, sqlite3), which would download or compile native code; the tests run it in memory.
  npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
  cp package-lock.json "$lock_stamp"
fi
