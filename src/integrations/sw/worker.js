/* global CONFIG */
/**
 * The guide's offline service worker (CONFIG is prepended by the build, see
 * src/integrations/service-worker.ts). Rules:
 *
 * - Pages: network first, so a reader online always gets the current deploy; the
 *   copy kept by this worker is the offline fallback.
 * - Everything else a page loads comes from the cache of the page's own build
 *   (each build has its own cache, `guide-<build>`), else the network: a page never
 *   mixes two builds. A page whose build is not known yet is served network-first.
 * - Install never fails because one file could not be fetched or stored (it is then
 *   fetched when needed), so an update is never stuck behind the old worker.
 * - A new worker waits until the reader agrees to reload (the page offers it), or
 *   until a page of its own build asks it to take over.
 */
const PREFIX = 'guide-';
const CACHE = `${PREFIX}${CONFIG.build}`;
const BUILD_META = /<meta name="guide-build" content="([\w-]+)"/;
/** Which build each open page (client) is from, learnt from its HTML or its hello. */
const clientBuilds = new Map();

/** The cache key of a page: its folder address, without query or `index.html`. */
function pageKey(href) {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/index.html')) url.pathname = url.pathname.slice(0, -'index.html'.length);
  return url.href;
}

/** Fetches and stores `urls` in this build's cache, four at a time; never throws. */
async function store(urls) {
  const cache = await caches.open(CACHE);
  const queue = [...urls];
  const failed = [];
  let quotaExceeded = false;
  const next = async () => {
    while (queue.length > 0 && !quotaExceeded) {
      const url = queue.shift();
      try {
        if (await cache.match(url)) continue;
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${response.status}`);
        const body = response.redirected ? await response.blob() : null;
        await cache.put(url, body ? new Response(body, { headers: response.headers }) : response);
      } catch (error) {
        if (error && error.name === 'QuotaExceededError') quotaExceeded = true;
        else failed.push(url);
      }
    }
  };
  await Promise.all([next(), next(), next(), next()]);
  return { failed, quotaExceeded };
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    store(CONFIG.precache).then(({ failed, quotaExceeded }) => {
      if (failed.length > 0)
        console.warn(`Offline copy: ${failed.length} files not saved; they load from the network.`);
      if (quotaExceeded)
        console.warn('Offline copy: the browser gave this site too little storage; pages load from the network.');
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Keep this build's cache and the one before it (pages of it may still be open).
      const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      await Promise.all(older.slice(0, -1).map((key) => caches.delete(key)));
      opened.clear();
      // Workbox caches of earlier versions of this worker.
      for (const key of await caches.keys()) if (key.startsWith('workbox-')) await caches.delete(key);
      await self.clients.claim();
      // The pages open when the first worker arrives were loaded without it: keep them too.
      if (!CONFIG.whole) {
        const known = new Set(CONFIG.pages.map((href) => new URL(href, self.location.href).href));
        const open = await self.clients.matchAll({ type: 'window' });
        await store(open.map((client) => pageKey(client.url)).filter((href) => known.has(href)));
      }
    })(),
  );
});

const opened = new Map();
/** The saved copy of `href` (its query ignored) from a build's cache, if there is one. */
async function fromBuild(build, href) {
  const name = `${PREFIX}${build}`;
  if (!opened.has(name)) {
    if (!(await caches.has(name))) return undefined;
    opened.set(name, await caches.open(name));
  }
  // Saved files have no query; an exact match is much faster than `ignoreSearch`.
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return opened.get(name).match(url.href);
}

/** Keeps a page fetched from the network, if it is of this worker's build. */
async function keepPage(response, key, clientId) {
  const text = await response.text();
  const build = BUILD_META.exec(text)?.[1];
  if (clientId && build) clientBuilds.set(clientId, build);
  if (build !== CONFIG.build) return;
  try {
    const cache = await caches.open(CACHE);
    await cache.put(key, new Response(text, { status: 200, headers: response.headers }));
  } catch {
    // Out of storage: the page still works online.
  }
}

function offlinePage() {
  const home = CONFIG.base;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline | ${CONFIG.title}</title></head><body><main><h1>You are offline</h1><p>This page has not been saved on this device yet. Pages you have opened before, and the whole guide if you saved it, still work.</p><p><a href="${home}">Home</a> · <a href="${home}reference/offline/">Reading offline</a></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function page(event) {
  const key = pageKey(event.request.url);
  try {
    const response = await fetch(event.request);
    if (response.ok && (response.headers.get('Content-Type') ?? '').includes('text/html'))
      event.waitUntil(keepPage(response.clone(), key, event.resultingClientId));
    return response;
  } catch {
    for (const build of [CONFIG.build, ...(await previousBuilds())]) {
      const cached = await fromBuild(build, key);
      if (cached) {
        if (event.resultingClientId) clientBuilds.set(event.resultingClientId, build);
        return cached;
      }
    }
    return offlinePage();
  }
}

async function previousBuilds() {
  return (await caches.keys())
    .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
    .map((key) => key.slice(PREFIX.length))
    .reverse();
}

/** Worker script address → the build of the page that started it (for a script that searches in a worker; the guide's search runs in the page today). */
const workerScripts = new Map();

/** The build of the page (or of the page behind a dedicated worker) that made a request. */
async function buildOf(clientId) {
  const known = clientBuilds.get(clientId);
  if (known || !clientId) return known;
  const client = await self.clients.get(clientId);
  const build = client && client.type === 'worker' ? workerScripts.get(client.url) : undefined;
  if (build) clientBuilds.set(clientId, build);
  return build;
}

async function subresource(event) {
  const { request } = event;
  const build = await buildOf(event.clientId);
  if (build && request.destination === 'worker') workerScripts.set(request.url, build);
  if (build === undefined) {
    try {
      return await fetch(request);
    } catch {
      return (await fromBuild(CONFIG.build, request.url)) ?? Response.error();
    }
  }
  const cached = await fromBuild(build, request.url);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (url.pathname !== `${CONFIG.base}sw.js`) event.respondWith(subresource(event));
});

/** How much of the guide this device holds, for the offline page. */
async function status() {
  const cache = await caches.open(CACHE);
  const saved = new Set((await cache.keys()).map((request) => request.url));
  const estimate = (await self.navigator.storage?.estimate?.()) ?? {};
  return {
    build: CONFIG.build,
    whole: CONFIG.whole,
    pages: CONFIG.pages.length,
    pagesSaved: CONFIG.pages.filter((href) => saved.has(new URL(href, self.location.href).href)).length,
    pagesBytes: CONFIG.pagesBytes,
    quota: estimate.quota ?? null,
    usage: estimate.usage ?? null,
  };
}

/** Whether a page asked this worker (since it last started) to take over: for diagnostics. */
let takeOverAsked = false;
/** Take over as soon as the browser lets the old worker go (when it has no work left). */
function takeOver(event) {
  takeOverAsked = true;
  event.waitUntil(self.skipWaiting());
}

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const reply = (message) => event.ports[0]?.postMessage(message);
  if (data.type === 'guide:hello' && typeof data.build === 'string' && event.source?.id)
    clientBuilds.set(event.source.id, data.build);
  else if (data.type === 'guide:build') reply({ build: CONFIG.build, takeOverAsked });
  // A page of this worker's build: take over. Any other page offers the reader a reload.
  else if (data.type === 'guide:take-over') {
    reply({ build: CONFIG.build });
    if (data.build === CONFIG.build) takeOver(event);
  }
  // The reader agreed to reload (pages of earlier deploys also send this after asking the build).
  else if (data.type === 'guide:activate') takeOver(event);
  else if (data.type === 'guide:status') event.waitUntil(status().then(reply));
  else if (data.type === 'guide:save-all')
    event.waitUntil(
      store(CONFIG.pages.map((href) => new URL(href, self.location.href).href)).then(async (result) =>
        reply({ ...result, ...(await status()) }),
      ),
    );
});
