#!/usr/bin/env bash
# Builds the app into dist/: the survey page (index.html) and the dashboard page (dashboard.html),
# each with its own wasm bundle. Pass --release for the optimised build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
# Trunk replaces its whole dist folder on each build (and names the page index.html), so the
# dashboard is built aside and copied in as dashboard.html.
trunk build index.html --dist dist "$@"
trunk build dashboard.html --dist target/dist-dashboard "$@"
cp target/dist-dashboard/dashboard-*.js target/dist-dashboard/dashboard-*_bg.wasm dist/
cp target/dist-dashboard/index.html dist/dashboard.html
# No inline scripts: the built pages must run under a strict Content-Security-Policy.
node scripts/externalise-boot.mjs dist/index.html boot.js
node scripts/externalise-boot.mjs dist/dashboard.html boot-dashboard.js
# The loader a host page includes to embed the app (README, "Embedding").
node scripts/write-embed.mjs
