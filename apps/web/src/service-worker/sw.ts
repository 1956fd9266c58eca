/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { INTL_CACHE, OFFLINE_CACHES, OFFLINE_NOT_CACHED, SW_MESSAGES } from './offline-caches';

/**
 * Kopa's service worker: the app opens with no connection at all.
 * - The app shell (HTML, every JS and CSS chunk, icons) is precached at install, so the
 *   editor and the board open offline too, not only the page first visited.
 * - GET /api answers come from the network, and from the last copy when the network is
 *   gone or too slow: the items a pupil visited reopen offline. Their text comes from the
 *   device's own copy of each document (IndexedDB), not from here.
 * - Pictures (/files, immutable) are kept once seen.
 * The sync (/yjs) and control (/socket.io) channels are WebSockets, never touched here.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every page path is the app: serve the precached index.html, so a reload works offline.
// Not the server's own pages: the API, pictures, the sync and control channels, the public showcase.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/files\//, /^\/yjs/, /^\/socket\.io/, /^\/showcase(\/|$)/] }));

registerRoute(
  // The app's own JSON calls only: downloads (exports) and pages opened from a link go straight to the network.
  ({ url, request }) =>
    url.origin === self.location.origin && url.pathname.startsWith('/api/') && request.method === 'GET' && request.mode !== 'navigate',
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.api,
    // Weak Wi-Fi: after a few seconds without an answer, the last copy is better than a spinner.
    networkTimeoutSeconds: 6,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 3600 }),
      {
        // Kept only when it is JSON: a backup's zip or a picture's bytes do not belong in this cache.
        cacheWillUpdate: async ({ response }) => (response.headers.get('content-type')?.includes('application/json') ? response : null),
        handlerDidError: async () => notCachedResponse(),
      },
    ],
  }),
);

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith('/files/') && request.method === 'GET',
  new CacheFirst({
    cacheName: OFFLINE_CACHES.files,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })],
  }),
);

// Date and number formats for a language the browser lacks (i18n/intl-polyfills.ts): not precached, since
// only those browsers fetch them, but kept once fetched, so the next visit works offline too. Their names
// carry a hash: a kept file is never stale. Not the user's data: logging out leaves them.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && /^\/assets\/intl-polyfill-[^/]+\.js$/.test(url.pathname) && request.method === 'GET',
  new CacheFirst({
    cacheName: INTL_CACHE,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 60 })],
  }),
);

// Logging out on a shared school laptop: the next pupil must not find this one's pages.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type !== SW_MESSAGES.clearUserData) return;
  event.waitUntil(
    Promise.all(Object.values(OFFLINE_CACHES).map((name) => caches.delete(name))).then(() => event.ports[0]?.postMessage('cleared')),
  );
});

/** Offline, and this was never fetched on this device: say so in the API's own error shape. */
function notCachedResponse(): Response {
  return new Response(JSON.stringify({ error: 'Not available offline on this device yet.', code: OFFLINE_NOT_CACHED }), {
    status: 503,
    headers: { 'content-type': 'application/json' },
  });
}
