/**
 * Functions that run inside the board page (through page.evaluate): they see only their
 * argument and the page's globals, so nothing here may use an import or outer variable
 * (types are fine: they are gone at run time).
 */

interface Viewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** What the canvas exposes for this bench (apps/web/src/board/canvas/BoardCanvas.tsx). */
interface KopaBoardHandle {
  model: { snapshot(): { objects: readonly unknown[] } };
  setViewport(viewport: Viewport): void;
}

export interface GestureArgs {
  kind: 'pan' | 'zoom';
  durationMs: number;
  /** The board point the gesture circles round (pan) or zooms about (zoom). */
  centre: { x: number; y: number };
  panZoom: number;
  /** Screen pixels: the radius of the pan's circle. */
  panRadius: number;
  zoomFrom: number;
  zoomTo: number;
}

export interface GestureResult {
  /** requestAnimationFrame timestamp deltas, ms. */
  intervals: number[];
  longTasks: { start: number; duration: number }[];
  /** Object elements in the DOM when the gesture started (the canvas re-culls only when a gesture pauses). */
  rendered: number;
}

/** The board's objects as the page's model has them, and how many are drawn (null: no canvas yet). */
export function boardState(): { objects: number; rendered: number } | null {
  const board = (window as unknown as { __kopaBoard?: KopaBoardHandle }).__kopaBoard;
  if (!board) return null;
  return { objects: board.model.snapshot().objects.length, rendered: document.querySelectorAll('[data-object-id]').length };
}

/** The viewport where a gesture starts (set before it, so the canvas can settle there first). */
export function startViewport(args: GestureArgs): Viewport {
  const canvas = document.querySelector<HTMLElement>('.board-canvas');
  if (!canvas) throw new Error('no .board-canvas on the page');
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const zoom = args.kind === 'pan' ? args.panZoom : args.zoomFrom;
  const viewport = { x: args.centre.x - width / zoom / 2, y: args.centre.y - height / zoom / 2, zoom, width, height };
  (window as unknown as { __kopaBoard: KopaBoardHandle }).__kopaBoard.setViewport(viewport);
  return viewport;
}

/**
 * Resolves once the canvas's DOM has had no changes for `quietMs` (the canvas culls and
 * re-renders a moment after a gesture ends); rejects after `timeoutMs`.
 */
export function untilQuiet({ quietMs, timeoutMs }: { quietMs: number; timeoutMs: number }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const target = document.querySelector('.board-canvas');
    if (!target) {
      reject(new Error('no .board-canvas on the page'));
      return;
    }
    let quietTimer = setTimeout(done, quietMs);
    const deadline = setTimeout(() => {
      observer.disconnect();
      clearTimeout(quietTimer);
      reject(new Error(`the canvas kept changing for ${timeoutMs} ms`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(done, quietMs);
    });
    observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(deadline);
      resolve();
    }
  });
}

/**
 * One scripted gesture, a new viewport every animation frame, as a pointer drag or a
 * pinch would give: a pan round a circle at a fixed zoom, or a zoom from `zoomFrom` to
 * `zoomTo` and back about the centre (even steps in log-zoom, eased). Collects the frame
 * intervals and the long tasks (main-thread work over 50 ms) while it runs.
 */
export function runGesture(args: GestureArgs): Promise<GestureResult> {
  const board = (window as unknown as { __kopaBoard?: KopaBoardHandle }).__kopaBoard;
  const canvas = document.querySelector<HTMLElement>('.board-canvas');
  if (!board || !canvas) return Promise.reject(new Error('the board canvas is not on the page'));
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const viewportAt = (elapsed: number): Viewport => {
    const turn = (2 * Math.PI * Math.min(elapsed, args.durationMs)) / args.durationMs;
    if (args.kind === 'pan') {
      const zoom = args.panZoom;
      // Starts at the centre and circles back to it.
      const dx = (args.panRadius * Math.sin(turn)) / zoom;
      const dy = (args.panRadius * (1 - Math.cos(turn))) / zoom;
      return { x: args.centre.x - width / zoom / 2 + dx, y: args.centre.y - height / zoom / 2 + dy, zoom, width, height };
    }
    const eased = (1 - Math.cos(turn)) / 2;
    const zoom = args.zoomFrom * Math.pow(args.zoomTo / args.zoomFrom, eased);
    return { x: args.centre.x - width / zoom / 2, y: args.centre.y - height / zoom / 2, zoom, width, height };
  };

  const rendered = document.querySelectorAll('[data-object-id]').length;
  const longTasks: { start: number; duration: number }[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask' });

  return new Promise<GestureResult>((resolve) => {
    const intervals: number[] = [];
    let started = -1;
    let last = -1;
    const frame = (now: number) => {
      if (started < 0) {
        started = now;
      } else {
        intervals.push(now - last);
      }
      last = now;
      const elapsed = now - started;
      if (elapsed >= args.durationMs) {
        // Long-task entries are queued after the task ends: collect them one task later.
        setTimeout(() => {
          record(observer.takeRecords());
          observer.disconnect();
          const from = started;
          resolve({
            intervals,
            longTasks: longTasks.filter((task) => task.start + task.duration >= from),
            rendered,
          });
        }, 0);
        return;
      }
      board.setViewport(viewportAt(elapsed));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
