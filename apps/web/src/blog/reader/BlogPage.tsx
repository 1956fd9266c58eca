import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useVisits } from '../../mobilities/use-visits';
import { useMe } from '../../session/use-session';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LoadStatus } from '../../ui/LoadStatus';
import { PageShell } from '../../ui/PageShell';
import { Spinner } from '../../ui/Spinner';
import { blogQuery, isFiltered, NO_FILTER, type BlogFilter } from './blog-filter';
import { blogSections } from './blog-sections';
import { BlogFilters } from './BlogFilters';
import { PostCard } from './PostCard';
import { phaseHeading } from './phase-heading';
import { useBlogEntries } from './use-blog-entries';
import { useDebouncedValue } from './use-debounced-value';
import './BlogPage.css';

/** Typing pauses this long before the server is asked. */
const SEARCH_DELAY_MS = 300;

/** `/blog`: the partnership's published posts, visit by visit and phase by phase, with filters and search. */
export function BlogPage() {
  const t = useT();
  const me = useMe();
  const visits = useVisits(me.partnershipId);
  const [filter, setFilter] = useState<BlogFilter>(NO_FILTER);
  const search = useDebouncedValue(filter.search, SEARCH_DELAY_MS);
  const query = useMemo(() => blogQuery({ ...filter, search }), [filter, search]);
  const { state, reload } = useBlogEntries(me.partnershipId, query);

  // Without the visits the posts still show, only not under their visit's heading.
  const mobilities = visits.state.status === 'ready' ? visits.state.mobilities : [];
  const themes = visits.state.status === 'ready' ? (visits.state.partnership?.themes ?? []) : [];
  const ready = state.status === 'ready' && visits.state.status !== 'loading';
  const sections = ready ? blogSections(state.entries, mobilities) : [];
  const filtered = isFiltered(filter);
  const count = state.status === 'ready' ? state.entries.length : 0;

  return (
    <PageShell>
      <header className="blog__head">
        <h1 className="blog__title">{t('blog.title')}</h1>
        <p className="blog__intro">{t('blog.intro')}</p>
      </header>

      <BlogFilters filter={filter} onChange={setFilter} themes={themes} visits={mobilities.filter((mobility) => !mobility.archived)} />

      <div className="blog__status" aria-live="polite">
        {state.status === 'ready' && state.updating ? <Spinner label={t('blog.searching')} /> : null}
        {ready && filtered && !state.updating ? (
          // With nothing found the empty state below says it; here it is only for screen readers.
          <p className={count > 0 ? 'blog__count' : 'visually-hidden'}>{t('blog.found', { count })}</p>
        ) : null}
      </div>

      <LoadStatus state={ready || state.status === 'failed' ? state : { status: 'loading' }} onRetry={reload} />

      {ready && count === 0 ? (
        <EmptyState
          picture={filtered ? 'search' : 'pages'}
          action={
            filtered ? (
              <Button variant="secondary" onClick={() => setFilter(NO_FILTER)}>
                {t('blog.showAll')}
              </Button>
            ) : null
          }
        >
          {t(filtered ? 'blog.emptyFiltered' : 'blog.empty')}
        </EmptyState>
      ) : null}

      {sections.map((section, index) => {
        const headingId = `blog-section-${section.key}`;
        // A lone group of posts about no visit needs no heading of its own.
        const headed = !(sections.length === 1 && section.mobility === null);
        return (
          <section key={section.key} className="blog__section" aria-labelledby={headed ? headingId : undefined}>
            {headed ? (
              <h2 className="blog__section-title" id={headingId}>
                {phaseHeading(section.mobility, section.phase, t)}
              </h2>
            ) : null}
            <ul className="blog__cards">
              {section.entries.map((entry, position) => (
                <li key={entry.id}>
                  <PostCard entry={entry} eager={index === 0 && position < 3} headingLevel={headed ? 3 : 2} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </PageShell>
  );
}
