import { useMemo, useSyncExternalStore } from 'react';
import { rescuedTexts, subscribeRescued, type RescuedText } from './rescued-texts';

/** This person's texts the server would not take from one item, live. */
export function useRescuedTexts(userId: string, itemId: string): RescuedText[] {
  const all = useSyncExternalStore(subscribeRescued, () => rescuedTexts(userId));
  return useMemo(() => all.filter((text) => text.itemId === itemId), [all, itemId]);
}
