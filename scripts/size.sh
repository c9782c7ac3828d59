#!/usr/bin/env bash
# What a first visit to /agenda downloads, raw / gzip / brotli, and the budgets:
# every byte brotli-compressed at most 150 KB, the wasm alone at most 120 KB.
# The list is what index.html references (stylesheet, script, wasm, preloads) plus the
# feed; the browser test `first_visit_downloads_what_the_size_report_counts` checks that
# a real visit downloads no more than this.
set -euo pipefail
dist=${1:-dist}
total_budget=$((150 * 1000))
wasm_budget=$((120 * 1000))

files=(index.html)
while IFS= read -r ref; do
  ref=${ref#/}
  [ -f "$dist/$ref" ] && [[ " ${files[*]} " != *" $ref "* ]] && files+=("$ref")
done < <(grep -oE '(href|src)="[^"]+"' "$dist/index.html" | sed -E 's/^(href|src)="([^"]+)"$/\2/' | grep -vE '^(https?:|mailto:|#|/$)')

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
echo
status=0
if [ "$br_total" -le "$total_budget" ]; then
  echo "ok: first visit $br_total bytes brotli (budget $total_budget)"
else
  echo "OVER BUDGET: first visit $br_total bytes brotli (budget $total_budget)"; status=1
fi
if [ "$wasm_br" -le "$wasm_budget" ]; then
  echo "ok: wasm $wasm_br bytes brotli (budget $wasm_budget)"
else
  echo "OVER BUDGET: wasm $wasm_br bytes brotli (budget $wasm_budget)"; status=1
fi
exit $status
