#!/usr/bin/env python3
"""Serves a release build (dist/) the way a static host does: files as they are, and
404.html with status 404 for any other path, which is how deep links such as
/agenda/opening reach the portal. For looking at a release build locally:

    make dist && scripts/serve-dist.py [PORT]
"""
import http.server
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "dist"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(ROOT), **kwargs)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        page = path.with_name(path.name + ".html")
        if path.name and not path.is_file() and page.is_file():
            # A rendered page (agenda/opening.html for /agenda/opening), as static hosts serve it.
            self.path = self.path.split("?")[0] + ".html"
            return super().send_head()
        if path.is_file() or (path.is_dir() and (path / "index.html").is_file()):
            return super().send_head()
        body = (ROOT / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return __import__("io").BytesIO(body)


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8081
    print(f"Serving {ROOT} at http://127.0.0.1:{port}")
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
