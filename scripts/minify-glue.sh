#!/usr/bin/env bash
# Minifies the wasm-bindgen JS glue that Trunk leaves as it is, and updates its
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
