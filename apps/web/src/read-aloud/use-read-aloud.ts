import { useCallback, useEffect, useState } from 'react';
import { browserSpeech } from './browser-speech';
import { ReadAloudPlayer, type ReadingState } from './read-aloud-player';
import type { ReadingPiece } from './reading-runs';
import { highlightBlock } from './reading-highlight';

export interface ReadAloud {
  state: ReadingState;
  play(pieces: readonly ReadingPiece[]): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

/**
 * A player for one text on the page: it highlights the paragraph being read, and stops when the
 * page is left (another page of the app, or the browser's tab closing or going back).
 */
export function useReadAloud(voices: readonly SpeechSynthesisVoice[]): ReadAloud {
  const [state, setState] = useState<ReadingState>('idle');
  const [player] = useState(() => {
    const speech = browserSpeech();
    if (!speech) return null;
    return new ReadAloudPlayer(speech, (next, piece) => {
      setState(next);
      highlightBlock(next === 'idle' ? null : (piece?.block ?? null));
    });
  });
  useEffect(() => player?.setVoices(voices), [player, voices]);

  useEffect(() => {
    if (!player) return;
    const leave = () => player.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      player.stop();
    };
  }, [player]);

  const play = useCallback((pieces: readonly ReadingPiece[]) => player?.play(pieces), [player]);
  const pause = useCallback(() => player?.pause(), [player]);
  const resume = useCallback(() => player?.resume(), [player]);
  const stop = useCallback(() => player?.stop(), [player]);
  return { state, play, pause, resume, stop };
}
