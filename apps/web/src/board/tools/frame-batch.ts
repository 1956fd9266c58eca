/**
 * Runs `flush` at most once per animation frame: pointer events come faster than
 * the screen draws, and each flush is one Yjs transaction sent to everyone.
 */
export function createFrameBatch(flush: () => void) {
  let frame = 0;
  return {
    schedule() {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          flush();
        });
      }
    },
    /** At the end of a gesture: what is pending goes out now. */
    flushNow() {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      flush();
    },
  };
}
