import type { BrowserContext, Page } from 'playwright-core';

/** A voice the fake offers, as `SpeechSynthesisVoice` describes one. */
export interface FakeVoice {
  name: string;
  lang: string;
}

/** What the page asked the fake to say. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
}

/**
 * Headless chromium may have no voices at all: this replaces the browser's own speech synthesis
 * (a browser API, not Kopa's code) with a recording fake before any of the page's code runs. It
 * offers the given voices a moment after the page loads (with `voiceschanged`, as Chrome does),
 * records every utterance (text, lang, voice) and every pause, resume and cancel, and ends the
 * utterance being spoken only when the test says so (`finishUtterance`).
 */
export async function installFakeSpeech(context: BrowserContext, voices: readonly FakeVoice[]): Promise<void> {
  await context.addInitScript((offered: FakeVoice[]) => {
    const fire = (target: EventTarget & Record<string, unknown>, type: string, extra: Record<string, unknown> = {}) => {
      const event = Object.assign(new Event(type), extra);
      target.dispatchEvent(event);
      const handler = target[`on${type}`];
      if (typeof handler === 'function') handler.call(target, event);
    };
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: unknown = null;
      onend: unknown = null;
      onerror: unknown = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    const calls: string[] = [];
    let current: (FakeUtterance & Record<string, unknown>) | null = null;
    let loaded = false;
    const voiceObjects = offered.map((voice) => ({ ...voice, voiceURI: voice.name, default: false, localService: true }));
    const synthesis = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      getVoices: () => (loaded ? voiceObjects.slice() : []),
      speak(utterance: FakeUtterance & Record<string, unknown>) {
        const voice = utterance.voice as { name?: string } | null;
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: voice?.name ?? null });
        current = utterance;
        fire(utterance, 'start');
      },
      cancel() {
        calls.push('cancel');
        const utterance = current;
        current = null;
        if (utterance) fire(utterance, 'error', { error: 'canceled' });
      },
      pause() {
        calls.push('pause');
      },
      resume() {
        calls.push('resume');
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
    Object.defineProperty(window, '__fakeSpeech', {
      value: {
        spoken,
        calls,
        finish() {
          const utterance = current;
          current = null;
          if (utterance) fire(utterance, 'end');
          return utterance !== null;
        },
      },
    });
    // Voices arrive a moment after the page loads, as in Chrome.
    setTimeout(() => {
      loaded = true;
      fire(synthesis as unknown as EventTarget & Record<string, unknown>, 'voiceschanged');
    }, 100);
  }, [...voices]);
}

type FakeSpeechHandle = { spoken: SpokenUtterance[]; calls: string[]; finish(): boolean };

/** Everything the page has asked the fake to say so far. */
export function spokenUtterances(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (window as unknown as { __fakeSpeech: FakeSpeechHandle }).__fakeSpeech.spoken.slice());
}

/** The pause, resume and cancel calls so far, in order. */
export function speechCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __fakeSpeech: FakeSpeechHandle }).__fakeSpeech.calls.slice());
}

/** Ends the utterance being spoken (false when none is). */
export function finishUtterance(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __fakeSpeech: FakeSpeechHandle }).__fakeSpeech.finish());
}
