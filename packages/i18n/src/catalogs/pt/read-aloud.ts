import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Ler em voz alta',
  'readAloud.play': 'Ler em voz alta',
  'readAloud.note': 'Ler esta nota em voz alta',
  'readAloud.noteBar': 'A nota escolhida',
  'readAloud.pause': 'Pausa',
  'readAloud.resume': 'Continuar',
  'readAloud.stop': 'Parar',
  'readAloud.status.reading': 'A ler em voz alta…',
  'readAloud.status.paused': 'Leitura em pausa',
  'readAloud.noVoice': 'Este dispositivo não tem nenhuma voz em {language}.',
  'readAloud.unsupported': 'Este navegador não consegue ler textos em voz alta.',
  'readAloud.empty': 'Ainda não há nada para ler.',
};
