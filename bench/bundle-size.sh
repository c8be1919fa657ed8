#!/usr/bin/env bash
# Builds the release bundle and prints the gzip size of every file a first visit downloads.
# Budget (DESIGN.md): the whole app at most 200 KB gzip. Run on demand: ./bench/bundle-size.sh
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
"$PROJECT_ROOT/scripts/install.sh" >&2
cd "$PROJECT_ROOT"
trunk build --release >&2

budget=$((200 * 1024))
total_raw=0
total_gzip=0
printf '%-48s %10s %10s\n' "file (dist/)" "bytes" "gzip -9"
# Everything in dist/ is fetched by a first visit: the page, its script, the wasm and the styles.
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gz))
  printf '%-48s %10d %10d\n' "${file#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-48s %10d %10d\n' "TOTAL" "$total_raw" "$total_gzip"
printf 'budget %d bytes gzip: %s (%d%% used)\n' "$budget" \
  "$([ "$total_gzip" -le "$budget" ] && echo within || echo OVER)" $((total_gzip * 100 / budget))
