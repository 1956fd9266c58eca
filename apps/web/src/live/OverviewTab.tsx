import { useId, useState } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { SelectField } from '../ui/SelectField';
import { Spinner } from '../ui/Spinner';
import { clockOffset } from './live-countdown';
import type { LiveContextValue } from './live-context';
import { liveErrorMessage } from './live-errors';
import { itemsInSpace, mayTakeBack, overviewSpaces, personFacts } from './live-supervision';
import { LiveProblem } from './LiveProblem';
import { serverTime } from './revert-since';
import { SupervisionCard } from './SupervisionCard';
import { useLiveOverview } from './use-live-overview';
import type { JoinedSession } from './use-live-session';
import { useNow } from './use-now';
import { usePartnershipMembers } from './use-partnership-members';
import './OverviewTab.css';

/** How often "12s ago" moves on: calmly, like the overview itself. */
const TICK_MS = 5_000;

/**
 * The hosts' overview: every item the lesson covers as a card (what it holds, who
 * changed it and when, who has it open), refreshed every few seconds while shown.
 */
export function OverviewTab({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const { state } = session;
  const { items, problem } = useLiveOverview(live.send, state.id, session.receivedAt);
  const members = usePartnershipMembers(state.partnershipId);
  const [spaceChoice, setSpaceChoice] = useState('');
  const offset = clockOffset(state.now, session.receivedAt);
  const now = serverTime(useNow(true, TICK_MS), offset);

  const spaces = overviewSpaces(items ?? [], locale);
  const spaceId = spaces.some((space) => space.spaceId === spaceChoice) ? spaceChoice : null;
  const shown = itemsInSpace(items ?? [], spaceId);
  const me = { userId: live.me.id, role: live.me.role, schoolId: live.me.schoolId, active: true };
  const takeBack = (userId: string) => mayTakeBack(me, personFacts(userId, state.participants, members), state.partnershipId);

  return (
    <section className="live-section live-overview" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.overview.title')}
      </h3>
      <p className="live-section__hint">{t('live.overview.hint')}</p>
      {spaces.length > 1 ? (
        <SelectField className="live-overview__filter" label={t('live.overview.whichSpace')} value={spaceId ?? ''} onChange={(event) => setSpaceChoice(event.target.value)}>
          <option value="">{t('live.overview.allSpaces')}</option>
          {spaces.map((space) => (
            <option key={space.spaceId} value={space.spaceId}>
              {space.spaceName}
            </option>
          ))}
        </SelectField>
      ) : null}
      {items === null && !problem ? <Spinner label={t('live.overview.loading')} /> : null}
      {items?.length === 0 ? <p className="live-section__empty">{t('live.overview.empty')}</p> : null}
      {shown.length > 0 ? (
        <ul className="live-overview__grid">
          {shown.map((item) => (
            <li key={item.itemId} className="live-overview__cell">
              <SupervisionCard live={live} session={session} item={item} now={now} offset={offset} mayTakeBack={takeBack} />
            </li>
          ))}
        </ul>
      ) : null}
      <LiveProblem text={problem ? t(liveErrorMessage(problem, 'live:overview')) : null} />
    </section>
  );
}
