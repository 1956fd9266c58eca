import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Alle Änderungen gespeichert',
  'offline.status.saving': 'Wird gespeichert…',
  'offline.status.offlineKept': 'Offline – deine Arbeit ist auf diesem Gerät gespeichert',
  'offline.status.offline': 'Offline – du kannst weiterarbeiten',
  'offline.status.connecting': 'Verbindung wird hergestellt…',
  'offline.status.live': 'Verbunden',
  'offline.status.offlineReading': 'Offline',
  'offline.status.short.saved': 'Gespeichert',
  'offline.status.short.offlineKept': 'Offline, hier gespeichert',

  'offline.rescue.title': 'Dein Text, der nicht gespeichert werden konnte',
  'offline.rescue.titleOf': 'Dein Text aus „{title}“, der nicht gespeichert werden konnte',
  'offline.rescue.whyOffline':
    'Eine Lehrkraft hat das Bearbeiten pausiert oder deine Rechte haben sich geändert, während du offline warst. Deshalb konnten diese Änderungen nicht gespeichert werden. Unten steht dein Text von diesem Gerät: Kopier ihn, damit du ihn wieder verwenden kannst.',
  'offline.rescue.whyOnline':
    'Eine Lehrkraft hat das Bearbeiten pausiert oder deine Rechte haben sich geändert, während du geschrieben hast. Deshalb konnten deine letzten Änderungen nicht gespeichert werden. Unten steht dein Text: Kopier ihn, damit du ihn wieder verwenden kannst.',
  'offline.rescue.textLabel': 'Dein Text (nur lesen)',
  'offline.rescue.copy': 'Text kopieren',
  'offline.rescue.copied': 'Kopiert. Du kannst ihn einfügen, wo du willst.',
  'offline.rescue.selected': 'Der Text ist markiert: Drück Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  'offline.rescue.remove': 'Diesen Text entfernen',
  'offline.rescue.removeHint': 'Erst, wenn du ihn woanders gesichert hast: Kopa hat keine andere Kopie davon.',

  'offline.home.title': 'Ein Teil deiner Arbeit konnte nicht gespeichert werden',
  'offline.home.text':
    'Eine Lehrkraft hat das Bearbeiten pausiert oder deine Rechte haben sich geändert, während du offline warst. Dein Text ist auf diesem Gerät gespeichert: Öffne jeden einzeln, um ihn zu kopieren.',
  'offline.home.open': '„{title}“ öffnen, um deinen Text zu kopieren',
};
