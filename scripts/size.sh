#!/usr/bin/env bash
# What a first visit to /agenda downloads, raw / gzip / brotli, and the budgets: every
# byte brotli-compressed at most 219.7 KB, the wasm alone at most 205.1 KB. Exits 1 when a
# budget is exceeded; `make test` runs it.
#
# The budgets are a ceiling at the figures of 2026-11-28 (the Foundation's 120 KB / 150 KB
# could not hold with what the later issues asked for; the README's "Size" has why, part
# by part). Nothing may grow past them without a measured reason written in the README's
# "Size" and these two numbers changed with it. 2026-12-07: the first visit's ceiling
# went from 219.7 KB to 221.6 KB for the agenda's own content in its HTML (the page
# rendered when the feed is published, 2.5 KB brotli'd in place of the 0.7 KB shell:
# README, "Size"). Today: wasm 204.6 KB, first visit 221.4 KB (221,449 bytes).
#
# The list is what index.html references (stylesheet, scripts, preloads, favicon,
# manifest; quoted or, minified, not; not the apple-touch-icon, which only Safari fetches,
# and only when a visitor adds the portal to the home screen), the wasm that start-*.js
# fetches, and the feed; the browser test `first_visit_downloads_what_the_size_report_counts`
# checks that a real visit downloads no more than this. The organisers' preview
# (dist/preview/) is a bundle of its own that visitors never download: shown, not counted.
set -euo pipefail
dist=${1:-dist}
total_budget=221600
wasm_budget=205100

# The page /agenda answers with: its rendered page when the feed's pages are rendered
# (renderer/render.mjs), else the shell. Both load the same files.
page=index.html
[ -f "$dist/agenda.html" ] && page=agenda.html
files=("$page")
while IFS= read -r ref; do
  ref=${ref#/}
  [ -f "$dist/$ref" ] && [[ " ${files[*]} " != *" $ref "* ]] && files+=("$ref")
done < <(sed 's#</head>.*##' "$dist/$page" | grep -oE '(href|src)=("[^"]+"|[^ >"]+)' | grep -v noscript.css | sed -E 's/^(href|src)="?([^"]+)"?$/\2/' | grep -vE '^(https?:|mailto:|data:|#|/$)' | grep -v apple-touch-icon)

# The wasm and its JavaScript glue are not in index.html: the start script fetches them
# once the page's content is on screen.
for f in "${files[@]}"; do
  [[ $f == start-*.js ]] || continue
  while IFS= read -r ref; do
    ref=${ref#/}
    [ -f "$dist/$ref" ] && [[ " ${files[*]} " != *" $ref "* ]] && files+=("$ref")
  done < <(grep -oE '["'"'"'][^"'"'"']+-[0-9a-f]{12,16}(_bg\.wasm|\.js)["'"'"']' "$dist/$f" | tr -d "\"'" | sed -E 's|^.*/([^/]+)$|\1|')
done
wasm_count=$(printf '%s\n' "${files[@]}" | grep -c '\.wasm$' || true)
[ "$wasm_count" = 1 ] || { echo "size.sh: expected one wasm in the first visit, found $wasm_count"; exit 1; }

printf '%-44s %10s %10s %10s\n' "file (first visit to /agenda)" raw gzip brotli
raw_total=0; gz_total=0; br_total=0; wasm_br=0
for f in "${files[@]}"; do
  raw=$(wc -c < "$dist/$f")
  gz=$(gzip -9 -n -c "$dist/$f" | wc -c)
  br=$(brotli -q 11 -c "$dist/$f" | wc -c)
  printf '%-44s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz)); br_total=$((br_total + br))
  [[ $f == *.wasm ]] && wasm_br=$((wasm_br + br))
done
printf '%-44s %10d %10d %10d\n' "total" "$raw_total" "$gz_total" "$br_total"
if [ -f "$dist/preview/index.html" ]; then
  preview_wasm=$(grep -oE '[^/"'"'"' =]+_bg\.wasm' "$dist/preview/index.html" | head -1)
  [ -n "$preview_wasm" ] && printf '%-44s %10d %10d %10d\n' "(not counted) organisers' preview and editor wasm" \
    "$(wc -c < "$dist/$preview_wasm")" "$(gzip -9 -n -c "$dist/$preview_wasm" | wc -c)" "$(brotli -q 11 -c "$dist/$preview_wasm" | wc -c)"
fi
echo
status=0
check() { # name, bytes, budget
  if [ "$2" -le "$3" ]; then
    echo "ok: $1 $2 bytes brotli (budget $3)"
  else
    echo "OVER BUDGET: $1 $2 bytes brotli (budget $3)"
    status=1
  fi
}
check "first visit" "$br_total" "$total_budget"
check "wasm" "$wasm_br" "$wasm_budget"
exit $status
