#!/usr/bin/env bash
# Builds the release bundle and measures time to the first screen ready for input.
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
"$PROJECT_ROOT/scripts/install.sh" >&2
cd "$PROJECT_ROOT"
"$PROJECT_ROOT/scripts/build.sh" --release >&2
node bench/first-screen.mjs "${1:-15}"
