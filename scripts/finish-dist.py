#!/usr/bin/env python3
"""Finishes a release build in DIST after Trunk (the Makefile's `dist` runs it):

- moves Trunk's inline loader out of each page into a hashed `start-*.js` with
  subresource integrity, so the Content-Security-Policy needs no inline script; the
  portal's start file first runs src/web/offline.js (service worker, offline helpers),
  waits for the page's first paint, then fetches the wasm with its integrity;
- puts the Content-Security-Policy of public/_headers into each page as a <meta>
  (for hosts that cannot send headers), without what a <meta> cannot carry;
- puts src/web/first-paint.js into the start file too: it writes the event's title
  from the published event.json into the page's first paint (the skeleton shown until
  the wasm starts) and into <title>; nothing of the event is written at build time, so
  a new event.json needs no rebuild; the wasm starts after that first paint;
- links the icons (scripts/icons.sh) and writes manifest.webmanifest, with no event in
  it (the service worker fills in the event's name from the feed);
- copies index.html to 404.html (static hosts answer deep links with it);
- writes sw.js from src/web/sw.js with the list of files to keep and their hash.

Usage: finish-dist.py DIST TERSER
"""
import base64
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = Path(sys.argv[1])
TERSER = sys.argv[2]

LOADER = re.compile(r"<script type=\"?module\"?>(.*?)</script>", re.S)
BASE = re.compile(r"<base href=\"?([^\" >]+)\"?>")
# Trunk's content hashes are 16 hex digits, or fewer when they begin with zeros.
HASHED = re.compile(r"^[\w.-]+-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$")


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def base_of(page: str) -> str:
    found = BASE.search(page)
    if not found:
        sys.exit("no <base href> in the page: Trunk's data-trunk-public-url is missing")
    return found.group(1)


# A file of the build with a content hash, as Trunk names them.
HASHED_REF = r"[\w.-]+-[0-9a-f]{12,16}(?:_bg)?\.(?:js|css|wasm)"


def relative_to_base(page_path: Path, base: str) -> None:
    """Names the page's hashed files relative to its <base href> instead of from the
    site's root, and the loader's relative to itself: the same build then works at any
    path, and moving it under a sub-path is one line, the <base href>."""
    page = page_path.read_text()
    prefix = re.escape(base)
    page = re.sub(rf'((?:href|src)="?){prefix}({HASHED_REF})', r"\1\2", page)
    page = re.sub(rf"'{prefix}({HASHED_REF})'", r"'./\1'", page)
    page_path.write_text(page)


def minify(path: Path) -> None:
    subprocess.run([TERSER, str(path), "--module", "--compress", "--mangle",
                    "--output", str(path)], check=True)


GLUE_IMPORT = re.compile(r"import init, \* as bindings from '(\./[\w.-]+\.js)';")
WASM_PRELOAD = re.compile(
    r"<link as=fetch crossorigin href=(\S+_bg\.wasm) integrity=(\S+) rel=preload type=application/wasm>")


def externalise_loader(page_path: Path, prefix: str, before: str, late_wasm: bool) -> None:
    """Replaces the page's inline module script with a hashed file `prefix-*.js` that
    runs `before`, then the loader. With `late_wasm` (the visitors' page), the script is
    async and the wasm is not preloaded by the page: the loader asks the start script
    for it (`eventPortal.appWasm`, src/web/first-paint.js), which fetches it (with its
    integrity) once a rendered page is on screen and compiles it, and gives it to the
    loader when the app is to take the page over."""
    page = page_path.read_text()
    found = LOADER.search(page)
    if not found:
        sys.exit(f"{page_path}: Trunk's loader script not found")
    loader = found.group(1)
    if late_wasm:
        preload = WASM_PRELOAD.search(page)
        if not preload or f"module_or_path: './{preload.group(1)}'" not in loader:
            sys.exit(f"{page_path}: the wasm's preload or its loader line not found")
        wasm, integrity = preload.groups()
        # The glue is imported when the app is to start, not before the start script
        # runs: it is not on the rendered page's path to the screen (a module's static
        # imports are fetched before it runs; the page's modulepreload of it goes too).
        glue_import = GLUE_IMPORT.search(loader)
        glue_preload = glue_import and re.search(
            rf"<link crossorigin href={re.escape(glue_import.group(1)[2:])} "
            r"integrity=(\S+) rel=modulepreload>", page)
        if not glue_preload:
            sys.exit(f"{page_path}: the glue's import or its modulepreload not found")
        loader = loader.replace(
            f"module_or_path: './{wasm}'",
            "module_or_path: await app")
        loader = loader.replace(
            glue_import.group(0),
            f"const app = eventPortal.appWasm(() => fetch('{wasm}', {{ integrity: '{integrity}' }}));\n"
            f"const bindings = await eventPortal.appGlue('{glue_import.group(1)}', "
            f"'{glue_preload.group(1)}');\nconst init = bindings.default;")
        page = page.replace(preload.group(0), "").replace(glue_preload.group(0), "")
        found = LOADER.search(page)
    scratch = DIST / f"{prefix}.js"
    scratch.write_text(before + "\n" + loader)
    minify(scratch)
    data = scratch.read_bytes()
    name = f"{prefix}-{hashlib.sha256(data).hexdigest()[:16]}.js"
    scratch.rename(DIST / name)
    # The visitors' start script is async: it runs as soon as it has arrived, not once the
    # whole page is parsed (a rendered page shows as it is parsed once the script has found
    # it current; src/web/first-paint.js waits for the parser where it needs the body).
    run = "async " if late_wasm else ""
    tag = f'<script type=module {run}src="{name}" integrity="{sri(data)}" crossorigin></script>'
    page = page[: found.start()] + tag + page[found.end():]
    page_path.write_text(page)


def policy_from_headers() -> str:
    """The Content-Security-Policy that public/_headers sends for every path."""
    text = (ROOT / "public/_headers").read_text()
    found = re.search(r"^\s+Content-Security-Policy:\s*(.+)$", text, re.M)
    if not found:
        sys.exit("public/_headers has no Content-Security-Policy")
    return found.group(1).strip()


def meta_policy(policy: str) -> str:
    # A <meta> policy cannot carry frame-ancestors (browsers ignore it there and warn).
    kept = [d.strip() for d in policy.split(";")
            if d.strip() and d.split()[0] not in ("frame-ancestors", "report-uri", "sandbox")]
    return "; ".join(kept)


def add_head(page_path: Path, tags: str, after: str) -> None:
    page = page_path.read_text()
    if after not in page:
        sys.exit(f"{page_path}: {after} not found")
    page_path.write_text(page.replace(after, after + tags, 1))


# A file name in quotes, in a page or a script: what they load.
QUOTED = re.compile(r"""["'`]([^"'`\s<>()]+\.(?:js|mjs|wasm|css))["'`]""")
# What a script fetches or imports: `fetch('…'`, `import … from '…'`, `import('…')`.
FETCHED = re.compile(r"""(?:\bfetch\s*\(|\bfrom\s*|\bimport\s*\(?)\s*["'`]([^"'`]+)["'`]""")


def local_name(reference: str, base: str, referrer: Path) -> str | None:
    """The path below DIST that a reference from `referrer` names, if it is one of the
    build's files (a name under the public URL, or relative to the referrer)."""
    if not re.fullmatch(r"[\w./-]{1,200}", reference):
        return None
    if reference.startswith(base):
        name = reference[len(base):]
    elif reference.startswith("/") or "://" in reference:
        return None
    else:
        name = os.path.normpath(referrer.parent.relative_to(DIST) / reference)
    return name if not name.startswith("..") and (DIST / name).is_file() else None


def loaded_by(page_path: Path, base: str) -> list[str]:
    """Every file of the build with a content hash that `page_path` loads as it starts:
    the files it names, then, for each script among them, the files that script names
    (its imports, the wasm it fetches), until none is new."""
    found: set[str] = set()
    todo = [page_path]
    while todo:
        source = todo.pop()
        for reference in QUOTED.findall(source.read_text()) + re.findall(
                r"(?:src|href)=\"?([\w./-]+)", source.read_text()):
            name = local_name(reference, base, source)
            if name and HASHED.match(Path(name).name) and name not in found:
                found.add(name)
                if name.endswith((".js", ".mjs")):
                    todo.append(DIST / name)
    return sorted(found)


def check_start_files(kept: list[str], base: str) -> None:
    """Fails the build when a file that the start script or the glue fetches or imports
    is not among those the service worker keeps: with no network, the portal would
    not start (the browser's HTTP cache may happen to hold it, but must not be needed)."""
    scripts = [DIST / name for name in kept if name.endswith(".js")]
    if not any(script.name.startswith("start-") for script in scripts):
        sys.exit("sw.js: the start script is not among the files kept for offline use")
    for script in scripts:
        for reference in FETCHED.findall(script.read_text()):
            name = local_name(reference, base, script)
            if name is None:
                sys.exit(f"{script.name} loads {reference!r}, which is not a file of the build")
            if name not in kept and HASHED.match(Path(name).name):
                sys.exit(f"{script.name} loads {name}, which sw.js would not keep for offline use")
    if not any(name.endswith(".wasm") for name in kept):
        sys.exit("sw.js: the wasm is not among the files kept for offline use")


def main() -> None:
    index = DIST / "index.html"
    base = base_of(index.read_text())
    offline = (ROOT / "src/web/offline.js").read_text()
    # The event's title from the published feed, written into the skeleton before the
    # wasm is asked for (src/web/first-paint.js): nothing of the event is in the build.
    title_first = (ROOT / "src/web/first-paint.js").read_text()
    # The page's first paint (the event's title and the skeleton) comes before the wasm
    # is asked for: the page's stylesheet and title do not share the line with 205 KB of
    # wasm, and the title is the page's largest paint (Lighthouse's LCP: 1.1 s instead
    # of 2.4 s). The wasm then comes one round trip later than a preload would bring it.
    # Two frames: the title is written in a promise's callback, and the frame that
    # paints it is on screen only when the next one starts. With one, the wasm was asked
    # for 17 ms before the title showed, and Lighthouse counted the wasm in the LCP.
    first_paint = ("await new Promise((resolve) => "
                   "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));")
    relative_to_base(index, base)
    externalise_loader(index, "start", "\n".join((offline, title_first, first_paint)),
                       late_wasm=True)
    preview = DIST / "preview/index.html"
    if preview.is_file():
        relative_to_base(preview, base)
        externalise_loader(preview, "preview-start", "", late_wasm=False)
    # The organisers' JavaScript (wasm-bindgen snippets of the editor) is never the
    # visitors': a page that names it would have every visitor download it.
    if "snippets/" in index.read_text():
        sys.exit("index.html loads a wasm-bindgen snippet: the organisers' code in the visitors' page")
    if 'class=shell-title hidden' not in index.read_text():
        sys.exit("index.html: the shell's title line (for src/web/first-paint.js) not found")

    add_head(index, (
        '<link rel=icon href=icons/icon.svg type=image/svg+xml>'
        '<link rel=apple-touch-icon href=icons/apple-touch-icon.png>'
        '<link rel=manifest href=manifest.webmanifest>'
        '<meta name=theme-color content="#0b5cad">'), "<meta charset=utf-8>")
    page = index.read_text().replace("<link href=data:, rel=icon>", "")
    index.write_text(page)
    # The preview's page has the empty icon too, which the policy's img-src refuses.
    if preview.is_file():
        page = preview.read_text()
        if "<link href=data:, rel=icon>" not in page:
            sys.exit(f"{preview}: its empty icon link not found")
        preview.write_text(page.replace(
            "<link href=data:, rel=icon>", "<link rel=icon href=icons/icon.svg type=image/svg+xml>"))

    policy = html.escape(meta_policy(policy_from_headers()), quote=False)
    for page_path in (index, preview):
        if page_path.is_file():
            add_head(page_path, f'<meta http-equiv=Content-Security-Policy content="{policy}">',
                     "<meta charset=utf-8>")

    # Nothing of the event: the service worker fills in the event's name, language and
    # direction from the published feed (src/web/sw.js, `manifest`), so that an installed
    # portal carries the event's name with nothing rebuilt. These are what a browser
    # sees before the worker runs (the first visit). Written compact, with no description
    # and no default `purpose`: 52 bytes less brotli'd for every first visit.
    manifest = {
        "name": "Event Portal",
        "short_name": "Event Portal",
        "lang": "en",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "id": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "icons": [
            {"src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
            {"src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
            {"src": "icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png",
             "purpose": "maskable"},
            {"src": "icons/icon.svg", "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    (DIST / "manifest.webmanifest").write_text(json.dumps(manifest, ensure_ascii=False, separators=(",", ":")))

    (DIST / "404.html").write_bytes(index.read_bytes())
    # The content-free shell: what the rendered pages are made from (renderer/render.mjs
    # writes index.html and the others over it), and what answers an address with no
    # rendered page (the service worker, nginx, Netlify's and Cloudflare's fallback).
    (DIST / "shell.html").write_bytes(index.read_bytes())

    # What the service worker keeps: every file the page loads to start, followed from
    # index.html through the scripts it runs (the start script fetches the wasm and
    # imports the glue, which are no longer named in the page), and the files with
    # fixed names the portal needs offline (the page, favicon, manifest). Catalogues are
    # kept as a visitor first needs each (sw.js): a visit downloads only its own language.
    hashed = loaded_by(index, base)
    check_start_files(hashed, base)
    checked = ["shell.html", "manifest.webmanifest"]
    # The favicon; the PNG icons are the installed app's, which the browser keeps itself.
    checked += ["icons/icon.svg"]
    version = hashlib.sha256()
    for name in hashed + checked:
        version.update(name.encode())
        version.update((DIST / name).read_bytes())
    worker = (ROOT / "src/web/sw.js").read_text()
    worker = (worker.replace('"__VERSION__"', json.dumps(version.hexdigest()[:16]))
              .replace("__HASHED__", json.dumps(hashed))
              .replace("__CHECKED__", json.dumps(checked)))
    (DIST / "sw.js").write_text(worker)
    print(f"sw.js: version {version.hexdigest()[:16]}, {len(hashed)} hashed and "
          f"{len(checked)} checked files (public URL {base})")


main()
