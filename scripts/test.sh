#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, in headless Chromium, and end-to-end.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$PROJECT_ROOT/scripts/install.sh"
cd "$PROJECT_ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "native tests (cargo test)"
cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test 'web_*'

step "release build of the three pages (scripts/build.sh --release)"
"$PROJECT_ROOT/scripts/build.sh" --release

step "end-to-end tests in Chromium (Playwright + axe-core)"
npm run --silent e2e
