import type { ItemDetail } from '@kopa/protocol';
import { useState } from 'react';
import { kopaApi } from '../api/kopa-api';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';

export interface ItemLock {
  /** Locked, as the page shows it (what was asked for, until the server's answer is in). */
  locked: boolean;
  busy: boolean;
  /** What just happened, for screen readers; what went wrong, for everyone. */
  notice: string;
  problem: string | null;
  toggle(): void;
}

/**
 * Teachers lock a document, post or board from its own page (PATCH /api/items/:id,
 * as the space list does), so pupils only read it. The server then tells every open page that rights changed, this
 * one too, and the item is fetched again (`reload` makes sure of it).
 */
export function useItemLock(item: ItemDetail, reload: () => void): ItemLock {
  const t = useT();
  // The change asked for, from which state: once the item has moved on from `from`, the item says what is true.
  const [asked, setAsked] = useState<{ locked: boolean; from: boolean } | null>(null);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pending = asked !== null && asked.from === item.locked;

  const toggle = () => {
    if (pending) return;
    const locked = !item.locked;
    setAsked({ locked, from: item.locked });
    setProblem(null);
    kopaApi.setLocked(item.id, locked).then(
      () => {
        setNotice(t(locked ? 'spacePage.notice.locked' : 'spacePage.notice.unlocked', { title: item.title }));
        reload();
      },
      (failure: unknown) => {
        setAsked(null);
        setProblem(errorMessage(failure, t));
      },
    );
  };

  return { locked: pending ? asked.locked : item.locked, busy: pending, notice, problem, toggle };
}
