import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Vorlesen',
  'readAloud.play': 'Vorlesen',
  'readAloud.note': 'Diese Notiz vorlesen',
  'readAloud.noteBar': 'Die gewählte Notiz',
  'readAloud.pause': 'Pausieren',
  'readAloud.resume': 'Weiter',
  'readAloud.stop': 'Stoppen',
  'readAloud.status.reading': 'Wird vorgelesen…',
  'readAloud.status.paused': 'Vorlesen pausiert',
  'readAloud.noVoice': 'Dieses Gerät hat keine Stimme für {language}.',
  'readAloud.unsupported': 'Dieser Browser kann keine Texte vorlesen.',
  'readAloud.empty': 'Hier gibt es noch nichts zum Vorlesen.',
};
