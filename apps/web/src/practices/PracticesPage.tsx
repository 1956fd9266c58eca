import { isStaffRole } from '@kopa/protocol';
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useDebouncedValue } from '../blog/reader/use-debounced-value';
import { useT } from '../i18n/use-t';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { LoadStatus } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { Spinner } from '../ui/Spinner';
import { filterFromSearch, isFiltered, NO_FILTER, searchFromFilter, type PracticeFilter } from './practice-filter';
import { PracticeCard } from './PracticeCard';
import { PracticeFilters } from './PracticeFilters';
import { useInventory } from './use-inventory';
import '../ui/Button.css';
import './PracticesPage.css';
import { EmptyState } from '../ui/EmptyState';

/** Typing pauses this long before the server is asked. */
const SEARCH_DELAY_MS = 300;

/**
 * `/practices`: the instance's inventory of good practices as the reader may see it (their partnership's
 * and every public one), searched and filtered; the filter lives in the address. Teachers describe new ones.
 */
export function PracticesPage() {
  const t = useT();
  const me = useMe();
  const [, navigate] = useLocation();
  const address = useSearch();
  const filter = useMemo(() => filterFromSearch(address), [address]);
  // What is typed shows at once; the address (and the server) follow once typing pauses.
  const [typed, setTyped] = useState(filter.search);
  const words = useDebouncedValue(typed, SEARCH_DELAY_MS);
  const canDescribe = useCanDescribe(me.partnershipId, isStaffRole(me.role));
  const notice = (history.state as { deleted?: string } | null)?.deleted ?? null;

  const show = (next: PracticeFilter) => navigate(`/practices${searchFromFilter(next)}`, { replace: true, state: null });
  useEffect(() => {
    if (words !== filter.search) show({ ...filter, search: words });
    // Only typing moves the address; the filter's own changes go through show().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [words]);

  const { state, reload, more } = useInventory(filter);
  const filtered = isFiltered(filter);
  const ready = state.status === 'ready';
  const count = ready ? state.total : 0;

  const change = (next: PracticeFilter) => {
    setTyped(next.search);
    show(next);
  };

  return (
    <PageShell>
      <header className="practices__head">
        <div className="practices__heading">
          <h1 className="practices__title">{t('practices.title')}</h1>
          <p className="practices__intro">{t('practices.intro')}</p>
        </div>
        {canDescribe ? (
          <Link href="/practices/new" className="button button--primary button--m practices__new">
            <span className="button__icon" aria-hidden="true">
              <Plus size={20} />
            </span>
            {t('practices.new')}
          </Link>
        ) : null}
      </header>

      {notice ? (
        <Banner tone="success" className="practices__notice">
          {t('practices.deleted', { title: notice })}
        </Banner>
      ) : null}

      {/* Nothing to search in yet: the empty state below says what to do instead. */}
      {ready && count === 0 && !filtered && typed === '' ? null : (
        <PracticeFilters filter={{ ...filter, search: typed }} facets={ready ? state.facets : null} onChange={change} />
      )}

      <div className="practices__status" aria-live="polite">
        {ready && state.updating ? <Spinner label={t('practices.searching')} /> : null}
        {ready && !state.updating && (filtered || count > 0) ? (
          <p className={count > 0 ? 'practices__count' : 'visually-hidden'}>
            {filtered ? t('practices.found', { count }) : t('practices.count', { count })}
          </p>
        ) : null}
      </div>

      <LoadStatus state={state.status === 'ready' ? { status: 'ready' } : state} onRetry={reload} />

      {ready && count === 0 ? (
        <EmptyState
          picture={filtered ? 'search' : 'ideas'}
          action={
            filtered ? (
              <Button variant="secondary" onClick={() => change(NO_FILTER)}>
                {t('practices.filter.clear')}
              </Button>
            ) : canDescribe ? (
              <Link href="/practices/new" className="button button--primary button--m">
                {t('practices.new')}
              </Link>
            ) : null
          }
        >
          {t(filtered ? 'practices.empty.filtered' : canDescribe ? 'practices.empty.staff' : 'practices.empty.member')}
        </EmptyState>
      ) : null}

      {ready && state.practices.length > 0 ? (
        <>
          <ul className="practices__cards">
            {state.practices.map((practice) => (
              <li key={practice.id}>
                <PracticeCard practice={practice} />
              </li>
            ))}
          </ul>
          {state.practices.length < state.total ? (
            <div className="practices__more">
              <p className="practices__shown">{t('practices.shown', { shown: state.practices.length, total: state.total })}</p>
              <Button variant="secondary" onClick={more} disabled={state.more === 'loading'}>
                {t('practices.more')}
              </Button>
              {state.more === 'failed' ? <Banner tone="error">{t('error.network')}</Banner> : null}
            </div>
          ) : null}
        </>
      ) : null}
    </PageShell>
  );
}

/** Teachers and the coordinator of an active partnership describe practices (the server asks the same). */
function useCanDescribe(partnershipId: string | null, staff: boolean): boolean {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    if (!partnershipId || !staff) return;
    let current = true;
    partnershipsApi.partnership(partnershipId).then(
      (partnership) => current && setAllowed(partnership.canModerate),
      () => current && setAllowed(false),
    );
    return () => {
      current = false;
    };
  }, [partnershipId, staff]);
  return staff && allowed;
}
