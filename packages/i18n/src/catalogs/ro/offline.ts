import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'All changes saved',
  'offline.status.saving': 'Saving…',
  'offline.status.offlineKept': 'Offline — your work is saved on this device',
  'offline.status.offline': 'Offline — you can keep working',
  'offline.status.connecting': 'Connecting…',
  'offline.status.live': 'Live',
  'offline.status.offlineReading': 'Offline',
  'offline.status.short.saved': 'Saved',
  'offline.status.short.offlineKept': 'Offline, saved here',

  'offline.rescue.title': 'Your text that could not be saved',
  'offline.rescue.titleOf': 'Your text from “{title}” that could not be saved',
  'offline.rescue.whyOffline':
    'A teacher paused editing or your access changed while you were offline, so these changes could not be saved. Your text from this device is below: copy it so you can use it again.',
  'offline.rescue.whyOnline':
    'A teacher paused editing or your access changed while you were writing, so your last changes could not be saved. Your text is below: copy it so you can use it again.',
  'offline.rescue.textLabel': 'Your text (read only)',
  'offline.rescue.copy': 'Copy text',
  'offline.rescue.copied': 'Copied. You can paste it wherever you like.',
  'offline.rescue.selected': 'The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'offline.rescue.remove': 'Remove this text',
  'offline.rescue.removeHint': 'Only once you have kept it somewhere else: Kopa has no other copy of it.',

  'offline.home.title': 'Some of your work could not be saved',
  'offline.home.text':
    'A teacher paused editing or your access changed while you were offline. Your text is kept on this device: open each one to copy it.',
  'offline.home.open': 'Open “{title}” to copy your text',
};
