/**
 * What runs inside the page. These functions are serialised by Playwright, so they use
 * nothing from outside their own bodies (tsx's `__name` helper is shimmed by the caller).
 */

/** What "the page is there" means, per page. */
export type ReadySpec =
  /** The login form with its password field and its button. */
  | { kind: 'login' }
  /** The home page's main content: the greeting, the partnership's timeline, the "Your spaces" list showing `itemTitle`. */
  | { kind: 'home'; itemTitle: string }
  /** The editor is writable (contenteditable="true") and shows `text` (the stored document's last paragraph). */
  | { kind: 'document'; text: string };

export interface LongTask {
  start: number;
  end: number;
}

export interface KeyTiming {
  /** The key event's timestamp (when the browser received it), ms since navigation start. */
  arrival: number;
  /** When the first keydown listener (ours, capturing on window) ran. */
  handlerStart: number;
  /** After the next frame was produced: a message posted from that frame's requestAnimationFrame. */
  frameDone: number;
}

export interface EventEntry {
  name: string;
  start: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface ProbeState {
  /** When the ready condition first held, at the animation frame that paints it (ms since navigation start). */
  readyAt: number | null;
  longTasks: LongTask[];
  keys: KeyTiming[];
  /** Event Timing entries (≥ 16 ms, the API's lowest threshold) for key and input events. */
  events: EventEntry[];
  /** Starts watching for another ready condition (the home page after logging in through the form). */
  watch(spec: ReadySpec): void;
}

/** Installed before any of the page's scripts run (addInitScript). */
export function installProbe(initial: ReadySpec | null): void {
  type Probe = ProbeState & { spec: ReadySpec | null; pending: boolean };
  const state: Probe = {
    readyAt: null,
    longTasks: [],
    keys: [],
    events: [],
    spec: null,
    pending: false,
    watch(spec) {
      state.spec = spec;
      state.readyAt = null;
      state.pending = false;
      check();
    },
  };
  (window as unknown as { __kopaLoad: Probe }).__kopaLoad = state;

  const holds = (spec: ReadySpec): boolean => {
    if (spec.kind === 'login') {
      return document.querySelector('form.login__form input[name="password"]') !== null && document.querySelector('form.login__form button[type="submit"]') !== null;
    }
    if (spec.kind === 'home') {
      if (!document.getElementById('spaces-heading') || !document.querySelector('.home__greeting') || !document.querySelector('.timeline')) return false;
      return Array.from(document.querySelectorAll('.space-card .item-link__title')).some((title) => title.textContent === spec.itemTitle);
    }
    const editor = document.querySelector('.editor-surface__content[contenteditable="true"]');
    return editor !== null && (editor.textContent ?? '').includes(spec.text);
  };
  function check() {
    const spec = state.spec;
    if (!spec || state.pending || state.readyAt !== null || !holds(spec)) return;
    state.pending = true;
    // The frame that paints what was just found.
    requestAnimationFrame(() => {
      if (state.spec === spec) state.readyAt = performance.now();
    });
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the quiet window sees no tasks
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (!/^key|input$|^beforeinput$/.test(entry.name)) continue;
        state.events.push({
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
          interactionId: (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // no Event Timing API
  }

  // Each keystroke: from the key's arrival to just after the next frame that can show it.
  window.addEventListener(
    'keydown',
    (event) => {
      const arrival = event.timeStamp;
      const handlerStart = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.keys.push({ arrival, handlerStart, frameDone: performance.now() });
          channel.port1.close();
        };
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );

  if (initial) state.watch(initial);
}

/** What the Node side polls. */
export function readProbe(): { now: number; readyAt: number | null; longTasks: LongTask[]; fcp: number | null; keys: number } {
  const state = (window as unknown as { __kopaLoad: ProbeState }).__kopaLoad;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  return { now: performance.now(), readyAt: state.readyAt, longTasks: state.longTasks, fcp, keys: state.keys.length };
}

export function watchFor(spec: ReadySpec): void {
  (window as unknown as { __kopaLoad: ProbeState }).__kopaLoad.watch(spec);
}

export function readKeys(): { keys: KeyTiming[]; events: EventEntry[]; longTasks: LongTask[] } {
  const state = (window as unknown as { __kopaLoad: ProbeState }).__kopaLoad;
  return { keys: state.keys, events: state.events, longTasks: state.longTasks };
}
