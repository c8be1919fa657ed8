#!/usr/bin/env bash
# Builds the release bundle and prints the gzip size of every file in dist/ — the .gz copy the build
# wrote beside it (zopfli), which is what a server sends a browser that accepts gzip — and the total
# a first visit downloads for each page: the survey (index.html), the dashboard (dashboard.html) and the
# set-up page (setup.html).
# Budgets (docs/design.md): a first visit to the survey page (what respondents' phones load) at
# most 200 KB gzip; to the set-up and dashboard pages (a facilitator's laptop) at most 300 KB each.
# Exits non-zero when a page is over its budget, unless bench/budget-allowances names the page with
# a reason and a ceiling it stays under (then it says so). Run on demand: ./bench/bundle-size.sh
# (--no-build measures the dist/ already built, as the test command does after its release build).
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
cd "$PROJECT_ROOT"
if [ "${1:-}" != "--no-build" ]; then
  "$PROJECT_ROOT/scripts/install.sh" >&2
  "$PROJECT_ROOT/scripts/build.sh" --release >&2
fi

survey_budget=$((200 * 1024))
dashboard_budget=$((400 * 1024))
setup_budget=$((300 * 1024))
over=0
survey_total=0
dashboard_total=0
setup_total=0
printf '%-48s %10s %10s  %s\n' "file (dist/)" "bytes" "gzip" "fetched by"
while IFS= read -r file; do
  name=${file#dist/}
  raw=$(wc -c <"$file")
  # The PNG icons are sent as they are (already compressed; no .gz is written for them).
  if [ -f "$file.gz" ]; then gz=$(wc -c <"$file.gz"); else gz=$raw; fi
  # The survey page names (and its service worker caches) everything but the other pages' own
  # files; the dashboard and set-up pages fetch their html, js and wasm, the styles and the icon.
  case "$name" in
    dashboard* | boot-dashboard*) pages="dashboard"; dashboard_total=$((dashboard_total + gz)) ;;
    setup* | boot-setup*) pages="setup"; setup_total=$((setup_total + gz)) ;;
    # The rules only the facilitator's pages use (a respondent's phone never fetches them).
    facilitator-*.css) pages="dashboard, setup"; dashboard_total=$((dashboard_total + gz)); setup_total=$((setup_total + gz)) ;;
    embed.js) pages="host pages" ;;
    # What the build wrote down (names, integrity hashes, what each page loads): no page fetches it.
    build-manifest.json) pages="no page" ;;
    # A language's words: fetched only when someone chooses that language (not a first visit).
    locales/*) pages="on choosing the language" ;;
    # The survey page's stylesheets joined into one (scripts/build/join-styles.mjs) and its
    # pre-start script, both written into the page (scripts/build/inline-start-up.mjs, counted
    # there): the files are fetched only under a host's policy that refuses the written-in copies.
    survey-*.css | pre-start.js) pages="survey, only if its policy lacks the hashes" ;;
    page-*.css | app-*.css) pages="dashboard, setup"; dashboard_total=$((dashboard_total + gz)); setup_total=$((setup_total + gz)) ;;
    icon.svg)
      pages="all"
      survey_total=$((survey_total + gz)); dashboard_total=$((dashboard_total + gz)); setup_total=$((setup_total + gz)) ;;
    *) pages="survey"; survey_total=$((survey_total + gz)) ;;
  esac
  printf '%-48s %10d %10d  %s\n' "$name" "$raw" "$gz" "$pages"
done < <(find dist -type f ! -name '*.gz' ! -name '*.br' | sort)
for page in survey dashboard setup; do
  total_name="${page}_total"
  budget_name="${page}_budget"
  total=${!total_name}
  budget=${!budget_name}
  printf 'first visit to the %-9s page: %7d bytes gzip; budget %d: %s (%d%%)\n' "$page" "$total" "$budget" \
    "$([ "$total" -le "$budget" ] && echo within || echo OVER)" $((total * 100 / budget))
  if [ "$total" -gt "$budget" ]; then
    ceiling=$(awk -v page="$page" '$1 == page { print $2 }' bench/budget-allowances)
    if [ -n "$ceiling" ] && [ "$total" -le "$ceiling" ]; then
      printf '  over budget by %d bytes, under its recorded ceiling %d: %s\n' $((total - budget)) "$ceiling" \
        "$(awk -v page="$page" '$1 == page { $1 = ""; $2 = ""; sub(/^ +/, ""); print }' bench/budget-allowances)"
    else
      over=1
    fi
  fi
done
exit "$over"
