import type { ReadingPiece } from './reading-runs';
import { voiceFor } from './voice-choice';

export type ReadingState = 'idle' | 'reading' | 'paused';

/** The parts of the browser's speech synthesis the player uses (a fake in tests). */
export interface Speech {
  synthesis: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'pause' | 'resume'>;
  createUtterance(text: string): SpeechSynthesisUtterance;
}

export interface PlayerListener {
  (state: ReadingState, piece: ReadingPiece | null): void;
}

/**
 * Reads pieces aloud one after the other, each in its own language with the device's best voice
 * for it, so a passage marked Latvian in an English text is read by a Latvian voice. One utterance
 * per piece: the page can show which paragraph is being read, and long texts do not make a voice
 * give up halfway (some browsers stop a single utterance after about 15 seconds).
 */
export class ReadAloudPlayer {
  // The device has one voice: a player starting makes any other one stop.
  private static speaking: ReadAloudPlayer | null = null;
  private voices: readonly SpeechSynthesisVoice[] = [];
  private pieces: readonly ReadingPiece[] = [];
  private index = 0;
  // Utterances of an earlier reading report their end (or an error) after cancel(): they are ignored.
  private run = 0;
  private state: ReadingState = 'idle';

  constructor(
    private readonly speech: Speech,
    private readonly listener: PlayerListener,
  ) {}

  /** The device's voices (they arrive a moment after the page loads, and may change). */
  setVoices(voices: readonly SpeechSynthesisVoice[]): void {
    this.voices = voices;
  }

  play(pieces: readonly ReadingPiece[]): void {
    const other = ReadAloudPlayer.speaking;
    if (other && other !== this) other.reset();
    this.run += 1;
    this.speech.synthesis.cancel();
    // Chrome stays paused after a cancel: what comes next would never be heard.
    this.speech.synthesis.resume();
    ReadAloudPlayer.speaking = this;
    this.pieces = pieces;
    this.index = 0;
    this.next(this.run);
  }

  pause(): void {
    if (this.state !== 'reading') return;
    this.speech.synthesis.pause();
    this.set('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.speech.synthesis.resume();
    this.set('reading');
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.reset();
    this.speech.synthesis.cancel();
  }

  private reset(): void {
    this.run += 1;
    if (ReadAloudPlayer.speaking === this) ReadAloudPlayer.speaking = null;
    this.set('idle');
  }

  private next(run: number): void {
    if (run !== this.run) return;
    const piece = this.pieces[this.index];
    if (!piece) {
      this.reset();
      return;
    }
    const utterance = this.speech.createUtterance(piece.text);
    utterance.lang = piece.lang;
    const voice = voiceFor(this.voices, piece.lang);
    if (voice) utterance.voice = voice;
    const onward = () => {
      if (run !== this.run) return;
      this.index += 1;
      this.next(run);
    };
    utterance.onend = onward;
    // A piece the voice cannot say (no voice after all, a network voice offline) is skipped, not the whole text.
    utterance.onerror = (event) => {
      if (event.error !== 'interrupted' && event.error !== 'canceled') onward();
    };
    this.set(this.state === 'paused' ? 'paused' : 'reading', piece);
    this.speech.synthesis.speak(utterance);
  }

  private set(state: ReadingState, piece: ReadingPiece | null = null): void {
    this.state = state;
    this.listener(state, state === 'idle' ? null : (piece ?? this.pieces[this.index] ?? null));
  }
}
