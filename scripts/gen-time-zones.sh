#!/bin/sh
# Regenerates src/feed/time_zones.txt, the IANA zone names the validator accepts
# (zones and their backward-compatible links), from the machine's tzdata.
# The browser formats times with Intl, so the portal needs names only, not rules.
set -eu
zi=${1:-/usr/share/zoneinfo/tzdata.zi}
out=$(dirname "$0")/../src/feed/time_zones.txt
{
  awk '$1 == "Z" { print $2 } $1 == "L" { print $3 }' "$zi"
  echo UTC
} | LC_ALL=C sort -u > "$out"
wc -l "$out"
