import type { PostDetail } from '@kopa/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../api/api-client';
import { useAccessChanged } from '../live/use-access-changed';
import { useBackOnline } from '../offline/use-back-online';
import { postsApi } from './posts-api';
import { usePostWatch } from './use-post-watch';

export type PostState = { status: 'loading' } | { status: 'ready'; post: PostDetail } | { status: 'failed'; error: unknown };

/**
 * A post as its writers and reviewers see it, fetched again when its status changes
 * (live, from the server) or rights change. A later fetch keeps the page as it is
 * until its answer comes, so the editor stays open while the post refreshes; only a
 * real refusal (gone, no access) replaces the page with the error.
 */
export function usePost(itemId: string) {
  const [state, setState] = useState<PostState>({ status: 'loading' });
  const latestRequest = useRef(0);

  const load = useCallback(() => {
    const request = ++latestRequest.current;
    postsApi.post(itemId).then(
      (post) => {
        if (request === latestRequest.current) setState({ status: 'ready', post });
      },
      (error: unknown) => {
        if (request !== latestRequest.current) return;
        const passing = error instanceof ApiRequestError && (error.code === 'network' || error.status >= 500);
        setState((previous) => (previous.status === 'ready' && passing ? previous : { status: 'failed', error }));
      },
    );
  }, [itemId]);
  useEffect(load, [load]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    load();
  }, [load]);
  /** An answer the page already has (e.g. from saving the details). */
  const setPost = useCallback((post: PostDetail) => {
    latestRequest.current++;
    setState({ status: 'ready', post });
  }, []);

  usePostWatch(itemId, load);
  useAccessChanged(load);
  // Rights may have changed while offline (a lock, a team change): ask again.
  useBackOnline(load);

  return { state, reload: load, retry, setPost };
}
