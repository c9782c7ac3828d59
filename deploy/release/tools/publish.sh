#!/bin/sh
# Checks event.json, then writes the site to publish: the release folder without the
# organisers' tools, with every page of the event rendered from event.json (readable
# before the app starts, and without JavaScript; tools/render.mjs). Compiles nothing;
# needs Node 18 or later. Run by the GitHub Actions
# workflow (.github/workflows/publish.yml), by Netlify (netlify.toml) and by Cloudflare
# Pages (build command), or by hand:
#
#   sh tools/publish.sh [OUT] [BASE]
#
# OUT is the folder to write (default _site, replaced). BASE is the address path the
# portal is served at, when it is not the site's root: /events/2026/ (GitHub Pages serves
# a project at /REPOSITORY/). The site's address (https://events.example.org), for the
# pages' canonical address, link previews and sitemap.xml, comes from SITE_URL, or
# Netlify's URL; without either they are left out. Exits 1, writing nothing, when
# event.json has errors.
set -eu
cd "$(dirname "$0")/.."
out="${1:-_site}"
base="${2:-/}"
case "$base" in
  /*/ | /) ;;
  /*) base="$base/" ;;
  *) echo "publish: BASE must start with / (got $base)" >&2; exit 2 ;;
esac
case "$out" in
  "" | . | .. | /* | tools | docs | documents) echo "publish: OUT must be a new folder here (got $out)" >&2; exit 2 ;;
esac

node tools/feedcheck.mjs check event.json

rm -rf "$out"
mkdir "$out"
for entry in * .[!.]*; do
  case "$entry" in
    "$out" | tools | docs | START-HERE.html | netlify.toml | .git | .github | '.[!.]*') ;;
    *) cp -R "$entry" "$out/" ;;
  esac
done
if [ "$base" != / ]; then
  for page in shell.html index.html 404.html preview/index.html edit/index.html; do
    sed "s#<base href=/>#<base href=$base>#" "$out/$page" > "$out/$page.new"
    grep -q "<base href=$base>" "$out/$page.new" || { echo "publish: no <base href=/> in $page" >&2; exit 1; }
    mv "$out/$page.new" "$out/$page"
  done
fi
node tools/render.mjs "$out" "$base"
echo "publish: $out/ is ready (served at $base)"
