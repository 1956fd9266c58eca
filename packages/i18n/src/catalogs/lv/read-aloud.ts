import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Lasīt skaļi',
  'readAloud.play': 'Lasīt skaļi',
  'readAloud.note': 'Nolasīt šo piezīmi skaļi',
  'readAloud.noteBar': 'Izvēlētā piezīme',
  'readAloud.pause': 'Apturēt',
  'readAloud.resume': 'Turpināt',
  'readAloud.stop': 'Beigt',
  'readAloud.status.reading': 'Lasa skaļi…',
  'readAloud.status.paused': 'Lasīšana apturēta',
  'readAloud.noVoice': 'Šai ierīcei nav balss, kas runā valodā: {language}.',
  'readAloud.unsupported': 'Šī pārlūkprogramma nevar lasīt tekstus skaļi.',
  'readAloud.empty': 'Vēl nav ko lasīt.',
};
