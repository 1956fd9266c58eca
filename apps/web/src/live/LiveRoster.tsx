import type { LiveSessionState } from '@kopa/protocol';
import { useId } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import type { LiveContextValue } from './live-context';
import { rosterOrder } from './live-roster';
import { RosterRow } from './RosterRow';
import './LiveRoster.css';

/** Everyone in the lesson: hosts, those here now, and (greyed) those who left, for attendance. */
export function LiveRoster({ live, state, present }: { live: LiveContextValue; state: LiveSessionState; present: number }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const titles = new Map((live.spaceItems ?? []).map((item) => [item.id, item.title]));
  if (state.spotlight) titles.set(state.spotlight.itemId, state.spotlight.title);
  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.roster.title', { count: present })}
      </h3>
      <ul className="live-roster">
        {rosterOrder(state.participants, locale).map((person) => (
          <RosterRow key={person.userId} live={live} state={state} person={person} itemTitle={person.itemId ? (titles.get(person.itemId) ?? null) : null} />
        ))}
      </ul>
    </section>
  );
}
