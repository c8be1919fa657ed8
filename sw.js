// Partnership Pulse service worker: keeps the app's own files so it opens offline after the
// first visit. Same-origin GET requests only; nothing is ever fetched from elsewhere.
const CACHE = 'partnership-pulse-v3';

// Written into the built copy from the build's one naming rule and manifest
// (scripts/build/service-worker.mjs): a name made from the file's content (`app-0123456789abcdef.css`,
// `boot-…js`, `…_bg.wasm`) holds what never changes, so the cache may answer first; and the files
// the survey page loads, kept when the worker installs.
// (Here it matches nothing and keeps nothing, until the build writes them in.)
const HASHED = /(?!)/;
const PRECACHE = [];

// Each page is kept under its own address (without query or fragment; a folder address counts as
// its index.html), so a page opened offline is always that page: never the dashboard in place of
// the survey on a shared workshop device.
function pageKey(url) {
  const address = new URL(url, self.location.href);
  address.search = '';
  address.hash = '';
  if (address.pathname.endsWith('/')) address.pathname += 'index.html';
  return address.href;
}

// The survey page and every file it loads, as the build listed them.
async function precache() {
  const cache = await caches.open(CACHE);
  // Revalidated, not fetched again: the page a first visit just loaded comes from the browser's
  // cache once the server says it has not changed.
  const page = await fetch('./', { cache: 'no-cache' });
  await cache.put(pageKey('./'), page);
  await cache.addAll(PRECACHE);
}

// Content-named files that no kept page names any more are an earlier release's: they go, so a
// device does not keep every release it ever ran.
async function pruneEarlierReleases(cache) {
  const entries = await cache.keys();
  const named = new Set();
  for (const entry of entries.filter((request) => !HASHED.test(new URL(request.url).pathname))) {
    const kept = await cache.match(entry);
    if (!kept || !(kept.headers.get('content-type') || '').includes('text/html')) continue;
    for (const match of (await kept.text()).matchAll(/(?:href|src)="([^"]+)"/g)) {
      named.add(new URL(match[1], entry.url).pathname);
    }
  }
  const stale = entries.filter((request) => {
    const path = new URL(request.url).pathname;
    return HASHED.test(path) && !named.has(path);
  });
  await Promise.all(stale.map((request) => cache.delete(request)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a new release is picked up; the same page from the cache when
    // offline, or the browser's own offline error when this page was never visited.
    const key = pageKey(request.url);
    // A page from the network is kept, and then an earlier release's files are let go.
    let kept = Promise.resolve();
    const fetched = fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        kept = caches.open(CACHE).then(async (cache) => {
          await cache.put(key, copy);
          await pruneEarlierReleases(cache);
        });
      }
      return response;
    });
    event.respondWith(fetched.catch(() => caches.match(key).then((cached) => cached || Response.error())));
    event.waitUntil(fetched.then(() => kept).catch(() => {}));
    return;
  }
  const keep = (response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  };
  if (HASHED.test(new URL(request.url).pathname)) {
    // Scripts, wasm and styles named by their content: the cache first.
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request).then(keep)));
    return;
  }
  // Anything else (icons, the manifest) may change under the same name: the network first, so a
  // new release is never held back by an earlier one; the cache when offline.
  event.respondWith(
    fetch(request)
      .then(keep)
      .catch(() => caches.match(request).then((cached) => cached || Response.error())),
  );
});
