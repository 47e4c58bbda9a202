// The course's service worker. Not run by Node: scripts/precache.mjs copies it to out/sw.js after
// the build, with the list of files to keep ([URL, content hash] pairs) in place of the placeholder.
//
// - Pages: network first, the precached copy when the network fails or is slower than
//   NETWORK_TIMEOUT_MS. A learner online always gets the page as deployed, never a stale one kept
//   forever; offline, the copy from their last visit.
// - Every other listed file (scripts, styles, font, icons, search index): from the cache. Each is
//   tied by its hash to the pages of the same build, so a cached copy is never out of date with them.
// - Next's RSC payloads (client-side navigation): network; offline, an empty 204 answer, on which
//   Next loads the page as a document instead, and that comes from the cache. Its HEAD checks
//   before a prefetch: network, else the kept page's headers.
// - The Python runtime (/pyodide/<version>/, 6 MB): never precached, since most readers never press
//   Run. The first Run fetches it through here and it is kept in a cache of its own, from which
//   every later Run (and every Run offline) is served. A version's files never change (the version
//   is in the path); an activating worker drops other versions' files.
// A new build installs beside the running one and waits: the page offers a reload (message
// SKIP_WAITING), so open tabs never mix scripts of two builds.

const PRECACHE = self.__PRECACHE_MANIFEST__;
const PYODIDE_PREFIX = self.__PYODIDE_PREFIX__;
const CACHE = 'scale-to-zero-precache';
const RUNTIME_CACHE = 'scale-to-zero-python';
const NETWORK_TIMEOUT_MS = 3000;
// Downloads at a time during install: enough to finish fast, few enough to leave the page its connections.
const PARALLEL_DOWNLOADS = 6;

// A file's cache key carries its hash, so a new build downloads only the files that changed.
const keys = new Map(PRECACHE.map(([url, revision]) => [url, `${url}?rev=${revision}`]));
const wanted = new Set(keys.values());

const pathAndQuery = (url) => {
  const { pathname, search } = new URL(url);
  return pathname + search;
};

async function precache() {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => pathAndQuery(request.url)));
  const missing = [...keys].filter(([, key]) => !have.has(key));
  let next = 0;
  const download = async () => {
    while (next < missing.length) {
      const [url, key] = missing[next++];
      // Hashed build files may come from the HTTP cache; anything else is revalidated with the server.
      const response = await fetch(url, { cache: url.startsWith('/_next/static/') ? 'default' : 'no-cache' });
      // One failure fails the install: a half-kept course must not announce itself as available offline.
      if (!response.ok) throw new Error(`Could not keep ${url} for offline use: HTTP ${response.status}`);
      await cache.put(key, response.redirected ? await unredirected(response) : response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, download));
}

// A redirected response may not answer a navigation; keep its body and headers only.
async function unredirected(response) {
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function dropOtherBuilds() {
  const cache = await caches.open(CACHE);
  const stale = (await cache.keys()).filter((request) => !wanted.has(pathAndQuery(request.url)));
  await Promise.all(stale.map((request) => cache.delete(request)));
}

const fromCache = async (key) => (await caches.open(CACHE)).match(key);

// A worker's location is the URL of the response that started it, and a kept response carries its
// cache key's URL. Turbopack hands a worker its chunk list in the #fragment of the URL it asked
// for, so from the cache the worker lost it ("Missing worker bootstrap config"). A response made
// here has no URL of its own: the worker keeps the one it asked for.
const withoutUrl = (r) => new Response(r.body, { status: r.status, statusText: r.statusText, headers: r.headers });
async function dropOtherPythonVersions() {
  const cache = await caches.open(RUNTIME_CACHE);
  const stale = (await cache.keys()).filter((request) => !new URL(request.url).pathname.startsWith(PYODIDE_PREFIX));
  await Promise.all(stale.map((request) => cache.delete(request)));
}

async function pythonRuntime(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  // Only a whole file: a partial or failed answer kept here would break every later Run.
  if (response.status === 200) await cache.put(request.url, response.clone());
  return response;
}

async function page(request, key) {
  const network = fetch(request);
  // When the timeout wins, a later network failure is expected, not an error to report.
  network.catch(() => undefined);
  try {
    const response = await Promise.race([
      network,
      new Promise((_, reject) => setTimeout(() => reject(new Error('slow network')), NETWORK_TIMEOUT_MS)),
    ]);
    // A host that is down answers 5xx: the kept copy is better than an error page.
    if (response.status < 500) return response;
  } catch {
    // Offline or slow: fall through to the kept copy.
  }
  return (await fromCache(key)) ?? network;
}

async function flight(request) {
  try {
    return await fetch(request);
  } catch {
    return new Response(null, { status: 204 });
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  // The first install takes the open pages at once, so the first visit already works offline.
  event.waitUntil(Promise.all([dropOtherBuilds(), dropOtherPythonVersions()]).then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// Next checks that a page exists with a HEAD request before prefetching it (hover, focus).
async function head(request, key) {
  try {
    return await fetch(request);
  } catch {
    const cached = await fromCache(key);
    if (!cached) throw new Error(`offline, and ${request.url} is not kept`);
    return new Response(null, { status: cached.status, headers: cached.headers });
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = keys.get(url.pathname);
  if (request.method === 'HEAD') {
    if (key) event.respondWith(head(request, key));
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.startsWith(PYODIDE_PREFIX)) {
    event.respondWith(pythonRuntime(request));
  } else if (request.mode === 'navigate') {
    if (key) event.respondWith(page(request, key));
  } else if (key) {
    event.respondWith(fromCache(key).then((cached) => (cached && request.destination === 'worker' ? withoutUrl(cached) : (cached ?? fetch(request)))));
  } else if (request.headers.get('RSC') === '1') {
    event.respondWith(flight(request));
  }
});
