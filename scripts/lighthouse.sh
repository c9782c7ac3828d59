#!/usr/bin/env bash
# Lighthouse (mobile: a mid-range phone on slow 4G, 150 ms round trips, 1.6 Mbps and a
# 4x slower CPU, simulated) on the release build served by nginx with deploy/nginx.conf on
# 127.0.0.1 (precompressed files, the caching and security headers of docs/DEPLOY.md).
# For home, the agenda, a session and a speaker page: three runs each in which the wasm
# was loaded (a run whose network list has no wasm ended before the app started: it is
# no measurement, and is run again), and their medians: the scores, the first paint of
# the page's own content (the rendered page holds it: FCP), the largest paint, total
# blocking time, the longest a first tap can wait (Lighthouse's max potential first
# input delay: a tap on a star), layout shift, bytes. The reports go to target/lighthouse/.
# Over HTTPS with HTTP/2, as the hosts of docs/DEPLOY.md serve a site (one connection
# for all of a page's requests; a certificate for 127.0.0.1 made by nginx-local.sh);
# HTTP1=1 measures over plain HTTP/1.1 instead, where Lighthouse's model opens a
# connection per request (one more round trip before the page's content).
# Part of `make bench`.
# Usage: [HTTP1=1] lighthouse.sh DIST LIGHTHOUSE [RUNS]
set -euo pipefail
dist=$1
lighthouse=$2
runs=${3:-3}
out=target/lighthouse
rm -rf "$out"
mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ "${HTTP1:-}" = 1 ]; then scheme=http tls=; else scheme=https tls=1; fi
TLS=$tls scripts/nginx-local.sh "$dist" "$port" > "$out/nginx.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -kfsS -o /dev/null "$scheme://127.0.0.1:$port/" 2>/dev/null && break; sleep 0.1; done
echo "lighthouse: over $([ "$scheme" = https ] && echo "HTTPS, HTTP/2" || echo "HTTP/1.1")"

read -r session speaker < <(python3 -c 'import json,sys; f=json.load(open(sys.argv[1])); print(f["sessions"][0]["id"], f["speakers"][0]["id"])' "$dist/event.json")
for path in / /agenda "/agenda/$session" "/speakers/$speaker"; do
  name=$(echo "$path" | tr '/' '_' | sed 's/^_$/_home/')
  kept=0
  for attempt in $(seq $((runs * 3))); do
    report="$out/$name-$attempt.json"
    # Lighthouse 12.2 sometimes loses the trace with today's Chromium (NO_NAVSTART), and
    # a run can end before the wasm has arrived: both are run again.
    CHROME_PATH=/usr/bin/chromium "$lighthouse" "$scheme://127.0.0.1:$port$path" \
      --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --ignore-certificate-errors" \
      > "$out/$name-$attempt.log" 2>&1 || { rm -f "$report"; continue; }
    if python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
wasm = any(item["url"].endswith("_bg.wasm")
           for item in report["audits"]["network-requests"]["details"]["items"])
sys.exit(0 if wasm and "runtimeError" not in report else 1)
PY
    then
      kept=$((kept + 1))
      [ "$kept" = "$runs" ] && break
    else
      mv "$report" "$report.no-wasm"
    fi
  done
  [ "$kept" = "$runs" ] || { echo "lighthouse: only $kept good runs of $path"; exit 1; }
done

python3 - "$out" "$session" "$speaker" <<'PY'
import json, statistics, sys
from pathlib import Path
out, session, speaker = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
pages = [("/", "_home"), ("/agenda", "_agenda"), (f"/agenda/{session}", f"_agenda_{session}"),
         (f"/speakers/{speaker}", f"_speakers_{speaker}")]
# The issue's targets (26): own content at most 0.7 s (here Lighthouse's simulated FCP,
# the rendered page's first paint; benches/first_content.rs measures it with real
# throttling), LCP 1.0 s, TBT 100 ms, a first tap's wait 200 ms, CLS 0.02.
targets = {"FCP": 700, "LCP": 1000, "TBT": 100, "tap": 200, "CLS": 0.02}
print(f"{'page':<28} {'perf':>4} {'a11y':>4} {'best':>4} {'seo':>4} {'FCP':>8} "
      f"{'LCP':>7} {'TBT':>6} {'tap':>6} {'CLS':>6} {'bytes':>8}  (medians of the runs with the wasm)")
over = []
for path, name in pages:
    reports = [json.load(open(p)) for p in sorted(out.glob(f"{name}-*.json"))]
    med = lambda f: statistics.median(f(r) for r in reports)
    score = lambda c: med(lambda r: round(r["categories"][c]["score"] * 100))
    audit = lambda a: med(lambda r: r["audits"][a]["numericValue"])
    row = {"FCP": audit("first-contentful-paint"), "LCP": audit("largest-contentful-paint"),
           "TBT": audit("total-blocking-time"), "tap": audit("max-potential-fid"),
           "CLS": audit("cumulative-layout-shift")}
    print(f"{path:<28} {score('performance'):>4.0f} {score('accessibility'):>4.0f} "
          f"{score('best-practices'):>4.0f} {score('seo'):>4.0f} {row['FCP'] / 1000:>7.2f}s "
          f"{row['LCP'] / 1000:>6.2f}s {row['TBT']:>4.0f}ms {row['tap']:>4.0f}ms "
          f"{row['CLS']:>6.3f} {audit('total-byte-weight'):>8.0f}")
    over += [f"{path}: {k} {v:.3g} over {targets[k]}" for k, v in row.items() if v > targets[k]]
    for category in ("accessibility", "best-practices", "seo"):
        for ref in reports[0]["categories"][category]["auditRefs"]:
            result = reports[0]["audits"][ref["id"]]
            if ref["weight"] > 0 and result.get("score") is not None and result["score"] < 1:
                print(f'    {category}: {ref["id"]} ({result["score"]}): {result.get("displayValue", result["title"])}')
print("\n".join(["", "over the issue's targets:"] + over) if over else "\nall within the issue's targets")
PY
