import type { readAloud as english } from '../en/read-aloud.js';

/** Tekstu lasīšana skaļi ar ierīces balsīm. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Lasīt skaļi',
  'readAloud.play': 'Lasīt skaļi',
  'readAloud.note': 'Nolasīt šo lapiņu skaļi',
  'readAloud.pause': 'Pauze',
  'readAloud.resume': 'Turpināt',
  'readAloud.stop': 'Apturēt',
  'readAloud.status.reading': 'Lasa skaļi…',
  'readAloud.status.paused': 'Lasīšana ir pauzēta',
  'readAloud.noVoice': 'Šai ierīcei nav balss, kas runā valodā: {language}.',
  'readAloud.unsupported': 'Šī pārlūkprogramma nevar lasīt tekstus skaļi.',
  'readAloud.empty': 'Vēl nav ko lasīt.',
};
