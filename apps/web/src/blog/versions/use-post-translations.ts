import type { PostTranslations } from '@kopa/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { translationsApi } from './translations-api';

export type TranslationsState = { status: 'loading' } | { status: 'ready'; translations: PostTranslations } | { status: 'failed'; error: unknown };

/**
 * A post's versions, fetched again whenever the post is (`version` changes: the post page hears
 * 'post:changed' when someone adds or deletes one). A later fetch keeps what is shown until it answers.
 */
export function usePostTranslations(itemId: string, version: unknown) {
  const [state, setState] = useState<TranslationsState>({ status: 'loading' });
  const latest = useRef(0);
  const load = useCallback(() => {
    const request = ++latest.current;
    translationsApi.list(itemId).then(
      (translations) => request === latest.current && setState({ status: 'ready', translations }),
      (error: unknown) => request === latest.current && setState((previous) => (previous.status === 'ready' ? previous : { status: 'failed', error })),
    );
  }, [itemId]);
  useEffect(load, [load, version]);
  return { state, reload: load };
}
