import type { VersionSummary } from '@kopa/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { historyApi } from './history-api';

export type VersionsState = { status: 'loading' } | { status: 'ready'; versions: VersionSummary[] } | { status: 'failed'; error: unknown };

/** An item's versions, newest first; fetched again after each change made here. */
export function useVersions(itemId: string) {
  const [state, setState] = useState<VersionsState>({ status: 'loading' });
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    historyApi.versions(itemId).then(
      (versions) => request === latest.current && setState({ status: 'ready', versions }),
      (error: unknown) => request === latest.current && setState({ status: 'failed', error }),
    );
  }, [itemId]);
  useEffect(reload, [reload]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    reload();
  }, [reload]);
  return { state, reload, retry };
}
