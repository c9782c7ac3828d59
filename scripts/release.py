#!/usr/bin/env python3
"""Packs the built portal into the organisers' release (`make release`):

    release/event-portal-VERSION.zip
    release/event-portal-VERSION.tar.gz
    release/SHA256SUMS

Both archives hold one folder, event-portal-VERSION/, ready to upload to a static host:
everything `make dist` wrote (the portal, its compressed copies, the sample event.json
and documents, event.schema.json, the organisers' /preview/), START-HERE.html
(deploy/START-HERE.html, with the portal's stylesheet linked), which an organiser opens
from the unzipped folder, and what publishes it from a repository with nothing to
compile: tools/feedcheck.mjs and tools/feedcheck.wasm (the checker, run by Node; see
checker/), the organisers' guides its help points to (docs/ORGANISERS.md, FEED.md,
DEPLOY.md), and everything under deploy/release/ (tools/publish.sh, the GitHub Actions
workflow, netlify.toml).

The archives are reproducible: the same build gives the same bytes. Files go in name
order, every date is the commit's (SOURCE_DATE_EPOCH when set, else the time of the
checked-out commit), modes are 644, and 755 for folders and scripts, owners 0, and gzip writes no name or time.

Usage: release.py DIST CHECKER_WASM OUT VERSION
"""
import gzip
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The organisers' guides the release carries (in English), under docs/.
GUIDES = ["ORGANISERS.md", "FEED.md", "DEPLOY.md"]
# Zip cannot store a date before 1980.
EARLIEST = 315532800


def source_date() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return EARLIEST


def start_here(dist: Path) -> bytes:
    """deploy/START-HERE.html with the portal's own stylesheet linked."""
    page = (ROOT / "deploy/START-HERE.html").read_text()
    styles = sorted(p.name for p in dist.glob("main-*.css"))
    if len(styles) != 1:
        sys.exit(f"release: expected one main-*.css in {dist}, found {styles}")
    if "__STYLESHEET__" not in page:
        sys.exit("deploy/START-HERE.html: no __STYLESHEET__ to fill in")
    return page.replace("__STYLESHEET__", styles[0]).encode()


# What marks a page rendered from a feed (src/render.rs).
RENDERED = b"<meta name=event-portal-feed "


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones included), by path inside it."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file()}


def contents(dist: Path, checker: Path) -> list[tuple[str, bytes]]:
    """Every file of the release folder, by path inside it, in name order."""
    files = tree(dist)
    if "shell.html" not in files or "event.json" not in files:
        sys.exit(f"release: {dist} is not a build of the portal (run `make dist`)")
    # The pages `make dist` rendered from the sample are not the organiser's: the
    # release holds the content-free shell, and tools/publish.sh renders their feed.
    for name in [n for n, data in files.items() if n.endswith(".html") and RENDERED in data]:
        del files[name]
    files["index.html"] = files["shell.html"]
    files["404.html"] = files["shell.html"]
    files.pop("sitemap.xml", None)
    extra = tree(ROOT / "deploy/release")
    extra["START-HERE.html"] = start_here(dist)
    extra["tools/feedcheck.mjs"] = (ROOT / "checker/feedcheck.mjs").read_bytes()
    extra["tools/feedcheck.wasm"] = checker.read_bytes()
    extra["tools/render.mjs"] = (ROOT / "renderer/render.mjs").read_bytes()
    # The guides the checker's help, START-HERE.html and the editor point to.
    for guide in GUIDES:
        extra[f"docs/{guide}"] = (ROOT / "docs" / guide).read_bytes()
    # The renderer tools/render.mjs runs is the site's own, edit/renderer*: the editor
    # renders with it in the browser too.
    for name in ["edit/renderer.js", "edit/renderer_bg.wasm", "edit/files.txt"]:
        if name not in files:
            sys.exit(f"release: {dist} has no {name} (run `make dist`)")
    clash = sorted(files.keys() & extra.keys())
    if clash:
        sys.exit(f"release: the build already has {clash}")
    files.update(extra)
    return sorted(files.items())


def mode_of(name: str) -> int:
    """Scripts run as they are (tools/publish.sh, tools/feedcheck.mjs); the rest is read."""
    return 0o755 if name.endswith((".sh", ".mjs")) else 0o644


def folders_of(names: list[str]) -> list[str]:
    found = set()
    for name in names:
        parts = name.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            found.add("/".join(parts[:i]))
    return sorted(found)


def write_zip(target: Path, top: str, files: list[tuple[str, bytes]], date: int) -> None:
    stamp = time.gmtime(max(date, EARLIEST))[:6]
    with zipfile.ZipFile(target, "w") as archive:
        entries = [(f"{top}/", None)]
        entries += [(f"{top}/{d}/", None) for d in folders_of([n for n, _ in files])]
        entries += [(f"{top}/{n}", data) for n, data in files]
        for name, data in sorted(entries, key=lambda e: e[0]):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3  # Unix, so that the modes below are read
            if data is None:
                info.external_attr = (0o40755 << 16) | 0x10
                archive.writestr(info, b"")
            else:
                info.external_attr = (0o100000 | mode_of(name)) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data, compresslevel=9)


def write_tar_gz(target: Path, top: str, files: list[tuple[str, bytes]], date: int) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        def add(name: str, data: bytes | None) -> None:
            info = tarfile.TarInfo(name)
            info.mtime = date
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if data is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                archive.addfile(info)
            else:
                info.mode = mode_of(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        entries = [(top, None)] + [(f"{top}/{d}", None) for d in folders_of([n for n, _ in files])]
        entries += [(f"{top}/{n}", data) for n, data in files]
        for name, data in sorted(entries, key=lambda e: e[0]):
            add(name, data)
    with open(target, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as packed:
            packed.write(raw.getvalue())


def main() -> None:
    dist, checker, out, version = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    if not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+([-+][\w.]+)?", version):
        sys.exit(f"release: {version!r} is not a version")
    top = f"event-portal-{version}"
    files = contents(dist, checker)
    date = source_date()
    out.mkdir(parents=True, exist_ok=True)
    archives = [out / f"{top}.zip", out / f"{top}.tar.gz"]
    write_zip(archives[0], top, files, date)
    write_tar_gz(archives[1], top, files, date)
    sums = "".join(f"{hashlib.sha256(a.read_bytes()).hexdigest()}  {a.name}\n" for a in archives)
    (out / "SHA256SUMS").write_text(sums)
    for archive in archives:
        print(f"{archive}: {archive.stat().st_size} bytes, {len(files)} files")


main()
