import type { Speech } from './read-aloud-player';

/** The browser's own speech synthesis, or null where there is none (an old browser, some webviews). */
export function browserSpeech(): (Speech & { synthesis: SpeechSynthesis }) | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return { synthesis: window.speechSynthesis, createUtterance: (text) => new SpeechSynthesisUtterance(text) };
}
