import type { offline as english } from '../en/offline.js';

/** Darbs ar vāju savienojumu: saglabāšanas rādītājs un teksts, ko serveris nevarēja pieņemt. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Visas izmaiņas saglabātas',
  'offline.status.saving': 'Saglabā…',
  'offline.status.offlineKept': 'Bezsaistē — tavs darbs ir saglabāts šajā ierīcē',
  'offline.status.offline': 'Bezsaistē — vari turpināt strādāt',
  'offline.status.connecting': 'Savienojas…',
  'offline.status.live': 'Tiešsaistē',
  'offline.status.offlineReading': 'Bezsaistē',
  'offline.status.short.saved': 'Saglabāts',
  'offline.status.short.offlineKept': 'Bezsaistē, saglabāts šeit',

  'offline.rescue.title': 'Tavs teksts, ko nevarēja saglabāt',
  'offline.rescue.titleOf': 'Tavs teksts no „{title}”, ko nevarēja saglabāt',
  'offline.rescue.whyOffline':
    'Kamēr biji bezsaistē, skolotājs apturēja rediģēšanu vai mainījās tavas piekļuves tiesības, tāpēc šīs izmaiņas nevarēja saglabāt. Zemāk ir tavs teksts no šīs ierīces: nokopē to, lai varētu to izmantot vēlreiz.',
  'offline.rescue.whyOnline':
    'Kamēr rakstīji, skolotājs apturēja rediģēšanu vai mainījās tavas piekļuves tiesības, tāpēc pēdējās izmaiņas nevarēja saglabāt. Zemāk ir tavs teksts: nokopē to, lai varētu to izmantot vēlreiz.',
  'offline.rescue.textLabel': 'Tavs teksts (tikai lasīšanai)',
  'offline.rescue.copy': 'Kopēt tekstu',
  'offline.rescue.copied': 'Nokopēts. Vari to ielīmēt, kur vēlies.',
  'offline.rescue.selected': 'Teksts ir iezīmēts: nospied Ctrl+C (Mac datorā ⌘C), lai to nokopētu.',
  'offline.rescue.remove': 'Noņemt šo tekstu',
  'offline.rescue.removeHint': 'Tikai tad, kad teksts ir nokopēts citur: Kopa to nekur citur neglabā.',

  'offline.home.title': 'Daļu tava darba nevarēja saglabāt',
  'offline.home.text':
    'Kamēr biji bezsaistē, skolotājs apturēja rediģēšanu vai mainījās tavas piekļuves tiesības. Tavs teksts ir saglabāts šajā ierīcē: atver katru, lai to nokopētu.',
  'offline.home.open': 'Atvērt „{title}”, lai nokopētu savu tekstu',
};
