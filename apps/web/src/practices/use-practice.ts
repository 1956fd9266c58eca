import type { Practice } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { practicesApi } from './practices-api';

export type PracticeState = { status: 'loading' } | { status: 'ready'; practice: Practice } | { status: 'failed'; error: unknown };

/** One practice as the reader may see it, fetched again on `reload()`. */
export function usePractice(practiceId: string | null) {
  const [state, setState] = useState<PracticeState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!practiceId) return;
    let current = true;
    practicesApi.practice(practiceId).then(
      (practice) => current && setState({ status: 'ready', practice }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [practiceId, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, reload };
}
