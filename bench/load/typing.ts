import type { Browser } from 'playwright-core';
import { readKeys, readProbe, type EventEntry, type KeyTiming } from './in-page.js';
import type { WrittenItem } from './kopa.js';
import { NETWORKS } from './options.js';
import { newVisitor, untilInteractive } from './page-load.js';

/** What is typed: letters and spaces, as in a sentence (no Enter: the paragraph count stays 100). */
const SENTENCE = ' and then the coach stopped in Oviedo for lunch';
/** Between two keys: a quick typist, about seven keys a second. */
export const KEY_INTERVAL_MS = 150;
/** Renderer main-thread tasks in the trace (wrappers of one task are not counted twice). */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Where to type: a Kopa page (a post, a document), or a page of our own (`html`) served at `path`. */
export interface TypingTarget {
  label: string;
  path: string;
  paragraphs: string[];
  html?: string;
}

export const postTarget = (post: WrittenItem): TypingTarget => ({ label: `the ${post.paragraphs.length}-paragraph blog post`, path: `/posts/${post.item.id}`, paragraphs: post.paragraphs });
export const documentTarget = (document: WrittenItem): TypingTarget => ({ label: `the ${document.paragraphs.length}-paragraph document`, path: `/items/${document.item.id}`, paragraphs: document.paragraphs });

/**
 * The floor: the same paragraphs in a bare contenteditable (no React, no Lexical, no Yjs), with
 * Kopa's fonts and sizes, on the same origin. What chromium alone costs per keystroke on this machine.
 */
export function plainTarget(paragraphs: string[]): TypingTarget {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font-family:system-ui,sans-serif;font-size:1.0625rem;line-height:1.6}.editor-surface__content{padding:1rem;outline:none;white-space:pre-wrap}p{margin:0 0 .75rem}</style></head>
<body><main><div class="editor-surface__content" contenteditable="true" role="textbox" aria-multiline="true">${paragraphs.map((text) => `<p>${escape(text)}</p>`).join('')}</div></main></body></html>`;
  return { label: 'a bare contenteditable of the same paragraphs', path: '/__bench/plain-contenteditable', paragraphs, html };
}

export interface KeystrokeResult {
  label: string;
  /** Which paragraph the caret was at the end of (1-based). */
  paragraph: number;
  paragraphs: number;
  cpu: number;
  /** Per keystroke, main-thread busy time (ms) from the task that dispatched its keydown until the next keystroke's: handlers, Lexical, Yjs, React, style, layout, paint. */
  work: number[];
  /** Per keystroke, ms from the key's arrival to just after the next frame (includes waiting for that frame, up to 16.7 ms at 60 Hz). */
  toNextFrame: number[];
  /** Event Timing entries of 16 ms or more (shorter ones the API does not report). */
  events: EventEntry[];
  /** Keystrokes whose keydown the trace found. */
  traced: number;
}

/**
 * Opens the page at full speed, puts the caret at the end of its middle paragraph, slows
 * the CPU down and types `keystrokes` keys about 150 ms apart while chromium traces.
 */
export async function measureTyping(
  browser: Browser,
  baseUrl: string,
  cookie: { name: string; value: string },
  target: TypingTarget,
  { keystrokes, cpu }: { keystrokes: number; cpu: number },
): Promise<KeystrokeResult> {
  const visitor = await newVisitor(browser, baseUrl, {
    cookie,
    throttling: { network: NETWORKS.none, cpu: 1 },
    ready: { kind: 'document', text: target.paragraphs.at(-1)! },
  });
  const { page, cdp } = visitor;
  try {
    if (target.html !== undefined) {
      const html = target.html;
      await page.route(`${baseUrl}${target.path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    }
    await page.goto(`${baseUrl}${target.path}`, { waitUntil: 'commit' });
    await untilInteractive(page, target.label, visitor.pageErrors);
    const middle = Math.ceil(target.paragraphs.length / 2);
    const paragraph = page.locator('.editor-surface__content > p').nth(middle - 1);
    if ((await paragraph.textContent()) !== target.paragraphs[middle - 1]) throw new Error(`paragraph ${middle} of ${target.label} is not the one written`);
    await paragraph.click();
    // End would stop at the end of the wrapped line: the caret goes to the paragraph's end by the DOM selection.
    await paragraph.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.waitForTimeout(200);

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.waitForTimeout(2000);
    const before = await page.evaluate(readProbe);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (let index = 0; index < keystrokes; index += 1) {
      const started = Date.now();
      const key = SENTENCE[index % SENTENCE.length]!;
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      const wait = KEY_INTERVAL_MS - (Date.now() - started);
      if (wait > 0) await page.waitForTimeout(wait);
    }
    // Let the last keystroke's frame and messages finish before the trace ends.
    await page.waitForTimeout(1000);
    const trace = await browser.stopTracing();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const { keys, events } = await page.evaluate(readKeys);
    const typed = keys.slice(before.keys);
    const text = await paragraph.textContent();
    const expected = target.paragraphs[middle - 1]! + Array.from({ length: keystrokes }, (_, index) => SENTENCE[index % SENTENCE.length]).join('');
    if (text?.replace(/\u00a0/g, ' ') !== expected) throw new Error(`the typed paragraph reads "${text}", not "${expected}"`);
    if (typed.length !== keystrokes) throw new Error(`${typed.length} of ${keystrokes} keystrokes were timed`);
    if (visitor.pageErrors.length > 0) throw new Error(`${target.label} threw: ${visitor.pageErrors.join('; ')}`);
    const work = workPerKeystroke(trace);
    return {
      label: target.label,
      paragraph: middle,
      paragraphs: target.paragraphs.length,
      cpu,
      work,
      toNextFrame: typed.map((key: KeyTiming) => key.frameDone - key.arrival),
      events: events.filter((entry) => entry.start >= before.now),
      traced: work.length,
    };
  } finally {
    await visitor.context.close();
  }
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string } };
}

const TOP_LEVEL_TASK = /^(ThreadControllerImpl::RunTask|RunTask)$/;

/**
 * Main-thread time per keystroke, from the trace: the renderer main thread's top-level tasks
 * from the one that dispatched a keydown up to the one that dispatched the next keydown (the
 * last keystroke: up to the end of the trace). With keys 150 ms apart and nothing else going
 * on, that is the work the keystroke caused, its frame included.
 */
export function workPerKeystroke(trace: Buffer): number[] {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const keydowns = traceEvents.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  if (keydowns.length === 0) return [];
  const { pid, tid } = keydowns[0]!;
  const tasks = traceEvents
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined && TOP_LEVEL_TASK.test(event.name))
    .sort((a, b) => a.ts - b.ts);
  // Nested wrappers of one task: keep only the outermost.
  const outer: TraceEvent[] = [];
  for (const task of tasks) {
    const last = outer.at(-1);
    if (last && task.ts < last.ts + last.dur!) continue;
    outer.push(task);
  }
  const startOf = (keydown: TraceEvent) => outer.find((task) => task.ts <= keydown.ts && keydown.ts <= task.ts + task.dur!)?.ts ?? keydown.ts;
  const starts = keydowns.filter((event) => event.pid === pid && event.tid === tid).map(startOf);
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? Infinity;
    return outer.filter((task) => task.ts >= start && task.ts < end).reduce((total, task) => total + task.dur! / 1000, 0);
  });
}
