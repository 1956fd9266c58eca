import { useEffect, useState } from 'react';
import { browserSpeech } from './browser-speech';

export type VoicesState =
  | { status: 'unsupported' }
  /** The list is still arriving (Chrome fills it a moment after the page loads). */
  | { status: 'loading' }
  | { status: 'ready'; voices: readonly SpeechSynthesisVoice[] };

// A device that has voices lists them within a moment; after this long, an empty list means none.
const SETTLE_MS = 2500;

/** The device's voices, following `voiceschanged` (they load asynchronously, and can change). */
export function useVoices(): VoicesState {
  const [speech] = useState(browserSpeech);
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => speech?.synthesis.getVoices() ?? []);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!speech) return;
    const synthesis = speech.synthesis;
    const update = () => setVoices(synthesis.getVoices());
    synthesis.addEventListener('voiceschanged', update);
    update();
    const timer = window.setTimeout(() => setWaited(true), SETTLE_MS);
    return () => {
      synthesis.removeEventListener('voiceschanged', update);
      window.clearTimeout(timer);
    };
  }, [speech]);
  if (!speech) return { status: 'unsupported' };
  if (voices.length === 0 && !waited) return { status: 'loading' };
  return { status: 'ready', voices };
}
