// Event Portal's service worker: after one visit the portal starts with no network.
//
// scripts/finish-dist.py copies this file into dist/sw.js and fills in VERSION (a hash
// of every file below) and the two lists, so each deployment is a new worker: visitors
// get it on their next visit and a "new version, reload" prompt, never half of each.
//
//   the app shell (index.html, hashed JS, wasm, CSS, favicon, manifest)  cache first
//   catalogues (i18n/), as a visitor first needs each one                  cache first
//   event.json                                                             network first
//   manifest.webmanifest       the kept copy, with the event's name from the last feed
//   images (speaker photos), as they are seen                  cache, refreshed behind
//   documents the visitor saved for offline                                cache first
//   everything else                                                        the network
"use strict";

const VERSION = "__VERSION__";
// File names with a content hash: never change, fetched once.
const HASHED = __HASHED__;
// Files whose names stay the same: revalidated when a new worker installs.
const CHECKED = __CHECKED__;

const SHELL_CACHE = `event-portal-shell-${VERSION}`;
// Outlive versions of the portal: the last feed, photos, the visitor's documents.
const DATA_CACHE = "event-portal-data";
const DOCUMENTS_CACHE = "event-portal-documents";

const scope = self.registration.scope;
const at = (path) => new URL(path, scope).href;
// The content-free shell: the app renders every page from it, offline too (the rendered
// pages are for a first visit; the home page's would show its content on every route).
const INDEX = at("shell.html");
const FEED = at("event.json");
const MANIFEST = at("manifest.webmanifest");
// The interface's languages other than English: kept as a visitor first needs each one
// (a visit never downloads the languages it does not use), with this version's shell.
const CATALOGUES = at("i18n/");
// The organisers' preview and editor have their own page and never work from the cache.
const ORGANISERS = [at("preview/"), at("edit/")];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Marked, so that a server's logs (and the tests) tell them from the page's own.
      const headers = { "Event-Portal-Precache": "1" };
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll([
        ...HASHED.map((path) => new Request(at(path), { headers })),
        ...CHECKED.map((path) => new Request(at(path), { cache: "no-cache", headers })),
      ]);
      // The feed the first visit showed, for a first start with no network.
      const data = await caches.open(DATA_CACHE);
      if (!(await data.match(FEED))) {
        try {
          const response = await fetch(FEED, { cache: "no-cache", headers });
          if (response.ok) await data.put(FEED, response);
        } catch (_) {
          // Offline already: the page keeps its own last good copy too.
        }
      }
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      for (const name of await caches.keys()) {
        if (name.startsWith("event-portal-shell-") && name !== SHELL_CACHE) {
          // The languages the visitor used stay available offline: this version's copies.
          const old = await caches.open(name);
          for (const request of await old.keys()) {
            if (request.url.startsWith(CATALOGUES) && !(await shell.match(request))) {
              // This version's copy if the network answers, else the one kept before.
              await shell
                .add(new Request(request.url, { cache: "no-cache" }))
                .catch(async () => shell.put(request, await old.match(request)));
            }
          }
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks the waiting worker to take over when the visitor chooses to reload.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const href = url.origin + url.pathname;
  if (href === FEED) {
    event.respondWith(networkFirst(request));
  } else if (href === MANIFEST) {
    event.respondWith(manifest(request));
  } else if (request.destination === "image") {
    event.respondWith(image(request));
  } else if (!href.startsWith(scope) || ORGANISERS.some((page) => href.startsWith(page))) {
    return;
  } else if (href.startsWith(CATALOGUES)) {
    event.respondWith(catalogue(request));
  } else if (request.mode === "navigate" && !/\.[a-z0-9]+$/i.test(url.pathname)) {
    // A page of the portal (/agenda/opening): as the network has it (the page rendered
    // when the feed was published, readable before the app starts), else the app shell.
    event.respondWith(page(request));
  } else {
    event.respondWith(saved(request));
  }
});

// A page from the network, else, offline or after PAGE_WAIT, the shell's copy: the app
// shows every page from it, with the feed it keeps.
const PAGE_WAIT = 3000;
async function page(request) {
  const network = fetch(request);
  const late = new Promise((resolve) => setTimeout(resolve, PAGE_WAIT, null));
  try {
    const response = await Promise.race([network, late]);
    if (response) return response;
  } catch (_) {
    // Offline: the shell.
  }
  return shell(request, INDEX);
}

// The shell's copy, else the network.
async function shell(request, key) {
  const cached = await caches.match(key, { cacheName: SHELL_CACHE });
  return cached || fetch(request);
}

// event.json: the network's answer (kept), else the last one kept, marked as such
// (src/store.rs then says the programme may be out of date).
async function networkFirst(request) {
  const data = await caches.open(DATA_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await data.put(FEED, response.clone());
    return response;
  } catch (error) {
    const cached = await data.match(FEED);
    if (!cached) throw error;
    const headers = new Headers(cached.headers);
    headers.set("Event-Portal-Offline", "1");
    return new Response(cached.body, { status: 200, headers });
  }
}

// The installed app's manifest with the event's name, language and direction from the
// last feed kept (the build writes none: an organiser's new event.json renames the app
// with nothing rebuilt). Feed text goes into JSON strings only.
async function manifest(request) {
  const response = await shell(request, MANIFEST);
  try {
    const kept = await (await caches.open(DATA_CACHE)).match(FEED);
    const event = (await (kept || (await networkFirst(new Request(FEED)))).json()).event;
    const language = event?.languages?.[0] || "en";
    const title = typeof event?.title === "string"
      ? event.title
      : event?.title?.[language] || Object.values(event?.title || {})[0];
    if (typeof title !== "string" || !title.trim()) return response;
    const app = await response.clone().json();
    app.name = title.trim();
    // The feed has no short title, and a home-screen label holds about 12 characters:
    // the title's first words that fit, else no short name (the system shortens the name).
    let short = "";
    for (const word of app.name.split(/\s+/)) {
      const longer = short ? `${short} ${word}` : word;
      if (longer.length > 12) break;
      short = longer;
    }
    if (short) app.short_name = short;
    else delete app.short_name;
    app.lang = language;
    app.dir = ["ar", "he", "fa", "ur"].includes(language.split("-")[0]) ? "rtl" : "ltr";
    return new Response(JSON.stringify(app), {
      headers: { "content-type": "application/manifest+json" },
    });
  } catch (_) {
    return response;
  }
}

// Photos: the kept copy at once, refreshed in the background; else the network's.
async function image(request) {
  const data = await caches.open(DATA_CACHE);
  const cached = await data.match(request);
  const fresh = fetch(request).then(async (response) => {
    if (response.ok || response.type === "opaque") await data.put(request, response.clone());
    return response;
  });
  if (cached) {
    fresh.catch(() => {});
    return cached;
  }
  return fresh;
}

// A catalogue: the copy kept with this version, else the network's, kept.
async function catalogue(request) {
  const shell = await caches.open(SHELL_CACHE);
  const cached = await shell.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await shell.put(request, response.clone());
  return response;
}

// The app's own files and the visitor's saved documents from the caches, else the network.
async function saved(request) {
  const cached =
    (await caches.match(request, { cacheName: SHELL_CACHE, ignoreSearch: true })) ||
    (await caches.match(request, { cacheName: DOCUMENTS_CACHE, ignoreSearch: true }));
  return cached || fetch(request);
}
