import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Tutte le modifiche sono salvate',
  'offline.status.saving': 'Salvataggio…',
  'offline.status.offlineKept': 'Offline: il tuo lavoro è salvato su questo dispositivo',
  'offline.status.offline': 'Offline: puoi continuare a lavorare',
  'offline.status.connecting': 'Connessione…',
  'offline.status.live': 'Online',
  'offline.status.offlineReading': 'Offline',
  'offline.status.short.saved': 'Salvato',
  'offline.status.short.offlineKept': 'Offline, salvato qui',

  'offline.rescue.title': 'Il tuo testo che non è stato salvato',
  'offline.rescue.titleOf': 'Il tuo testo di «{title}» che non è stato salvato',
  'offline.rescue.whyOffline':
    'Mentre eri offline, un insegnante ha messo in pausa le modifiche o il tuo accesso è cambiato, quindi queste modifiche non sono state salvate. Qui sotto c’è il tuo testo da questo dispositivo: copialo per poterlo usare di nuovo.',
  'offline.rescue.whyOnline':
    'Mentre scrivevi, un insegnante ha messo in pausa le modifiche o il tuo accesso è cambiato, quindi le tue ultime modifiche non sono state salvate. Qui sotto c’è il tuo testo: copialo per poterlo usare di nuovo.',
  'offline.rescue.textLabel': 'Il tuo testo (solo lettura)',
  'offline.rescue.copy': 'Copia il testo',
  'offline.rescue.copied': 'Copiato. Puoi incollarlo dove vuoi.',
  'offline.rescue.selected': 'Il testo è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.',
  'offline.rescue.remove': 'Rimuovi questo testo',
  'offline.rescue.removeHint': 'Solo dopo averlo salvato da un’altra parte: Kopa non ne ha altre copie.',

  'offline.home.title': 'Una parte del tuo lavoro non è stata salvata',
  'offline.home.text':
    'Mentre eri offline, un insegnante ha messo in pausa le modifiche o il tuo accesso è cambiato. Il tuo testo è conservato su questo dispositivo: apri ogni elemento per copiarlo.',
  'offline.home.open': 'Apri «{title}» per copiare il tuo testo',
};
