import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Прочети на глас',
  'readAloud.play': 'Прочети на глас',
  'readAloud.note': 'Прочети тази бележка на глас',
  'readAloud.noteBar': 'Избраната бележка',
  'readAloud.pause': 'Пауза',
  'readAloud.resume': 'Продължи',
  'readAloud.stop': 'Спри',
  'readAloud.status.reading': 'Чете се на глас…',
  'readAloud.status.paused': 'Четенето е на пауза',
  'readAloud.noVoice': 'Това устройство няма глас на {language}.',
  'readAloud.unsupported': 'Този браузър не може да чете текстове на глас.',
  'readAloud.empty': 'Още няма какво да се чете.',
};
