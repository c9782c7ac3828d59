// Renders the portal's pages from the published feed, where it is published, with
// Node alone: every page of the event (home, the agenda, each session, the speakers,
// each speaker, the documents, the updates, My agenda) as HTML a visitor reads before
// the app starts, with its own title, description and link preview tags; and
// sitemap.xml when the site's address is known. The pages are the portal's own views
// (src/render.rs), compiled to wasm by `make renderer`; the editor runs the same
// renderer in the browser for its "Download the site" (src/web/editor-site.js).
//
//   node render.mjs SITE [BASE] [ORIGIN]
//
// SITE is the folder being published: its event.json is rendered into its shell.html.
// BASE is the path the portal is served at (/ or /events/2026/). ORIGIN is the site's
// address (https://events.example.org): the canonical address, og:url and the sitemap
// need it; without it (nor SITE_URL or Netlify's URL in the environment) they are left
// out, never guessed. Exits 1, writing nothing, when the feed does not load.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [site, base = "/", origin = process.env.SITE_URL || process.env.URL || ""] =
  process.argv.slice(2);
if (!site) {
  console.error("usage: node render.mjs SITE [BASE] [ORIGIN]");
  process.exit(2);
}
// The renderer: the one the site carries for its editor (SITE/edit/, where `make dist`
// puts it and the release has it), else where `make renderer` builds it in a clone.
const here = dirname(fileURLToPath(import.meta.url));
const folder = [join(site, "edit"), join(here, "../edit"), join(here, "../target/renderer-wasm")].find(
  (dir) => existsSync(join(dir, "renderer_bg.wasm")),
);
if (!folder) {
  console.error("render: the renderer's wasm is missing: run `make renderer`");
  process.exit(2);
}
const renderer = await import(pathToFileURL(join(folder, "renderer.js")));
renderer.initSync({ module: readFileSync(join(folder, "renderer_bg.wasm")) });

const started = Date.now();
const feed = readFileSync(join(site, "event.json"));
const fingerprint = createHash("sha256").update(feed).digest("hex");
const shell = readFileSync(join(site, "shell.html"), "utf8");
let pages;
try {
  pages = new renderer.Renderer(feed.toString("utf8"), shell, base, origin, fingerprint);
} catch (error) {
  console.error(`render: ${error}`);
  process.exit(1);
}
// The interface in the event's first language, from the site's own catalogue.
const wanted = pages.wanted();
const catalogue = join(site, "i18n", `${wanted}.json`);
if (wanted !== "en" && existsSync(catalogue)) {
  try {
    pages.load_catalogue(readFileSync(catalogue, "utf8"));
  } catch (error) {
    console.error(`render: i18n/${wanted}.json: ${error}; the pages are in English`);
  }
}
const list = pages.pages();
const written = [];
for (let i = 0; i < list.length; i += 2) {
  written.push([list[i + 1], pages.page(list[i])]);
}
// Written once all are rendered: a failure leaves the folder as it was.
for (const [file, html] of written) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), html);
}
const sitemap = pages.sitemap();
if (sitemap) writeFileSync(join(site, "sitemap.xml"), sitemap);
console.log(
  `render: ${written.length} pages in ${pages.language()}${sitemap ? " and sitemap.xml" : ""} (${Date.now() - started} ms)`,
);
