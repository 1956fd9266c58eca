import type { LiveLock } from '@kopa/protocol';
import { useLive } from './live-context';
import { locksOnMe, sessionCovers } from './live-locks';

/**
 * The live lock that keeps this person from editing an item right now (the
 * newest, when several do), or null. Item pages show it instead of their
 * general "read only" line: it says who paused editing, and that it is for now.
 */
export function useLiveItemLock(spaceId: string, itemId: string): LiveLock | null {
  const live = useLive();
  const state = live?.session?.state;
  if (!live || !state || !sessionCovers({ spaceId: state.spaceId, spaceKind: live.spaceKind }, spaceId)) return null;
  const locks = locksOnMe(state, { id: live.me.id, role: live.me.role }, itemId);
  return locks[locks.length - 1] ?? null;
}
