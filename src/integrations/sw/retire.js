/**
 * Retires the guide's offline service worker: published as `sw.js` (build with
 * OFFLINE=off), it replaces the worker on each reader's next visit, deletes the
 * guide's caches and unregisters itself. Open pages keep working from the network.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('guide-') || key.startsWith('workbox-')) await caches.delete(key);
      await self.registration.unregister();
    })(),
  );
});
