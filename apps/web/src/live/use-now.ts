import { useEffect, useState } from 'react';

/** This device's clock, ticking every `intervalMs` while `running` (countdowns, slow mode); still otherwise. */
export function useNow(running: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    // Right away as well: the last tick may be long ago when the clock starts again.
    const first = window.setTimeout(() => setNow(Date.now()), 0);
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [running, intervalMs]);
  return now;
}
