import { colorForUser, personLabel, type LiveParticipant, type LiveSessionState } from '@kopa/protocol';
import { Crown, Hand, Lock, MessageSquareOff } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Avatar } from '../ui/Avatar';
import { CountryCode } from './CountryCode';
import type { LiveContextValue } from './live-context';
import { LiveChip } from './LiveChip';
import { locksOnMe } from './live-locks';
import { rosterFacts } from './live-roster';
import { RosterActions } from './RosterActions';

interface RosterRowProps {
  live: LiveContextValue;
  state: LiveSessionState;
  person: LiveParticipant;
  /** The title of the item they have open (null: none, or one outside the space). */
  itemTitle: string | null;
}

/** One person: name, country, school, what they have open, host, hand, muted, paused; the hosts' actions on them. */
export function RosterRow({ live, state, person, itemTitle }: RosterRowProps) {
  const t = useT();
  const me = person.userId === live.me.id;
  const hand = state.hands.some((raised) => raised.userId === person.userId);
  // Paused everywhere in the space, or on the item they have open.
  const paused = locksOnMe(state, { id: person.userId, role: person.role }, person.itemId).length > 0;
  // The server names the item wherever it is; the space's own list is the fallback.
  const title = person.itemTitle ?? itemTitle;
  const where = person.present
    ? person.itemId
      ? title
        ? t('live.roster.onItem', { title })
        : t('live.roster.onSomeItem')
      : t('live.roster.noItem')
    : t('live.roster.left');
  return (
    <li className={`roster-row${person.present ? '' : ' roster-row--away'}`}>
      <Avatar name={person.displayName} label={personLabel(person.displayName, person.country)} color={colorForUser(person.userId)} size="s" />
      <div className="roster-row__main">
        <p className="roster-row__name">
          <span className="roster-row__display-name">{me ? t('live.roster.you', { name: person.displayName }) : person.displayName}</span>
          <CountryCode country={person.country} />
          {person.host ? (
            <LiveChip tone="host" icon={<Crown size={12} />}>
              {t('live.roster.host')}
            </LiveChip>
          ) : null}
          {hand ? (
            <LiveChip tone="hand" icon={<Hand size={12} />}>
              {t('live.roster.hand')}
            </LiveChip>
          ) : null}
          {person.muted ? (
            <LiveChip tone="muted" icon={<MessageSquareOff size={12} />}>
              {t('live.roster.muted')}
            </LiveChip>
          ) : null}
          {paused ? (
            <LiveChip tone="locked" icon={<Lock size={12} />}>
              {t('live.roster.paused')}
            </LiveChip>
          ) : null}
        </p>
        {/* Each fact brings its separator; one starting a line has it clipped away (LiveRoster.css). */}
        <p className="roster-row__meta">
          {rosterFacts([person.schoolName, where]).map((fact, index) => (
            <span key={index} className="roster-row__fact">
              {fact}
            </span>
          ))}
        </p>
      </div>
      {state.youHost && !me ? <RosterActions live={live} state={state} person={person} hand={hand} /> : null}
    </li>
  );
}
