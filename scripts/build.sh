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
# The built-in survey's welcome screen, rendered natively from the app's Welcome component (Yew's
# server-side rendering) for the post-build step to write into the survey page.
cargo run --quiet --locked --features ssr --bin render-welcome > target/welcome.html
# One step turns Trunk's pages into what is served: start-up scripts out of the pages, the first
# screen written in, styles joined, wasm slimmed, scripts minified, every file named by its final
# bytes once, and the manifest that embed.js and the service worker's list are written from.
node scripts/post-build.mjs "$@"
