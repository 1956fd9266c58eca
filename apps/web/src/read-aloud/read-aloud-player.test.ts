import { describe, expect, it } from 'vitest';
import { ReadAloudPlayer, type ReadingState, type Speech } from './read-aloud-player';

/** A speech synthesis that records what it is asked to say and lets the test end each utterance. */
function fakeSpeech() {
  const spoken: SpeechSynthesisUtterance[] = [];
  const calls: string[] = [];
  const speech: Speech = {
    synthesis: {
      speak: (utterance) => void spoken.push(utterance),
      cancel: () => {
        calls.push('cancel');
        // Browsers end the utterance being spoken when cancelled: the player must not go on with the next.
        spoken.at(-1)?.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
      },
      pause: () => void calls.push('pause'),
      resume: () => void calls.push('resume'),
    },
    createUtterance: (text) => ({ text, lang: '', voice: null, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance,
  };
  const finish = () => spoken.at(-1)?.onend?.({} as SpeechSynthesisEvent);
  return { speech, spoken, calls, finish };
}

const voices = [
  { name: 'Laura', lang: 'lv-LV' },
  { name: 'Daniel', lang: 'en-GB' },
] as SpeechSynthesisVoice[];

const withVoices = (player: ReadAloudPlayer) => {
  player.setVoices(voices);
  return player;
};

const pieces = [
  { text: 'We said', lang: 'en', block: null },
  { text: 'Labdien', lang: 'lv', block: null },
  { text: 'to our hosts.', lang: 'en', block: null },
];

describe('ReadAloudPlayer', () => {
  it('reads the pieces in order, each in its language with that language’s voice', () => {
    const { speech, spoken, finish } = fakeSpeech();
    const states: ReadingState[] = [];
    const player = withVoices(new ReadAloudPlayer(speech, (state) => states.push(state)));
    player.play(pieces);
    finish();
    finish();
    expect(spoken.map((utterance) => [utterance.text, utterance.lang, utterance.voice?.name])).toEqual([
      ['We said', 'en', 'Daniel'],
      ['Labdien', 'lv', 'Laura'],
      ['to our hosts.', 'en', 'Daniel'],
    ]);
    finish();
    expect(states.at(-1)).toBe('idle');
  });

  it('pauses, goes on and stops; an utterance ending after the stop reads nothing more', () => {
    const { speech, spoken, calls, finish } = fakeSpeech();
    const states: ReadingState[] = [];
    const player = withVoices(new ReadAloudPlayer(speech, (state) => states.push(state)));
    player.play(pieces);
    player.pause();
    expect(states.at(-1)).toBe('paused');
    player.resume();
    expect(states.at(-1)).toBe('reading');
    player.stop();
    expect(states.at(-1)).toBe('idle');
    finish();
    expect(spoken).toHaveLength(1);
    expect(calls).toEqual(['cancel', 'resume', 'pause', 'resume', 'cancel']);
  });

  it('skips a piece the voice cannot say, and one player starting stops the other', () => {
    const { speech, spoken } = fakeSpeech();
    const first: ReadingState[] = [];
    const one = withVoices(new ReadAloudPlayer(speech, (state) => first.push(state)));
    one.play(pieces);
    spoken[0]!.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
    expect(spoken.map((utterance) => utterance.text)).toEqual(['We said', 'Labdien']);

    const other = withVoices(new ReadAloudPlayer(speech, () => {}));
    other.play([{ text: 'A note', lang: 'en', block: null }]);
    expect(first.at(-1)).toBe('idle');
    expect(spoken.at(-1)?.text).toBe('A note');
  });
});
