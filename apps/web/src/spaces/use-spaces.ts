import type { SpaceSummary } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { kopaApi } from '../api/kopa-api';

export type SpacesState =
  | { status: 'loading' }
  | { status: 'ready'; spaces: SpaceSummary[] }
  | { status: 'failed'; error: unknown };

/** The spaces the user may see, from `GET /api/spaces`, with a way to load them again. */
export function useSpaces(): { state: SpacesState; reload(): void } {
  const [state, setState] = useState<SpacesState>({ status: 'loading' });
  const reload = useCallback(() => {
    kopaApi.spaces().then(
      (spaces) => setState({ status: 'ready', spaces }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, []);
  useEffect(reload, [reload]);
  return { state, reload };
}
