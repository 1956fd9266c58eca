import { useEffect, useRef } from 'react';

/** Runs `onOnline` when the browser is back online: what changed meanwhile (rights, a lock) is fetched again. */
export function useBackOnline(onOnline: () => void): void {
  const latest = useRef(onOnline);
  useEffect(() => {
    latest.current = onOnline;
  }, [onOnline]);
  useEffect(() => {
    const handler = () => latest.current();
    window.addEventListener('online', handler);
    return () => window.removeEventListener('online', handler);
  }, []);
}
