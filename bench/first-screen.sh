#!/usr/bin/env bash
# Builds the release bundle and measures the survey page on a slow phone profile (bench/first-screen.mjs).
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
"$PROJECT_ROOT/scripts/install.sh" >&2
cd "$PROJECT_ROOT"
"$PROJECT_ROOT/scripts/build.sh" --release >&2
node bench/first-screen.mjs "${1:-7}"
