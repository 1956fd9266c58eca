import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { useRef, useState } from 'react';
import { kopaApi } from '../api/kopa-api';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { activeItems, moveItem } from './item-order';
import { spaceApi } from './space-api';

/** What just happened, said once above the list; after a delete, teachers get an Undo. */
export interface Notice {
  text: string;
  undo?: ItemSummary;
}

/**
 * The space page's actions on its items. Each one asks the server, says what happened
 * (or what went wrong, in the reader's language) and fetches the space again.
 */
export function useItemCommands(space: SpaceSummary, reload: () => Promise<void>, show: (space: SpaceSummary) => void) {
  const t = useT();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Spoken by screen readers after a move: where the item is now.
  const [announcement, setAnnouncement] = useState('');
  // Moves go to the server one after the other, in the order they were made.
  const moves = useRef(Promise.resolve());
  const movesPending = useRef(0);

  const run = async (action: () => Promise<unknown>, done: Notice): Promise<boolean> => {
    setProblem(null);
    try {
      await action();
      setNotice(done);
      return true;
    } catch (failure) {
      setNotice(null);
      setProblem(errorMessage(failure, t));
      return false;
    } finally {
      await reload();
    }
  };

  const move = (item: ItemSummary, by: -1 | 1) => {
    const items = moveItem(space.items, item.id, by);
    if (!items) return;
    // On screen at once; the server's answer follows.
    show({ ...space, items });
    const listed = activeItems(items);
    setAnnouncement(t('item.movedTo', { title: item.title, position: listed.indexOf(item) + 1, count: listed.length }));
    movesPending.current += 1;
    moves.current = moves.current.then(async () => {
      try {
        await spaceApi.reorder(space.id, listed.map((entry) => entry.id));
      } catch (failure) {
        setProblem(errorMessage(failure, t));
      }
      movesPending.current -= 1;
      // Fetching between two quick moves would show the older order for a moment.
      if (movesPending.current === 0) await reload();
    });
  };

  const rename = async (item: ItemSummary, title: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await spaceApi.rename(item.id, title);
    } finally {
      await reload();
    }
  };

  const title = (item: ItemSummary) => ({ title: item.title });
  return {
    notice,
    problem,
    announcement,
    move,
    rename,
    archive: (item: ItemSummary) =>
      run(() => spaceApi.setArchived(item.id, true), { text: t('spacePage.notice.archived', title(item)) }),
    bringBack: (item: ItemSummary) =>
      run(() => spaceApi.setArchived(item.id, false), { text: t('spacePage.notice.back', title(item)) }),
    remove: (item: ItemSummary) =>
      run(
        () => spaceApi.remove(item.id),
        space.canManage
          ? { text: t('spacePage.notice.deletedTeacher', title(item)), undo: item }
          : { text: t('spacePage.notice.deleted', title(item)) },
      ),
    restore: (item: ItemSummary) => run(() => spaceApi.restore(item.id), { text: t('spacePage.notice.restored', title(item)) }),
    /** Teachers: a locked board is read-only for pupils. */
    lock: (item: ItemSummary, locked: boolean) =>
      run(() => kopaApi.setLocked(item.id, locked), { text: t(locked ? 'spacePage.notice.locked' : 'spacePage.notice.unlocked', title(item)) }),
  };
}
