// The event's first paint, from the published feed. Nothing of the event is written into
// the page when the portal is built: an organiser who uploads a new event.json sees its
// title here, and in the tab, on the next visit, with nothing rebuilt.
//
// The release build runs this in start-*.js, after src/web/offline.js and before the
// wasm is fetched (scripts/finish-dist.py). It reads the feed that index.html preloads,
// writes the event's title into the skeleton and the tab's title, and lends the same
// response to the portal (`eventPortal.takeFeed`, src/http.rs), so a visit downloads the
// feed once; on a page rendered at publish time it decides when the app takes the page
// over (`started`, below). Feed text is only ever set as text.
//
// The script is `async` (scripts/finish-dist.py): it runs as soon as it has arrived, while
// the page may still be arriving (a large programme's agenda is tens of KB of HTML), so that
// the rendered content is shown as it is parsed, not once all of it is. What it needs of
// the page's body waits for the parser (`withShell`, `parsed`); the head is there.
"use strict";
const firstFeed = fetch(new URL("event.json", document.baseURI));
const parsed =
  document.readyState === "loading"
    ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
    : Promise.resolve();
// Runs `change` on the rendered page's element: now if the parser has reached it, else
// once the page is parsed.
const withShell = (change) => {
  const shell = document.getElementById("shell");
  if (shell) change(shell);
  else parsed.then(() => document.getElementById("shell") && change(document.getElementById("shell")));
};
let feedTaken = false;
/** The response to the page's first request for the feed, once (null after): the
 * portal's first check reads it instead of asking again. `signal` abandons the wait. */
window.eventPortal.takeFeed = (signal) => {
  if (feedTaken) return null;
  feedTaken = true;
  return new Promise((resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason));
    firstFeed.then(resolve, reject);
  });
};
// A page rendered when the feed was published (src/render.rs) carries the feed's
// fingerprint: when the feed published now is another (an organiser uploaded a new
// event.json and rendered nothing), its content is not shown as fact but hidden, and
// the tab takes the published title, until the app, which replaces the page whole,
// shows the current feed. `current` says whether the rendered page is the feed's.
const rendered = document.querySelector("meta[name=event-portal-feed]")?.content;
// Should the app not start (its wasm blocked or broken fails the start script), what
// needs it is left out of the rendered page as without JavaScript (style/noscript.css):
// the page reads, and nothing on it is inert. (Another error before the app starts
// loads it too: harmless, its rules apply to the rendered page only.)
// A star tapped before the app runs is kept: pressed at once, and pressed in the app's
// page when it takes over (the same views: the same stars, in the same order).
const taps = new Map();
if (rendered) {
  addEventListener("error", () =>
    document.head.append(
      Object.assign(document.createElement("link"), { rel: "stylesheet", href: "noscript.css" }),
    ),
  );
  document.addEventListener("click", (event) => {
    const star = event.target.closest("#shell button.star");
    if (!star) return;
    const pressed = star.ariaPressed !== "true";
    star.ariaPressed = pressed;
    taps.set([...document.querySelectorAll("#shell button.star")].indexOf(star), pressed);
  });
  const replay = new MutationObserver(() => {
    if (document.getElementById("shell")) return;
    replay.disconnect();
    setTimeout(() => {
      const stars = document.querySelectorAll("main button.star");
      for (const [at, pressed] of taps) {
        if (stars[at] && (stars[at].ariaPressed === "true") !== pressed) stars[at].click();
      }
    });
  });
  parsed.then(() => replay.observe(document.body, { childList: true }));
}
let act;
const acted = new Promise((resolve) => (act = resolve));
for (const type of ["click", "keydown"])
  addEventListener(
    type,
    (event) =>
      // A link followed leaves the page: no app to start for it.
      (type === "keydown" || !event.target.closest?.("a[href]:not([download])")) &&
      requestAnimationFrame(() => setTimeout(act)),
    { passive: true },
  );
const hideRendered = () =>
  withShell((shell) => {
    shell.classList.add("stale");
    shell.setAttribute("aria-busy", "true");
  });
const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase();
// The language the visitor reads, as far as it is known before the feed: the one they
// chose, else their browser's first that the portal has. A page rendered in another
// (the event's first) is hidden too, so that it never shows before the app shows the
// visitor's own (src/i18n/mod.rs, `negotiate`).
let chosen = null;
try {
  chosen = localStorage.getItem("event-portal/language");
} catch (_) {}
const known = [chosen, ...navigator.languages]
  .filter((tag) => typeof tag === "string")
  .map(primary)
  .find((tag) => ["ar", "en", "es", "fr", "ru", "zh"].includes(tag));
const otherLanguage = rendered && known && known !== document.documentElement.lang;
// The not-found page (404.html) is what a static host answers every address with that has
// no file: a session, a speaker or a day with no page of its own (added to the feed since the
// pages were rendered, or an id that names no file) is the app's to show, not "not
// found", so there the page is hidden too until the app has looked.
// (It is the one rendered page marked noindex, in its head.)
const entry =
  document.querySelector("meta[name=robots][content=noindex]") &&
  /^(agenda|speakers|agenda\/day)\/[^/]+\/?$/.test(
    location.pathname.slice(new URL(document.baseURI).pathname.length),
  );
if (otherLanguage || entry) {
  hideRendered();
  // The app normally replaces it within a second or two; should it never start (its
  // wasm blocked, or too old a browser), the page in the event's language (or the
  // not-found page, with its way home) is better than none, unless the feed has moved
  // on since.
  setTimeout(async () => {
    const shell = document.getElementById("shell");
    if (shell && (await current)) {
      shell.classList.remove("stale");
      shell.removeAttribute("aria-busy");
    }
  }, 6000);
}
const current = rendered
  ? firstFeed
      .then((response) => (response.ok ? response.clone().arrayBuffer() : null))
      .then(async (bytes) => {
        // No answer: the rendered page is the last known, and stays.
        if (!bytes) return true;
        const digest = crypto.subtle
          ? new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))
          : [];
        const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
        if (hex === rendered) return true;
        hideRendered();
        return false;
      })
      .catch(() => true)
  : Promise.resolve(false);
// Until then the page is not shown (style/main.css, `.current`): never an old feed's
// content painted first and hidden after.
current.then((yes) => yes && withShell((shell) => shell.classList.add("current")));
const titled = firstFeed
  .then((response) => (response.ok ? response.clone().json() : null))
  .then(async (feed) => {
    const event = feed?.event;
    const languages = (event?.languages || []).filter((tag) => typeof tag === "string");
    // The visitor's language as the portal will choose it: `known`, else the event's
    // first, else English.
    const reader = [known, languages[0], "en"]
      .filter((tag) => typeof tag === "string")
      .map(primary)
      .find((tag) => ["ar", "en", "es", "fr", "ru", "zh"].includes(tag));
    // A feed text, a string or one per language, picked as the portal picks it
    // (src/feed/text.rs, `Text::pick`): for each wanted language the exact tag, then the
    // same primary language; failing all, the first.
    const pick = (value) => {
      if (typeof value === "string") return [value, languages[0]];
      const entries = Object.entries(value || {}).filter(([, t]) => typeof t === "string");
      for (const wanted of [reader, ...languages]) {
        const found =
          entries.find(([tag]) => tag.toLowerCase() === wanted.toLowerCase()) ||
          entries.find(([tag]) => primary(tag) === primary(wanted));
        if (found) return [found[1], found[0]];
      }
      return entries[0] ? [entries[0][1], entries[0][0]] : ["", undefined];
    };
    const [text, language] = pick(event?.title);
    const title = text.trim();
    if (!title || (rendered && !otherLanguage && !entry && (await current))) return;
    await parsed;
    const line = document.querySelector("#shell .shell-title");
    document.title = title;
    if (!line) return;
    line.textContent = title;
    if (language) line.lang = language;
    line.dir = "auto";
    line.hidden = false;
    // The title takes the skeleton's place in the same frame: nothing on screen moves.
    for (const skeleton of document.querySelectorAll("#shell .skeleton-line")) skeleton.remove();
  })
  .catch(() => {});
// The title is the first paint's largest text (Lighthouse's LCP): let it paint before
// 200 KB of wasm share the line with it, but never hold the portal back for long (a
// stored copy of the feed may show sooner than a slow network answers).
// A rendered page has its content already: nothing to wait for.
if (!rendered) await Promise.race([titled, new Promise((resolve) => setTimeout(resolve, 500))]);
// The app takes over the page once it is whole.
await parsed;
// A rendered page that is current, in the visitor's language and as a first-time visitor
// sees it (no stars or time-zone choice of theirs to show, no filter in its address), with
// its clock still right (`event-portal-until`, src/agenda/mod.rs `unchanged_until`), is
// the app's page already: reading it needs no app. The wasm is fetched and compiled as
// before (compiling is off the main thread), and the app starts at the visitor's first
// click or key (`acted`, after the page has shown what the click did), or once the page
// has been left alone for five seconds (then in the browser's idle time), or when its
// clock moves on, whichever comes first. Anything else starts it at once.
const stored = (() => {
  try {
    return Object.keys(localStorage).some(
      (key) =>
        (key.startsWith("event-portal/starred/") && localStorage.getItem(key).trim()) ||
        (key === "event-portal/zone" && localStorage.getItem(key) === "own"),
    );
  } catch (_) {
    return false;
  }
})();
const until = Number(document.querySelector("meta[name=event-portal-until]")?.content || Infinity);
const started = (async () => {
  const plain =
    rendered && !otherLanguage && !entry && !stored && !location.search && (await current);
  const left = plain ? until * 1000 - Date.now() : 0;
  if (left > 0)
    await Promise.race([
      acted,
      new Promise((start) =>
        setTimeout(() => (window.requestIdleCallback || setTimeout)(start, { timeout: 1000 }), Math.min(5000, left)),
      ),
    ]);
})();
// The wasm (`request` fetches it) and its glue are asked for once a rendered page's
// content is on screen, after the frame that paints it: their 210 KB do not share a slow
// line with the feed the page waits for (the largest paint came after them in
// Lighthouse's model, and Lighthouse counts any request begun before that paint was on
// screen). A feed that never answers holds them back 3 s at most, as it holds back the
// page. On screen: the browser's report of the largest paint after the page was shown
// (it is shown once parsed too, `withShell`), else two frames (a frame is on screen
// only when the next one starts), and a second at most.
const painted = Promise.race([current, new Promise((late) => setTimeout(late, 3000))]).then(
  async (shows) => {
    // A page hidden (stale, in another language, a not-found page to look at again) is
    // the app's to show at once.
    if (!shows || otherLanguage || entry) return;
    await parsed;
    const shownAt = performance.now();
    await new Promise((shown) => {
      setTimeout(shown, 1000);
      if (PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint"))
        new PerformanceObserver((list) =>
          list.getEntries().some((paint) => paint.startTime >= shownAt) && setTimeout(shown),
        ).observe({ type: "largest-contentful-paint", buffered: true });
      else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(shown)));
    });
  },
);
let wasmReady;
window.eventPortal.appWasm = (request) => {
  const response = painted.then(request);
  const compiled = response.then((answer) =>
    (answer.headers.get("content-type") || "").startsWith("application/wasm")
      ? WebAssembly.compileStreaming(answer)
      : answer.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)),
  );
  wasmReady = Promise.all([compiled, started]).then(([module]) => module);
  return wasmReady;
};
// The glue (asked for after the wasm): fetched then by a modulepreload with its integrity
// (scripts/finish-dist.py took the page's own out of its head), and imported, which uses
// what the preload fetched, only when the app starts (evaluating it is main-thread
// work). A wasm that fails fails it at once, and with it the start script (noscript.css,
// above).
window.eventPortal.appGlue = (url, integrity) =>
  painted
    .then(() =>
      document.head.append(
        Object.assign(document.createElement("link"), {
          rel: "modulepreload",
          href: url,
          integrity,
          crossOrigin: "anonymous",
        }),
      ),
    )
    .then(() => wasmReady)
    .then(() => import(url));
// A day's published page (agenda/day/2019-04-02, where the rendered day tabs lead a reader
// without JavaScript) is the app's agenda?day=2019-04-02: the address says so before it
// starts (the app has no route of its own for it).
const day = location.pathname
  .slice(new URL(document.baseURI).pathname.length)
  .match(/^agenda\/day\/([^/]+)\/?$/);
if (day) history.replaceState(history.state, "", `agenda?day=${day[1]}${location.search.replace("?", "&")}`);
