#!/usr/bin/env bash
# Lighthouse (mobile: a mid-range phone on slow 4G, simulated) on the release build served
# by nginx with deploy/nginx.conf on 127.0.0.1 (precompressed files, the caching and
# security headers of docs/DEPLOY.md). Prints, for /, /agenda and a session page, the
# performance, accessibility, best-practices and SEO scores with LCP, TBT, CLS and the
# bytes transferred; the reports go to target/lighthouse/. Part of `make bench`.
# Usage: lighthouse.sh DIST LIGHTHOUSE
set -euo pipefail
dist=$1
lighthouse=$2
out=target/lighthouse
mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scripts/nginx-local.sh "$dist" "$port" > "$out/nginx.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; sleep 0.1; done

session=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sessions"][0]["id"])' "$dist/event.json")
printf '%-22s %5s %5s %5s %5s %8s %8s %6s %9s\n' page perf a11y best seo LCP TBT CLS bytes
for path in / /agenda "/agenda/$session"; do
  name=$(echo "$path" | tr '/' '_' | sed 's/^_$/_home/')
  # Lighthouse 12.2 sometimes loses the trace with today's Chromium (NO_NAVSTART): retry.
  for attempt in 1 2 3; do
    CHROME_PATH=/usr/bin/chromium "$lighthouse" "http://127.0.0.1:$port$path" \
      --quiet --output=json --output-path="$out/$name.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      > "$out/$name.log" 2>&1 \
      && python3 -c 'import json,sys; sys.exit("runtimeError" in json.load(open(sys.argv[1])))' "$out/$name.json" \
      && break
    [ "$attempt" = 3 ] && { cat "$out/$name.log"; exit 1; }
  done
  python3 - "$out/$name.json" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
score = lambda c: round(report["categories"][c]["score"] * 100)
audit = report["audits"]
print(f'{sys.argv[2]:<22} {score("performance"):>5} {score("accessibility"):>5} '
      f'{score("best-practices"):>5} {score("seo"):>5} '
      f'{audit["largest-contentful-paint"]["numericValue"] / 1000:>7.2f}s '
      f'{audit["total-blocking-time"]["numericValue"]:>6.0f}ms '
      f'{audit["cumulative-layout-shift"]["numericValue"]:>6.3f} '
      f'{audit["total-byte-weight"]["numericValue"]:>9.0f}')
for category in ("performance", "accessibility", "best-practices", "seo"):
    for ref in report["categories"][category]["auditRefs"]:
        result = audit[ref["id"]]
        if ref["weight"] > 0 and result.get("score") is not None and result["score"] < 1:
            print(f'    {category}: {ref["id"]} ({result["score"]}): {result.get("displayValue", result["title"])}')
PY
done
