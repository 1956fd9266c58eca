import type { readAloud as english } from '../en/read-aloud.js';

/** Reading texts aloud with the device’s own voices. */
export const readAloud: Record<keyof typeof english, string> = {
  'readAloud.group': 'Leer en voz alta',
  'readAloud.play': 'Leer en voz alta',
  'readAloud.note': 'Leer esta nota en voz alta',
  'readAloud.noteBar': 'La nota elegida',
  'readAloud.pause': 'Pausar',
  'readAloud.resume': 'Continuar',
  'readAloud.stop': 'Parar',
  'readAloud.status.reading': 'Leyendo en voz alta…',
  'readAloud.status.paused': 'Lectura en pausa',
  'readAloud.noVoice': 'Este dispositivo no tiene ninguna voz en {language}.',
  'readAloud.unsupported': 'Este navegador no puede leer textos en voz alta.',
  'readAloud.empty': 'Todavía no hay nada que leer.',
};
