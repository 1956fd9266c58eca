import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Прочитај на глас',
  'readAloud.play': 'Прочитај на глас',
  'readAloud.note': 'Прочитај ја оваа белешка на глас',
  'readAloud.noteBar': 'Избраната белешка',
  'readAloud.pause': 'Пауза',
  'readAloud.resume': 'Продолжи',
  'readAloud.stop': 'Запри',
  'readAloud.status.reading': 'Се чита на глас…',
  'readAloud.status.paused': 'Читањето е паузирано',
  'readAloud.noVoice': 'Овој уред нема глас на {language}.',
  'readAloud.unsupported': 'Овој прелистувач не може да чита текстови на глас.',
  'readAloud.empty': 'Уште нема што да се чита.',
};
