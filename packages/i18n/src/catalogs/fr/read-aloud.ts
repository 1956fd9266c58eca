import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Lire à voix haute',
  'readAloud.play': 'Lire à voix haute',
  'readAloud.note': 'Lire cette note à voix haute',
  'readAloud.noteBar': 'La note choisie',
  'readAloud.pause': 'Mettre en pause',
  'readAloud.resume': 'Reprendre',
  'readAloud.stop': 'Arrêter',
  'readAloud.status.reading': 'Lecture à voix haute…',
  'readAloud.status.paused': 'Lecture en pause',
  'readAloud.noVoice': 'Cet appareil n’a pas de voix en {language}.',
  'readAloud.unsupported': 'Ce navigateur ne sait pas lire les textes à voix haute.',
  'readAloud.empty': 'Il n’y a encore rien à lire.',
};
