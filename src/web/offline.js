// The page's side of working offline (src/web/sw.js is the worker's). The release
// build runs it before the wasm starts (scripts/finish-dist.py puts it in start-*.js):
// it registers the service worker and lends the portal (src/offline.rs) what the
// browser's caches and storage can do, as `window.eventPortal`. `trunk serve` has none
// of it, and the portal then shows no offline controls.
"use strict";
(() => {
  const DOCUMENTS = "event-portal-documents";
  const workers = navigator.serviceWorker;
  let waiting = null;
  let reloading = false;

  // A new version waits: the portal shows its prompt (it asks `updateWaiting()` when it
  // starts, and listens for this event after).
  const found = (worker) => {
    waiting = worker;
    dispatchEvent(new Event("event-portal-update"));
  };

  if (workers && window.isSecureContext) {
    workers
      .register(new URL("sw.js", document.baseURI))
      .then((registration) => {
        // Only a worker that replaces another is news: the first one just installs.
        if (registration.waiting && workers.controller) found(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const worker = registration.installing;
          worker?.addEventListener("statechange", () => {
            if (worker.state === "installed" && workers.controller) found(worker);
          });
        });
        // Long-open tabs (a conference day) look for a new version when shown again.
        document.addEventListener("visibilitychange", () => {
          if (!document.hidden) registration.update().catch(() => {});
        });
      })
      .catch((error) => console.warn("Event Portal: no offline copy:", error.message));
    workers.addEventListener("controllerchange", () => {
      if (reloading) location.reload();
    });
  }

  const documents = () => caches.open(DOCUMENTS);

  window.eventPortal = {
    /** Whether a new version of the portal waits for a reload. */
    updateWaiting: () => waiting !== null,

    /** Lets the waiting version take over; the page reloads when it has. */
    update() {
      if (!waiting) return location.reload();
      reloading = true;
      waiting.postMessage("skip-waiting");
    },

    /** Whether documents can be kept here (the Cache API needs a secure context). */
    canSave: () => "caches" in window && window.isSecureContext,

    /** The size in bytes of the saved copy of the document at `url`, or -1. */
    async savedBytes(url) {
      const response = await (await documents()).match(new URL(url, document.baseURI));
      if (!response) return -1;
      return Number(response.headers.get("content-length")) || (await response.blob()).size;
    },

    /** Downloads the document at `url` into the cache, calling `progress(received,
     * total)` as it arrives (total 0 when the server does not say); resolves to its
     * size in bytes. */
    async save(url, progress) {
      const address = new URL(url, document.baseURI);
      const response = await fetch(address, { cache: "no-cache" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const total = Number(response.headers.get("content-length")) || 0;
      const chunks = [];
      let received = 0;
      if (response.body) {
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.length;
          progress(received, total);
        }
      }
      const type = response.headers.get("content-type") || "application/octet-stream";
      const body = new Blob(chunks, { type });
      const kept = new Response(body, {
        headers: { "content-type": type, "content-length": String(body.size) },
      });
      await (await documents()).put(address, kept);
      // Ask the browser not to clear the saved documents under storage pressure.
      navigator.storage?.persist?.().catch(() => {});
      return body.size;
    },

    /** Removes the saved copy of the document at `url`. */
    async remove(url) {
      await (await documents()).delete(new URL(url, document.baseURI));
    },

    /** [bytes used, bytes available] by this site on this device, or [-1, -1]. */
    async usage() {
      const estimate = await navigator.storage?.estimate?.();
      return estimate ? [estimate.usage || 0, estimate.quota || 0] : [-1, -1];
    },
  };
})();
