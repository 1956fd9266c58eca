import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { ApiRequestError } from '../api/api-client';
import { useRetryWhenBack } from '../offline/use-retry-when-back';
import { Banner } from './Banner';
import { Button } from './Button';
import { Spinner } from './Spinner';

export type Loadable = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready' };

/**
 * What a page shows while its data is on the way or could not come: a spinner, or the
 * problem in the reader's language with a way to try again. Nothing once it is ready.
 */
export function LoadStatus({ state, onRetry }: { state: Loadable; onRetry(): void }) {
  const t = useT();
  // Weak Wi-Fi comes and goes: a failure that passes is tried again by itself.
  useRetryWhenBack(state.status === 'failed' && state.error instanceof ApiRequestError && state.error.passing, onRetry);
  if (state.status === 'loading') return <Spinner label={t('app.loading')} />;
  if (state.status === 'failed') {
    return (
      <Banner tone="error" action={<Button variant="secondary" onClick={onRetry}>{t('error.retry')}</Button>}>
        {errorMessage(state.error, t)}
      </Banner>
    );
  }
  return null;
}
