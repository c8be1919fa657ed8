#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, in headless Chromium, and end-to-end.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$PROJECT_ROOT/scripts/install.sh"
cd "$PROJECT_ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "formatting and lints (cargo fmt --check, clippy -D warnings, native and wasm32)"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --lib --bins --target wasm32-unknown-unknown -- -D warnings

step "native tests (cargo test)"
cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test 'web_*'

step "release build of the three pages (scripts/build.sh --release)"
"$PROJECT_ROOT/scripts/build.sh" --release

step "bundle size against the per-page budgets (bench/bundle-size.sh)"
"$PROJECT_ROOT/bench/bundle-size.sh" --no-build

step "end-to-end tests in Chromium (Playwright + axe-core)"
npm run --silent e2e
