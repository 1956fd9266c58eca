import { SW_MESSAGES } from './offline-caches';

/**
 * Registers the service worker in the built app (never in `vite dev`, where it would
 * serve stale modules). After the page has loaded, so it never competes with the first paint.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it Kopa still works online; only the offline reopen is missing.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Forgets the pages and pictures kept for offline use (on logout). Resolves when done, or at once without a worker. */
export async function clearOfflineCaches(): Promise<void> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return;
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage({ type: SW_MESSAGES.clearUserData }, [channel.port2]);
    // A worker that does not answer must not hold up logging out.
    setTimeout(resolve, 2000);
  });
}
