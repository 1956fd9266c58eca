import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAccessChanged } from '../live/use-access-changed';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { PageShell } from '../ui/PageShell';
import { Spinner } from '../ui/Spinner';
import { EmptySpaces } from './EmptySpaces';
import { SpaceCard } from './SpaceCard';
import { useSpaces } from './use-spaces';
import './HomePage.css';

/** Where everyone lands: their spaces and what is in them. */
export function HomePage() {
  const t = useT();
  const me = useMe();
  const { state, reload } = useSpaces();
  useAccessChanged(reload);

  return (
    <PageShell>
      <section className="home__hello">
        <h1 className="home__greeting">{t('home.greeting', { name: me.displayName })}</h1>
        <p className="home__intro">{t('home.intro')}</p>
      </section>
      {state.status === 'loading' ? <Spinner label={t('app.loading')} /> : null}
      {state.status === 'failed' ? (
        <Banner tone="error" action={<Button variant="secondary" onClick={reload}>{t('error.retry')}</Button>}>
          {errorMessage(state.error, t)}
        </Banner>
      ) : null}
      {state.status === 'ready' && state.spaces.length === 0 ? <EmptySpaces /> : null}
      {state.status === 'ready' && state.spaces.length > 0 ? (
        <section aria-labelledby="spaces-heading">
          <h2 id="spaces-heading" className="home__heading">
            {t('home.spacesHeading')}
          </h2>
          <ul className="home__spaces">
            {state.spaces.map((space) => (
              <li key={space.id}>
                <SpaceCard space={space} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageShell>
  );
}
