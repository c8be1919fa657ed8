#!/usr/bin/env bash
# Builds the app into dist/: the survey page (index.html), the dashboard page (dashboard.html)
# and the set-up page (setup.html), each with its own wasm bundle. Pass --release for the optimised build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
# Trunk replaces its whole dist folder on each build (and names the page index.html), so the
# other pages are built aside and copied in under their own names.
trunk build index.html --dist dist "$@"
for page in dashboard setup; do
  trunk build "$page.html" --dist "target/dist-$page" "$@"
  cp "target/dist-$page/$page"-*.js "target/dist-$page/$page"-*_bg.wasm "target/dist-$page"/facilitator-*.css dist/
  cp "target/dist-$page/index.html" "dist/$page.html"
done
# No inline scripts: the built pages must run under a strict Content-Security-Policy.
node scripts/externalise-boot.mjs dist/index.html boot
# The built-in survey's welcome screen in the survey page itself, readable before the wasm arrives:
# the app's Welcome component rendered natively (Yew's server-side rendering).
cargo run --quiet --locked --features ssr --bin render-welcome > target/welcome.html
node scripts/static-welcome.mjs dist/index.html target/welcome.html
# The survey page's stylesheets as one file: a phone's first paint waits for one request, not two.
node scripts/join-styles.mjs dist/index.html survey
node scripts/externalise-boot.mjs dist/dashboard.html boot-dashboard
node scripts/externalise-boot.mjs dist/setup.html boot-setup
# The loader a host page includes to embed the app (docs/operating/serving.md, "Embedding").
node scripts/write-embed.mjs
# Each wasm bundle slimmed (short import names in it and its script, no tool-only sections), then
# the scripts and stylesheets minified; last, every content-named file named by its final bytes
# and the integrity hashes in the pages written again.
node scripts/slim-wasm.mjs dist
node scripts/minify.mjs dist
node scripts/name-by-content.mjs dist
# Every file again as .gz and .br beside it, for servers that send them as they are (quicker and a
# little larger for a debug build).
if [[ " $* " == *" --release "* ]]; then node scripts/precompress.mjs dist; else node scripts/precompress.mjs dist --fast; fi
