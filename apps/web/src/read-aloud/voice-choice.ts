/** What Kopa reads of a voice (`SpeechSynthesisVoice`). */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

const normalise = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => normalise(tag).split('-')[0] ?? '';

/**
 * The best voice of the device for a language tag, or null when it has none: the exact tag
 * (`pt-BR`) first, then any voice of the same language (`lv` → `lv-LV`), the device's default
 * and its own (offline) voices before others, and the language's home region before the rest
 * (`de-DE` before `de-CH`). Android spells tags with `_`; case does not count.
 */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const wanted = normalise(lang);
  const base = primary(lang);
  if (base === '') return null;
  const exact = voices.filter((voice) => normalise(voice.lang) === wanted);
  const same = exact.length > 0 ? exact : voices.filter((voice) => primary(voice.lang) === base);
  const score = (voice: V) =>
    (voice.default ? 4 : 0) + (voice.localService ? 2 : 0) + (normalise(voice.lang) === `${base}-${base}` ? 1 : 0);
  return [...same].sort((a, b) => score(b) - score(a))[0] ?? null;
}
