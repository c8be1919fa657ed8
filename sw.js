// Partnership Pulse service worker: keeps the app's own files so it opens offline after the
// first visit. Same-origin GET requests only; nothing is ever fetched from elsewhere.
const CACHE = 'partnership-pulse-v1';

// The page and every file it names (Trunk gives them content-hashed names, so they are read from
// the page rather than listed here).
async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'reload' });
  const html = await page.clone().text();
  await cache.put('./', page);
  const named = [...html.matchAll(/(?:href|src)="([^"]+)"|'([^']+\.(?:js|wasm))'/g)]
    .map((match) => match[1] || match[2])
    .filter((url) => !/^(?:[a-z]+:|\/\/)/i.test(url));
  await cache.addAll([...new Set(named)]);
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
    // Pages: the network first, so a new release is picked up; the cached page when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./')),
    );
    return;
  }
  // Scripts, wasm, styles and icons have content hashes in their names: the cache first.
  event.respondWith(
    caches.match(request).then(
      (cached) =>
        cached ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
