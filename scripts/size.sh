#!/usr/bin/env bash
# What a first visit to /agenda downloads, raw / gzip / brotli, and the budgets of the
# Foundation issue: every byte brotli-compressed at most 150 KB, the wasm alone at most
# 120 KB. Exits 1 when a budget is exceeded.
#
# With --guard (what `make test` uses) only the guards fail the run. Both are the budgets
# today; a guard may sit above its budget only while a budget does not hold, with the
# figures that explain it in the README's "Size".
# The list is what index.html references (and the wasm that start-*.js fetches) (stylesheet, scripts, wasm, preloads, favicon,
# manifest; quoted or, minified, not; not the apple-touch-icon, which only Safari fetches,
# and only when a visitor adds the portal to the home screen) plus the feed; the browser test `first_visit_downloads_what_the_size_report_counts` checks that
# a real visit downloads no more than this. The organisers' preview (dist/preview/) is a
# bundle of its own that visitors never download, so it is not counted.
set -euo pipefail
guard=no
if [ "${1:-}" = --guard ]; then guard=yes; shift; fi
dist=${1:-dist}
total_budget=$((150 * 1000))
wasm_budget=$((120 * 1000))
# Today's figures (2026-11-28, with the Visitor experience, Live updates with the
# lists kept by key, six languages, and offline: the update prompt, saved documents,
# styles set through the CSSOM for the Content-Security-Policy, the start script, the
# favicon and the manifest; then a catalogue asked for again once the network is back,
# and speakers' names and roles marked with their language): wasm 205.1 KB, first visit
# 219.7 KB. Then (2026-12-01) the phones' header, filters' button and the grid closed up
# around a search (issue 15), and the first steps of the reshaping (issue 16): wasm
# 211.1 KB, first visit 226.1 KB; later that day 209.5 KB and 224.5 KB (a catalogue
# moved in as one array), each part measured in the README's "Size". Neither
# budget holds; the guards sit 1.5 KB above the figures so that nothing grows unnoticed,
# until the budgets are decided again (README, "Size").
total_guard=226000
wasm_guard=211000

files=(index.html)
while IFS= read -r ref; do
  ref=${ref#/}
  [ -f "$dist/$ref" ] && [[ " ${files[*]} " != *" $ref "* ]] && files+=("$ref")
done < <(grep -oE '(href|src)=("[^"]+"|[^ >"]+)' "$dist/index.html" | sed -E 's/^(href|src)="?([^"]+)"?$/\2/' | grep -vE '^(https?:|mailto:|data:|#|/$)' | grep -v apple-touch-icon)

# The wasm is not in index.html: the start script fetches it after the first paint.
for f in "${files[@]}"; do
  [[ $f == start-*.js ]] || continue
  while IFS= read -r ref; do
    ref=${ref#/}
    [ -f "$dist/$ref" ] && [[ " ${files[*]} " != *" $ref "* ]] && files+=("$ref")
  done < <(grep -oE '["'"'"'][^"'"'"']+_bg\.wasm["'"'"']' "$dist/$f" | tr -d "\"'" | sed -E 's|^.*/([^/]+)$|\1|')
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
  [ -n "$preview_wasm" ] && printf '%-44s %10d %10d %10d\n' "(not counted) preview wasm" \
    "$(wc -c < "$dist/$preview_wasm")" "$(gzip -9 -n -c "$dist/$preview_wasm" | wc -c)" "$(brotli -q 11 -c "$dist/$preview_wasm" | wc -c)"
fi
echo
status=0
check() { # name, bytes, budget, guard
  if [ "$2" -le "$3" ]; then
    echo "ok: $1 $2 bytes brotli (budget $3)"
  elif [ "$guard" = yes ] && [ "$2" -le "$4" ]; then
    echo "OVER BUDGET: $1 $2 bytes brotli (budget $3); within the regression guard $4"
  else
    echo "OVER BUDGET: $1 $2 bytes brotli (budget $3$([ "$guard" = yes ] && echo ", guard $4"))"
    status=1
  fi
}
check "first visit" "$br_total" "$total_budget" "$total_guard"
check "wasm" "$wasm_br" "$wasm_budget" "$wasm_guard"
exit $status
