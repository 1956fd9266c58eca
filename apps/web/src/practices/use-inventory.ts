import { PRACTICE_LIMITS, type Practice, type PracticeFacets } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { practiceQueryString, type PracticeFilter } from './practice-filter';
import { practicesApi } from './practices-api';

export type InventoryState =
  | { status: 'loading' }
  /** `updating`: other filters were chosen and the list shown still answers the previous ones. */
  | { status: 'ready'; practices: Practice[]; total: number; facets: PracticeFacets; updating: boolean; more: 'idle' | 'loading' | 'failed' }
  | { status: 'failed'; error: unknown };

type Answer = { key: string } & (
  | { status: 'ready'; practices: Practice[]; total: number; facets: PracticeFacets; more: 'idle' | 'loading' | 'failed' }
  | { status: 'failed'; error: unknown }
);

const PAGE = PRACTICE_LIMITS.pageDefault;

/**
 * The instance's inventory for a filter, a page at a time: the first page whenever the filter changes
 * (answers to filters changed since are dropped), the next ones appended with `more()`.
 */
export function useInventory(filter: PracticeFilter): { state: InventoryState; reload(): void; more(): void } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);
  const first = practiceQueryString(filter, { offset: 0, limit: PAGE });
  const key = `${first}#${attempt}`;

  useEffect(() => {
    let current = true;
    practicesApi.search(first).then(
      (result) => current && setAnswer({ key, status: 'ready', practices: result.practices, total: result.total, facets: result.facets, more: 'idle' }),
      (error: unknown) => current && setAnswer({ key, status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [first, key]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  const more = useCallback(() => {
    if (!answer || answer.status !== 'ready' || answer.key !== key || answer.more === 'loading') return;
    const shown = answer.practices;
    setAnswer({ ...answer, more: 'loading' });
    practicesApi.search(practiceQueryString(filter, { offset: shown.length, limit: PAGE })).then(
      (result) =>
        setAnswer((now) => {
          if (!now || now.key !== key || now.status !== 'ready') return now;
          // A practice that moved up meanwhile (changed by someone) is not shown twice.
          const known = new Set(now.practices.map((practice) => practice.id));
          return { ...now, practices: [...now.practices, ...result.practices.filter((practice) => !known.has(practice.id))], total: result.total, more: 'idle' };
        }),
      () => setAnswer((now) => (now && now.key === key && now.status === 'ready' ? { ...now, more: 'failed' } : now)),
    );
  }, [answer, filter, key]);

  if (!answer) return { state: { status: 'loading' }, reload, more };
  if (answer.status === 'failed') return { state: answer.key === key ? answer : { status: 'loading' }, reload, more };
  return { state: { ...answer, updating: answer.key !== key }, reload, more };
}
