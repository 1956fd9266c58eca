import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Todos los cambios guardados',
  'offline.status.saving': 'Guardando…',
  'offline.status.offlineKept': 'Sin conexión: tu trabajo se guarda en este dispositivo',
  'offline.status.offline': 'Sin conexión: puedes seguir trabajando',
  'offline.status.connecting': 'Conectando…',
  'offline.status.live': 'Conectado',
  'offline.status.offlineReading': 'Sin conexión',
  'offline.status.short.saved': 'Guardado',
  'offline.status.short.offlineKept': 'Sin conexión, guardado aquí',

  'offline.rescue.title': 'Tu texto que no se pudo guardar',
  'offline.rescue.titleOf': 'Tu texto de «{title}» que no se pudo guardar',
  'offline.rescue.whyOffline':
    'El profesorado pausó la edición o cambió tu acceso mientras estabas sin conexión, así que estos cambios no se pudieron guardar. Abajo tienes tu texto de este dispositivo: cópialo para poder usarlo de nuevo.',
  'offline.rescue.whyOnline':
    'El profesorado pausó la edición o cambió tu acceso mientras escribías, así que tus últimos cambios no se pudieron guardar. Abajo tienes tu texto: cópialo para poder usarlo de nuevo.',
  'offline.rescue.textLabel': 'Tu texto (solo lectura)',
  'offline.rescue.copy': 'Copiar texto',
  'offline.rescue.copied': 'Copiado. Puedes pegarlo donde quieras.',
  'offline.rescue.selected': 'El texto está seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.',
  'offline.rescue.remove': 'Quitar este texto',
  'offline.rescue.removeHint': 'Solo cuando lo hayas guardado en otro sitio: Kopa no tiene ninguna otra copia.',

  'offline.home.title': 'Parte de tu trabajo no se pudo guardar',
  'offline.home.text':
    'El profesorado pausó la edición o cambió tu acceso mientras estabas sin conexión. Tu texto se guarda en este dispositivo: abre cada uno para copiarlo.',
  'offline.home.open': 'Abrir «{title}» para copiar tu texto',
};
