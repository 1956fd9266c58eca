import type { PostDetail, UpdatePostBody } from '@kopa/protocol';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { postsApi } from './posts-api';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

/**
 * Saves the post's details as they change, one request after the other (so answers
 * never arrive out of order). Until the last answer is in, the fields show what the
 * writer chose (`pending`); then the server's post, which is the truth.
 */
export function useDetailsSaver(post: PostDetail, onSaved: (post: PostDetail) => void, onFailed: () => void) {
  const t = useT();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [pending, setPending] = useState<UpdatePostBody>({});
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  const save = useCallback(
    (body: UpdatePostBody) => {
      inFlight.current++;
      setPending((current) => ({ ...current, ...body }));
      setState({ status: 'saving' });
      queue.current = queue.current.then(async () => {
        try {
          const saved = await postsApi.update(post.id, body);
          if (--inFlight.current > 0) return;
          onSaved(saved);
          setPending({});
          setState({ status: 'saved' });
        } catch (error) {
          inFlight.current--;
          setPending({});
          setState({
            status: 'failed',
            message: errorMessage(error, t, {
              language: t('postEdit.language'),
              themes: t('postEdit.themes'),
              mobilityId: t('postEdit.mobility'),
              phase: t('postEdit.phase'),
              coverUploadId: t('postEdit.cover'),
              coverAlt: t('postEdit.cover.alt'),
            }),
          });
          // Show what the server has, not what failed to save.
          onFailed();
        }
      });
    },
    [post.id, onSaved, onFailed, t],
  );

  return { state, pending, save };
}
