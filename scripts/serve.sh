#!/usr/bin/env bash
# Installs what is missing, then serves the app with the built-in survey on http://127.0.0.1:8080/.
# Extra arguments go to `trunk serve` (for example --release, or --port 9000).
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$PROJECT_ROOT/scripts/install.sh"
cd "$PROJECT_ROOT"
exec trunk serve "$@"
