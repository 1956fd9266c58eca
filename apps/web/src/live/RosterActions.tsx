import { isStaffRole, type LiveParticipant, type LiveSessionState } from '@kopa/protocol';
import { Hand, Lock, LockOpen, MessageSquare, MessageSquareOff, UserPlus } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import type { LiveContextValue } from './live-context';
import { findLock } from './live-locks';
import { looksAfterPerson } from './live-roster';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

interface RosterActionsProps {
  live: LiveContextValue;
  state: LiveSessionState;
  person: LiveParticipant;
  hand: boolean;
}

/**
 * A host's quick actions on one person: lower their hand; for pupils they look
 * after, mute or unmute them in the chat and pause or resume their editing in the
 * whole space; for another teacher, make them a co-host.
 */
export function RosterActions({ live, state, person, hand }: RosterActionsProps) {
  const t = useT();
  const { run, busy, problem } = useLiveAction();
  const name = person.displayName;
  const caresFor = looksAfterPerson(live.me, person);
  const pupilLock = findLock(state.locks, { scope: 'pupil', targetId: person.userId, itemId: null });
  const canCohost = isStaffRole(person.role) && !person.host && person.present;
  if (!hand && !caresFor && !canCohost) return null;
  return (
    <div className="roster-row__actions">
      <div className="roster-row__buttons">
        {hand ? (
          <IconButton
            label={t('live.hands.lowerOne', { name })}
            icon={<Hand size={18} />}
            disabled={busy}
            onClick={() => void run(() => live.send('live:lower-hands', { userId: person.userId }))}
          />
        ) : null}
        {caresFor ? (
          <IconButton
            label={t(person.muted ? 'live.roster.unmute' : 'live.roster.mute', { name })}
            icon={person.muted ? <MessageSquare size={18} /> : <MessageSquareOff size={18} />}
            disabled={busy}
            onClick={() => void run(() => live.send('live:mute', { userId: person.userId, muted: !person.muted }))}
          />
        ) : null}
        {caresFor ? (
          <IconButton
            label={t(pupilLock ? 'live.roster.resume' : 'live.roster.pause', { name })}
            icon={pupilLock ? <LockOpen size={18} /> : <Lock size={18} />}
            disabled={busy}
            onClick={() =>
              void run(() =>
                pupilLock
                  ? live.send('live:unlock', { lockId: pupilLock.id })
                  : live.send('live:lock', { scope: 'pupil', targetId: person.userId, itemId: null }),
              )
            }
          />
        ) : null}
        {canCohost ? (
          <IconButton
            label={t('live.roster.cohost', { name })}
            icon={<UserPlus size={18} />}
            disabled={busy}
            onClick={() => void run(() => live.send('live:cohost', { userId: person.userId }))}
          />
        ) : null}
      </div>
      <LiveProblem text={problem} />
    </div>
  );
}
