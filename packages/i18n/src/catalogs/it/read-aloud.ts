import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Leggi ad alta voce',
  'readAloud.play': 'Leggi ad alta voce',
  'readAloud.note': 'Leggi questa nota ad alta voce',
  'readAloud.noteBar': 'La nota scelta',
  'readAloud.pause': 'Pausa',
  'readAloud.resume': 'Riprendi',
  'readAloud.stop': 'Ferma',
  'readAloud.status.reading': 'Lettura in corso…',
  'readAloud.status.paused': 'Lettura in pausa',
  'readAloud.noVoice': 'Questo dispositivo non ha una voce in {language}.',
  'readAloud.unsupported': 'Questo browser non sa leggere i testi ad alta voce.',
  'readAloud.empty': 'Non c’è ancora niente da leggere.',
};
