import type { LiveSessionState, Team } from '@kopa/protocol';
import { LockOpen } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import type { LiveContextValue } from './live-context';
import { lockWhere, lockWho, type LockNames } from './lock-description';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

/** The locks of the lesson: whom, where, by whom; each with a button to let them edit again. */
export function LockList({ live, state, teams }: { live: LiveContextValue; state: LiveSessionState; teams: Team[] }) {
  const t = useT();
  const { run, busy, problem } = useLiveAction();
  if (state.locks.length === 0) return <p className="live-section__empty">{t('live.locks.none')}</p>;
  const names: LockNames = {
    teams: new Map(teams.map((team) => [team.id, team.name])),
    participants: state.participants,
    items: new Map((live.spaceItems ?? []).map((item) => [item.id, item.title])),
    spaceName: state.spaceName,
  };
  return (
    <>
      <ul className="lock-list">
        {[...state.locks]
          .sort((a, b) => a.at - b.at)
          .map((lock) => {
            const who = lockWho(lock, names, t);
            const where = lockWhere(lock, names, t);
            return (
              <li key={lock.id} className="lock-list__lock">
                <div className="lock-list__text">
                  <p className="lock-list__what">
                    <span className="lock-list__who">{who}</span>
                    <span>{where}</span>
                  </p>
                  <p className="lock-list__by">{t('live.locks.by', { name: lock.byName })}</p>
                </div>
                <Button
                  variant="secondary"
                  icon={<LockOpen size={18} />}
                  disabled={busy}
                  aria-label={t('live.locks.unlockLabel', { who, where })}
                  onClick={() => void run(() => live.send('live:unlock', { lockId: lock.id }))}
                >
                  {t('live.locks.unlock')}
                </Button>
              </li>
            );
          })}
      </ul>
      <LiveProblem text={problem} />
    </>
  );
}
