/** Reading texts aloud with the device’s own voices. */
export const readAloud = {
  'readAloud.group': 'Read aloud',
  'readAloud.play': 'Read aloud',
  'readAloud.note': 'Read this note aloud',
  'readAloud.noteBar': 'The chosen note',
  'readAloud.pause': 'Pause',
  'readAloud.resume': 'Go on',
  'readAloud.stop': 'Stop',
  'readAloud.status.reading': 'Reading aloud…',
  'readAloud.status.paused': 'Reading paused',
  'readAloud.noVoice': 'This device has no {language} voice.',
  'readAloud.unsupported': 'This browser cannot read texts aloud.',
  'readAloud.empty': 'There is nothing to read yet.',
} as const;
