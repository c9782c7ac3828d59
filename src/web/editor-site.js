// The editor's "Download the site" (src/pages/editor/site.rs), in the editor's bundle
// only: the site's files fetched as the host serves them, and the pages rendered from
// the draft by the publish-time renderer (edit/renderer.js, the one tools/publish.sh
// runs in Node), loaded only when an organiser asks for the site. Addresses are
// relative to the page's <base href>, the portal's. Each function resolves; a failure
// rejects with a sentence the editor shows.

// Fetches each of `names`; the bytes of each, or null for one the site does not have
// (an address the host answers with a page instead of the file counts as missing).
export async function fetchFiles(names) {
  const found = new Array(names.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      try {
        const response = await fetch(names[i], { cache: "no-cache" });
        const type = response.headers.get("content-type") || "";
        const page = type.startsWith("text/html") && !/\.html?$/i.test(names[i].split(/[?#]/)[0]);
        if (response.ok && !page) found[i] = new Uint8Array(await response.arrayBuffer());
      } catch (_) {
        // Missing: the editor lists it.
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return found;
}

// Renders every page of `feed` (the draft's text, written as event.json) into `shell`
// (the site's shell.html) for a site at `origin` (or none); `progress(done, total)` is
// called as pages are made. Resolves to [file, html, file, html, …], with sitemap.xml
// last when the origin is known.
export async function renderSite(feed, shell, origin, progress) {
  if (!crypto.subtle) {
    throw new Error("this page is not on a secure address (https), where browsers compute the feed's fingerprint");
  }
  let renderer;
  try {
    renderer = await import(new URL("edit/renderer.js", document.baseURI).href);
    await renderer.default({ module_or_path: new URL("edit/renderer_bg.wasm", document.baseURI) });
  } catch (error) {
    throw new Error(`the renderer (edit/renderer.js) could not be loaded: ${error.message || error}`);
  }
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(feed));
  const fingerprint = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  const base = new URL(document.baseURI).pathname;
  const pages = new renderer.Renderer(feed, shell, base, origin || undefined, fingerprint);
  try {
    const wanted = pages.wanted();
    if (wanted !== "en") {
      const response = await fetch(`i18n/${wanted}.json`, { cache: "no-cache" });
      if (response.ok) pages.load_catalogue(await response.text());
    }
    const list = pages.pages();
    const total = list.length / 2;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      out.push(list[i + 1], pages.page(list[i]));
      // A breath for the page every 20 pages: the progress shows, the tab answers.
      if (out.length % 40 === 0) {
        progress(out.length / 2, total);
        await new Promise((resolve) => setTimeout(resolve));
      }
    }
    progress(total, total);
    const sitemap = pages.sitemap();
    if (sitemap) out.push("sitemap.xml", sitemap);
    return out;
  } finally {
    pages.free();
  }
}

// Saves `bytes` (a view of the wasm's memory, copied here at once) as the file `name`.
export function saveArchive(name, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
