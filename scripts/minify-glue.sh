#!/usr/bin/env bash
# Minifies the wasm-bindgen JS glue (and its snippets) that Trunk leaves as it is, and updates its
# subresource-integrity hash in index.html to match. Usage: minify-glue.sh DIST TERSER
set -euo pipefail
dist=$1
terser=$2
sri() { python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha384(open(sys.argv[1],"rb").read()).digest()).decode())' "$1"; }
shopt -s nullglob
for js in "$dist"/*.js; do
  old=$(sri "$js")
  "$terser" "$js" --module --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
  new=$(sri "$js")
  python3 - "$dist/index.html" "sha384-$old" "sha384-$new" <<'PY'
import sys
path, old, new = sys.argv[1:]
html = open(path).read()
open(path, "w").write(html.replace(old, new))
PY
  grep -q "sha384-$new" "$dist/index.html" || { echo "integrity of $js not updated in index.html"; exit 1; }
done
# wasm-bindgen's snippets (the editor's src/web/editor-files.js): minified too, and their
# modulepreload's integrity written from the file as it is now, whatever it said before
# (Trunk's own minifying of a snippet sometimes hashes other bytes than it writes).
while IFS= read -r -d '' js; do
  grep -q "${js#"$dist"/}" "$dist/index.html" || continue
  "$terser" "$js" --module --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
  python3 - "$dist/index.html" "${js#"$dist"/}" "sha384-$(sri "$js")" <<'PY'
import re, sys
path, name, integrity = sys.argv[1:]
html = open(path).read()
pattern = re.compile(r"(href=\"?[^\" >]*?" + re.escape(name) + r"\"? integrity=\"?)sha384-[A-Za-z0-9+/=]+")
html, count = pattern.subn(lambda m: m.group(1) + integrity, html)
if count != 1:
    sys.exit(f"{name}: its modulepreload's integrity not found in {path}")
open(path, "w").write(html)
PY
done < <(find "$dist/snippets" -name '*.js' -print0 2>/dev/null)
