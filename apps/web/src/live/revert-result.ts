import type { MessageId } from '@kopa/i18n';
import type { ItemType, RevertResult } from '@kopa/protocol';

export interface RevertWords {
  id: MessageId;
  values: { removed: number; restored: number };
}

/**
 * What the host reads after taking a pupil's changes back: how many characters
 * (on a board: changes and things) went and came back, in plain words, or that
 * nothing changed. The message also wants `name` and `title`.
 */
export function revertWords(result: RevertResult, itemType: ItemType): RevertWords {
  const { removed, restored } = result;
  const values = { removed, restored };
  if (removed <= 0 && restored <= 0) return { id: 'live.revert.nothing', values };
  const board = itemType === 'board';
  if (restored <= 0) return { id: board ? 'live.revert.boardRemoved' : 'live.revert.textRemoved', values };
  if (removed <= 0) return { id: board ? 'live.revert.boardRestored' : 'live.revert.textRestored', values };
  return { id: board ? 'live.revert.boardBoth' : 'live.revert.textBoth', values };
}
