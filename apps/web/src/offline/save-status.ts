import type { MessageId } from '@kopa/i18n';
import type { SaveState } from '@kopa/sync-client';

/** What the save indicator says; one word each, for the class name and the icon. */
export type SaveStatus = 'saved' | 'saving' | 'offline-kept' | 'offline' | 'connecting' | 'live' | 'offline-reading';

/**
 * The honest status of an item on this device. "Saved" only when the server has
 * confirmed storing everything (connected and nothing pending); while away, whether
 * this device holds work the server does not have yet. Those who only read hear
 * whether they see it live.
 */
export function saveStatus(state: SaveState, canEdit: boolean): SaveStatus {
  const connected = state.connection === 'connected';
  if (state.pending) return connected ? 'saving' : 'offline-kept';
  if (connected) return canEdit ? 'saved' : 'live';
  if (state.connection === 'connecting') return 'connecting';
  return canEdit ? 'offline' : 'offline-reading';
}

export const SAVE_STATUS_LABELS: Record<SaveStatus, MessageId> = {
  saved: 'offline.status.saved',
  saving: 'offline.status.saving',
  'offline-kept': 'offline.status.offlineKept',
  offline: 'offline.status.offline',
  connecting: 'offline.status.connecting',
  live: 'offline.status.live',
  'offline-reading': 'offline.status.offlineReading',
};

/** Fewer words where room is short (a board's header on a phone); the full words stay for screen readers. */
export const SHORT_SAVE_STATUS_LABELS: Record<SaveStatus, MessageId> = {
  ...SAVE_STATUS_LABELS,
  saved: 'offline.status.short.saved',
  'offline-kept': 'offline.status.short.offlineKept',
  offline: 'offline.status.offlineReading',
};

/**
 * How long "Saving…" stays after the server confirmed, before "All changes saved": typing
 * is confirmed within milliseconds, and an indicator flipping at every keystroke is not calm.
 * The delay only ever shows "Saving…" longer, never "saved" early.
 */
export const SAVED_SETTLE_MS = 800;

/**
 * Whether the indicator keeps showing `shown` for now instead of `actual`: only the step
 * from "Saving…" to "All changes saved" waits (SAVED_SETTLE_MS of being saved); every
 * other change, and every step away from "saved", shows at once.
 */
export function waitsToSettle(shown: SaveStatus, actual: SaveStatus): boolean {
  return shown === 'saving' && actual === 'saved';
}
