import { isStaffRole, type LiveParticipant, type LiveSessionState } from '@kopa/protocol';
import { Hand, Lock, LockOpen, MessageSquare, MessageSquareOff, Undo2, UserPlus } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import type { LiveContextValue } from './live-context';
import { findLock } from './live-locks';
import { looksAfterPerson } from './live-roster';
import { LiveProblem } from './LiveProblem';
import { RosterRevert } from './RosterRevert';
import { useLiveAction } from './use-live-action';

interface RosterActionsProps {
  live: LiveContextValue;
  state: LiveSessionState;
  person: LiveParticipant;
  hand: boolean;
}

/**
 * A host's quick actions on one person: lower their hand; for pupils they look
 * after, mute or unmute them in the chat, pause or resume their editing in the
 * whole space, and take back their changes to something; for another teacher,
 * make them a co-host.
 */
export function RosterActions({ live, state, person, hand }: RosterActionsProps) {
  const t = useT();
  const { run, busy, problem } = useLiveAction();
  const [reverting, setReverting] = useState(false);
  const revertId = useId();
  const revertButton = useRef<HTMLButtonElement>(null);
  const name = person.displayName;
  const caresFor = looksAfterPerson(live.me, person);
  const pupilLock = findLock(state.locks, { scope: 'pupil', targetId: person.userId, itemId: null });
  const canCohost = isStaffRole(person.role) && !person.host && person.present;
  if (!hand && !caresFor && !canCohost) return null;
  const closeRevert = () => {
    setReverting(false);
    revertButton.current?.focus();
  };
  return (
    <>
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
          {caresFor && live.session ? (
            <IconButton
              ref={revertButton}
              label={t('live.revert.takeBack', { name })}
              icon={<Undo2 size={18} />}
              aria-expanded={reverting}
              aria-controls={reverting ? revertId : undefined}
              onClick={() => setReverting(!reverting)}
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
      {reverting && live.session ? (
        <div className="roster-row__panel">
          <RosterRevert live={live} session={live.session} person={person} onClose={closeRevert} id={revertId} />
        </div>
      ) : null}
    </>
  );
}
