/**
 * Where a gesture's time goes, from a chromium performance trace: per renderer thread, the
 * event kinds with the most time (nested events count in their parents too, so the
 * numbers of one thread do not add up to its busy time; "RunTask" is the busy time).
 */

/** What the trace records: the DevTools performance panel's timeline, plus the compositor. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'cc', 'blink', 'v8.execute'];

/** Scheduler wrappers that only repeat their task's time under another name. */
const WRAPPER = /lambda|^ThreadControllerImpl::RunTask$|^ThreadPool_RunTask$|^TaskGraphRunner::RunTask$/;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface ThreadTimes {
  thread: string;
  /** Event name → total ms, largest first. */
  events: [string, number][];
}

/** The renderer's threads (main, compositor, raster workers) with their `top` costliest event kinds. */
export function summarizeTrace(trace: Buffer, top = 8): { wallMs: number; threads: ThreadTimes[] } {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const threadNames = new Map<string, string>();
  for (const event of traceEvents) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name) threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  const rendererPid = [...threadNames].find(([, name]) => name === 'CrRendererMain')?.[0].split(':')[0];
  const totals = new Map<string, Map<string, number>>();
  let first = Infinity;
  let last = -Infinity;
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.dur === undefined || String(event.pid) !== rendererPid || WRAPPER.test(event.name)) continue;
    // Raster workers are numbered; one row for all of them.
    const thread = (threadNames.get(`${event.pid}:${event.tid}`) ?? `thread ${event.tid}`).replace(/\d+$/, '*');
    const events = totals.get(thread) ?? new Map<string, number>();
    events.set(event.name, (events.get(event.name) ?? 0) + event.dur / 1000);
    totals.set(thread, events);
    first = Math.min(first, event.ts);
    last = Math.max(last, event.ts + event.dur);
  }
  const threads = [...totals]
    .map(([thread, events]) => ({ thread, events: [...events].sort((a, b) => b[1] - a[1]).slice(0, top) }))
    .sort((a, b) => (b.events[0]?.[1] ?? 0) - (a.events[0]?.[1] ?? 0));
  return { wallMs: (last - first) / 1000, threads };
}

export function formatTraceSummary(label: string, summary: { wallMs: number; threads: ThreadTimes[] }): string {
  const lines = [`${label} (trace spans ${summary.wallMs.toFixed(0)} ms):`];
  for (const { thread, events } of summary.threads.slice(0, 4)) {
    lines.push(`  ${thread}: ${events.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
  }
  return lines.join('\n');
}
