import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { spaceApi } from './space-api';

export type SpaceState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  /** `bin` is null for those who may not see it (everyone but teachers). */
  | { status: 'ready'; space: SpaceSummary; bin: ItemSummary[] | null };

/**
 * One space with its items (and, for teachers, its bin). `reload` fetches again without
 * blanking the page; `show` puts a space on screen at once (a move, before the server answers).
 */
export function useSpace(spaceId: string) {
  const [result, setResult] = useState<{ spaceId: string; state: SpaceState } | null>(null);
  // Only the latest request may answer: an earlier, slower one would show an older truth.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    let state: SpaceState;
    try {
      const space = await spaceApi.space(spaceId);
      state = { status: 'ready', space, bin: space.canManage ? await spaceApi.bin(spaceId) : null };
    } catch (error) {
      state = { status: 'failed', error };
    }
    if (request === latest.current) setResult({ spaceId, state });
  }, [spaceId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const show = useCallback(
    (space: SpaceSummary) => {
      // What is shown now is newer than any answer still on its way: those must not undo it
      // (a reload started after one move would otherwise put back the order before the next).
      latest.current += 1;
      setResult((current) =>
        current?.spaceId === spaceId && current.state.status === 'ready'
          ? { spaceId, state: { ...current.state, space } }
          : current,
      );
    },
    [spaceId],
  );

  // An answer for another space means this one is still on its way.
  const state: SpaceState = result?.spaceId === spaceId ? result.state : { status: 'loading' };
  return { state, reload, show };
}
