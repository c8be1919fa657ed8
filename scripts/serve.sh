#!/usr/bin/env bash
# Installs what is missing, builds the app, and serves it with the built-in survey on
# http://127.0.0.1:8080/ (set-up at /setup.html, dashboard at /dashboard.html). `--debug` builds faster.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$PROJECT_ROOT/scripts/install.sh"
cd "$PROJECT_ROOT"
if [ "${1:-}" = "--debug" ]; then "$PROJECT_ROOT/scripts/build.sh"; else "$PROJECT_ROOT/scripts/build.sh" --release; fi
exec node scripts/serve-dist.mjs "${PORT:-8080}"
