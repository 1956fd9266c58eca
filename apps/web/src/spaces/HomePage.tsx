import type { MessageId } from '@kopa/i18n';
import type { Role, SpaceKind, SpaceSummary } from '@kopa/protocol';
import { useT } from '../i18n/use-t';
import { useAccessChanged } from '../live/use-access-changed';
import { PartnershipTimeline } from '../mobilities/PartnershipTimeline';
import { UnsavedWorkNotice } from '../offline/UnsavedWorkNotice';
import { useSendUnsavedCopies } from '../offline/use-send-unsaved-copies';
import { useMe } from '../session/use-session';
import { PageShell } from '../ui/PageShell';
import { EmptySpaces } from './EmptySpaces';
import { SpaceCard } from './SpaceCard';
import { useSpaces } from './use-spaces';
import { LoadStatus } from '../ui/LoadStatus';
import './HomePage.css';

/**
 * Where everyone lands: where the partnership is now (its phases), then the spaces.
 * A pupil sees only what is theirs, what they can work on first, the partnership's
 * own space below; teachers and guests see every space, grouped by kind.
 */
export function HomePage() {
  const t = useT();
  const me = useMe();
  const { state, reload } = useSpaces();
  useAccessChanged(reload);
  // Work written offline and not saved when they left goes to the server now.
  useSendUnsavedCopies(me.id);
  const pupil = me.role === 'pupil';

  return (
    <PageShell>
      <section className="home__hello">
        <h1 className="home__greeting">{t('home.greeting', { name: me.displayName })}</h1>
        <p className="home__intro">{t(INTRO[me.role])}</p>
      </section>
      <UnsavedWorkNotice userId={me.id} />
      <PartnershipTimeline />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && state.spaces.length === 0 ? <EmptySpaces /> : null}
      {state.status === 'ready' && state.spaces.length > 0 ? (
        pupil ? <PupilSpaces spaces={state.spaces} /> : <AllSpaces spaces={state.spaces} />
      ) : null}
    </PageShell>
  );
}

/** What the page is, said to each role: guests only read, pupils see what is theirs. */
const INTRO: Record<Role, MessageId> = {
  pupil: 'home.introPupil',
  guest: 'home.introGuest',
  teacher: 'home.intro',
  coordinator: 'home.intro',
};

/** Writable first, and a pupil's team before the visit diaries. */
const workFirst = (a: SpaceSummary, b: SpaceSummary) =>
  Number(b.canEdit) - Number(a.canEdit) || Number(b.kind === 'team') - Number(a.kind === 'team');

function PupilSpaces({ spaces }: { spaces: SpaceSummary[] }) {
  const t = useT();
  const own = spaces.filter((space) => space.mine && space.kind !== 'partnership').sort(workFirst);
  const shared = spaces.filter((space) => space.kind === 'partnership');
  return (
    <>
      <section aria-labelledby="spaces-heading" className="home__section">
        <h2 id="spaces-heading" className="home__heading">
          {t('home.spacesHeading')}
        </h2>
        {own.length > 0 ? <SpaceList spaces={own} /> : <p className="home__none">{t('home.noOwnSpaces')}</p>}
      </section>
      {shared.length > 0 ? (
        <section aria-labelledby="shared-heading" className="home__section">
          <h2 id="shared-heading" className="home__heading">
            {t('home.forEveryone')}
          </h2>
          <p className="home__hint">{t('home.forEveryoneHint')}</p>
          <SpaceList spaces={shared} />
        </section>
      ) : null}
    </>
  );
}

const GROUPS: { kind: SpaceKind; heading: MessageId }[] = [
  { kind: 'partnership', heading: 'home.groupPartnership' },
  { kind: 'team', heading: 'home.groupTeams' },
  { kind: 'mobility', heading: 'home.groupMobilities' },
];

function AllSpaces({ spaces }: { spaces: SpaceSummary[] }) {
  const t = useT();
  return (
    <section aria-labelledby="spaces-heading" className="home__section">
      <h2 id="spaces-heading" className="home__heading">
        {t('home.spacesHeading')}
      </h2>
      {GROUPS.map(({ kind, heading }) => {
        const group = spaces.filter((space) => space.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`group-${kind}`} className="home__group">
            <h3 id={`group-${kind}`} className="home__group-heading">
              {t(heading)}
            </h3>
            <SpaceList spaces={group} headingLevel={4} />
          </section>
        );
      })}
    </section>
  );
}

function SpaceList({ spaces, headingLevel }: { spaces: SpaceSummary[]; headingLevel?: 3 | 4 }) {
  return (
    <ul className="home__spaces">
      {spaces.map((space) => (
        <li key={space.id}>
          <SpaceCard space={space} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
