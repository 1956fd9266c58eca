import type { LiveSessionState } from '@kopa/protocol';
import { itemFromPath } from './live-routes';

/**
 * The items the lesson's UI needs to know by name now: the one open on this
 * page, and those participants are on that the server named (an item it does
 * not know comes without a title, and is left out: no fetch would find it).
 */
export function itemsInView(state: Pick<LiveSessionState, 'participants'> | null, path: string): string[] {
  if (!state) return [];
  const ids = new Set<string>();
  const open = itemFromPath(path);
  if (open) ids.add(open.itemId);
  for (const person of state.participants) {
    if (person.present && person.itemId && person.itemTitle !== null) ids.add(person.itemId);
  }
  return [...ids];
}
