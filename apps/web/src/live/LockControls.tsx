import { type LiveSessionState, type LockScope, type Team } from '@kopa/protocol';
import { Lock } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/SelectField';
import type { LiveContextValue } from './live-context';
import { findLock } from './live-locks';
import { looksAfterPerson, noPupilToPauseHint, rosterOrder } from './live-roster';
import { LiveProblem } from './LiveProblem';
import { LockList } from './LockList';
import { useLiveAction } from './use-live-action';

interface LockControlsProps {
  live: LiveContextValue;
  state: LiveSessionState;
  teams: Team[];
  /** The item of the space the host has open (the lock's place to start with). */
  hereId: string | null;
}

/** Pausing editing: for everyone, a team or one pupil; on one item or the whole space. Then the locks, each to lift. */
export function LockControls({ live, state, teams, hereId }: LockControlsProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const { run, busy, problem } = useLiveAction();
  const [scope, setScope] = useState<LockScope>('everyone');
  const [teamId, setTeamId] = useState('');
  const [pupilId, setPupilId] = useState('');
  // '' is the whole space; undefined: not chosen yet, so the item on screen.
  const [placeChoice, setPlaceChoice] = useState<string | undefined>(undefined);
  const items = live.spaceItems ?? [];
  const place = placeChoice ?? hereId ?? '';
  const pupils = rosterOrder(state.participants, locale).filter((person) => looksAfterPerson(live.me, person));
  const team = teamId || teams[0]?.id || '';
  const pupil = pupilId || pupils[0]?.userId || '';
  const targetId = scope === 'team' ? team : scope === 'pupil' ? pupil : null;
  const rule = { scope, targetId, itemId: place || null };
  // "One pupil" greyed out says why: a teacher pauses only their own school's pupils.
  const pupilHint = noPupilToPauseHint(live.me.role, pupils.length);
  const already = findLock(state.locks, rule);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (already || (scope !== 'everyone' && !targetId)) return;
    void run(() => live.send('live:lock', rule));
  };

  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.locks.title')}
      </h3>
      <p className="live-section__hint">{t('live.locks.intro')}</p>
      <form className="host-tools__form" onSubmit={submit}>
        <SelectField
          label={t('live.locks.who')}
          hint={pupilHint ? t(pupilHint) : undefined}
          value={scope}
          onChange={(event) => setScope(event.target.value as LockScope)}
        >
          <option value="everyone">{t('live.locks.everyone')}</option>
          <option value="team" disabled={teams.length === 0}>
            {t('live.locks.aTeam')}
          </option>
          <option value="pupil" disabled={pupils.length === 0}>
            {t('live.locks.aPupil')}
          </option>
        </SelectField>
        {scope === 'team' ? (
          <SelectField label={t('live.locks.whichTeam')} value={team} onChange={(event) => setTeamId(event.target.value)}>
            {teams.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {scope === 'pupil' ? (
          <SelectField label={t('live.locks.whichPupil')} value={pupil} onChange={(event) => setPupilId(event.target.value)}>
            {pupils.map((person) => (
              <option key={person.userId} value={person.userId}>
                {person.country ? t('presence.member', { name: person.displayName, country: person.country }) : person.displayName}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label={t('live.locks.where')} value={place} onChange={(event) => setPlaceChoice(event.target.value)}>
          <option value="">{t('live.locks.wholeSpace', { space: state.spaceName })}</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.id === hereId ? t('live.locks.thisItem', { title: item.title }) : item.title}
            </option>
          ))}
        </SelectField>
        {already ? <p className="live-section__hint">{t('live.locks.already')}</p> : null}
        <Button type="submit" variant="secondary" icon={<Lock size={18} />} disabled={busy || Boolean(already) || (scope !== 'everyone' && !targetId)}>
          {t('live.locks.pause')}
        </Button>
      </form>
      <LiveProblem text={problem} />
      <LockList live={live} state={state} teams={teams} />
    </section>
  );
}
