import { useEffect, useRef } from 'react';

const FIRST_DELAY_MS = 2_000;
const LONGEST_DELAY_MS = 30_000;

/**
 * While something could not load for a passing reason (no network, the server unwell),
 * tries again by itself: when the browser is back online, and every few seconds while it
 * thinks it is online (the Wi-Fi may be back before the server answers), waiting longer
 * each time. Pupils should not have to notice, or find a button.
 */
export function useRetryWhenBack(failedForNow: boolean, retry: () => void): void {
  const latest = useRef(retry);
  useEffect(() => {
    latest.current = retry;
  }, [retry]);
  useEffect(() => {
    if (!failedForNow) return;
    let delay = FIRST_DELAY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const again = () => {
      timer = setTimeout(() => {
        if (navigator.onLine !== false) latest.current();
        delay = Math.min(delay * 2, LONGEST_DELAY_MS);
        again();
      }, delay);
    };
    const online = () => latest.current();
    window.addEventListener('online', online);
    again();
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(timer);
    };
  }, [failedForNow]);
}
