#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, in headless Chromium, and end-to-end.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$PROJECT_ROOT/scripts/install.sh"
cd "$PROJECT_ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "formatting and lints (cargo fmt --check, clippy -D warnings, native and wasm32)"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --features ssr --bin render-welcome -- -D warnings
cargo clippy --locked --workspace --lib --bins --target wasm32-unknown-unknown -- -D warnings

step "the domain crate (core/) depends on no browser crate"
browser_crates=$(cargo tree --locked -p partnership-pulse-core -e normal,build --prefix none --format '{p}' |
  grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)' || true)
if [ -n "$browser_crates" ]; then
  echo "partnership-pulse-core depends on browser crates: $browser_crates" >&2
  exit 1
fi

step "native tests (cargo test: the domain in core/, and the web crate)"
cargo test --locked --workspace

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked -p partnership-pulse --target wasm32-unknown-unknown --test 'web_*'

step "release build of the three pages (scripts/build.sh --release)"
"$PROJECT_ROOT/scripts/build.sh" --release

step "bundle size against the per-page budgets (bench/bundle-size.sh)"
"$PROJECT_ROOT/bench/bundle-size.sh" --no-build

step "end-to-end tests in Chromium (Playwright + axe-core)"
npm run --silent e2e
