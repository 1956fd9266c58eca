import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Citește cu voce tare',
  'readAloud.play': 'Citește cu voce tare',
  'readAloud.note': 'Citește notița cu voce tare',
  'readAloud.noteBar': 'Notița aleasă',
  'readAloud.pause': 'Pauză',
  'readAloud.resume': 'Continuă',
  'readAloud.stop': 'Oprește',
  'readAloud.status.reading': 'Se citește cu voce tare…',
  'readAloud.status.paused': 'Citirea e pe pauză',
  'readAloud.noVoice': 'Acest dispozitiv nu are nicio voce în {language}.',
  'readAloud.unsupported': 'Acest browser nu poate citi texte cu voce tare.',
  'readAloud.empty': 'Încă nu e nimic de citit.',
};
