import type { BlogEntry, BlogQuery } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useAccessChanged } from '../../live/use-access-changed';
import { blogApi } from './blog-api';

export type BlogEntriesState =
  | { status: 'loading' }
  /** `updating`: other filters were chosen; the list shown still answers the previous ones. */
  | { status: 'ready'; entries: BlogEntry[]; updating: boolean }
  | { status: 'failed'; error: unknown };

type Answer = { key: string } & ({ status: 'ready'; entries: BlogEntry[] } | { status: 'failed'; error: unknown });

/** The partnership's published posts matching the filters, fetched again whenever they change. */
export function useBlogEntries(partnershipId: string | null, query: BlogQuery): { state: BlogEntriesState; reload(): void } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { q, mobilityId, phase, theme } = query;
  const key = JSON.stringify([partnershipId, q, mobilityId, phase, theme, attempt]);

  useEffect(() => {
    if (!partnershipId) return;
    let current = true;
    blogApi.blog(partnershipId, { q, mobilityId, phase, theme }).then(
      // An answer to filters that were changed since is dropped: the newer one follows.
      (entries) => current && setAnswer({ key, status: 'ready', entries }),
      (error: unknown) => current && setAnswer({ key, status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [partnershipId, q, mobilityId, phase, theme, key]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  useAccessChanged(reload);

  if (!partnershipId) return { state: { status: 'ready', entries: [], updating: false }, reload };
  if (!answer) return { state: { status: 'loading' }, reload };
  if (answer.status === 'failed') return { state: answer.key === key ? answer : { status: 'loading' }, reload };
  return { state: { status: 'ready', entries: answer.entries, updating: answer.key !== key }, reload };
}
