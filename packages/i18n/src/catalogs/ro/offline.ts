import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Toate modificările sunt salvate',
  'offline.status.saving': 'Se salvează…',
  'offline.status.offlineKept': 'Offline: munca ta e salvată pe acest dispozitiv',
  'offline.status.offline': 'Offline: poți lucra în continuare',
  'offline.status.connecting': 'Se conectează…',
  'offline.status.live': 'Conectat',
  'offline.status.offlineReading': 'Offline',
  'offline.status.short.saved': 'Salvat',
  'offline.status.short.offlineKept': 'Offline, salvat aici',

  'offline.rescue.title': 'Textul tău care nu a putut fi salvat',
  'offline.rescue.titleOf': 'Textul tău din „{title}” care nu a putut fi salvat',
  'offline.rescue.whyOffline':
    'Cât timp erai offline, un profesor a pus editarea pe pauză sau accesul tău s-a schimbat, așa că aceste modificări nu au putut fi salvate. Mai jos e textul tău de pe acest dispozitiv: copiază-l ca să-l poți folosi din nou.',
  'offline.rescue.whyOnline':
    'Cât timp scriai, un profesor a pus editarea pe pauză sau accesul tău s-a schimbat, așa că ultimele tale modificări nu au putut fi salvate. Mai jos e textul tău: copiază-l ca să-l poți folosi din nou.',
  'offline.rescue.textLabel': 'Textul tău (doar citire)',
  'offline.rescue.copy': 'Copiază textul',
  'offline.rescue.copied': 'Copiat. Îl poți lipi unde vrei.',
  'offline.rescue.selected': 'Textul e selectat: apasă Ctrl+C (⌘C pe Mac) ca să-l copiezi.',
  'offline.rescue.remove': 'Elimină acest text',
  'offline.rescue.removeHint': 'Doar după ce l-ai păstrat în altă parte: Kopa nu are nicio altă copie a lui.',

  'offline.home.title': 'O parte din munca ta nu a putut fi salvată',
  'offline.home.text':
    'Cât timp erai offline, un profesor a pus editarea pe pauză sau accesul tău s-a schimbat. Textul tău e păstrat pe acest dispozitiv: deschide fiecare element ca să-l copiezi.',
  'offline.home.open': 'Deschide „{title}” ca să-ți copiezi textul',
};
