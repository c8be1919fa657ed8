#!/usr/bin/env bash
# Benchmark: 100,000 synthetic responses in headless Chromium (release build): JSON parse, load into
# the response table, analyse, and draw every dashboard chart. Budget: analyse ≤ 300 ms.
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
"$PROJECT_ROOT/scripts/install.sh" >&2
cd "$PROJECT_ROOT"
WASM_BINDGEN_TEST_TIMEOUT=600 cargo test -p partnership-pulse --release --target wasm32-unknown-unknown --test bench_browser -- --include-ignored --nocapture 2>&1 |
  grep -E "responses in headless Chromium|test result"
