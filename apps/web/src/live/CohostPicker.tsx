import type { LiveSessionState, MemberSummary } from '@kopa/protocol';
import { UserPlus } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale, useList, useT } from '../i18n/use-t';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/SelectField';
import type { LiveContextValue } from './live-context';
import { cohostCandidates } from './live-roster';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

/** Who runs the lesson, and inviting another teacher (from the lesson or the partnership) to help. */
export function CohostPicker({ live, state }: { live: LiveContextValue; state: LiveSessionState }) {
  const t = useT();
  const list = useList();
  const { locale } = useLocale();
  const headingId = useId();
  const { run, busy, problem } = useLiveAction();
  const [members, setMembers] = useState<MemberSummary[] | null>(null);
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let current = true;
    partnershipsApi.members(state.partnershipId).then(
      (list) => {
        if (current) setMembers(list);
      },
      // The teachers in the lesson can still be invited.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [state.partnershipId]);

  const hosts = state.participants.filter((person) => person.host).map((person) => person.displayName);
  const candidates = cohostCandidates(state.participants, members, live.me.id, locale);
  const userId = chosen && candidates.some((candidate) => candidate.userId === chosen) ? chosen : (candidates[0]?.userId ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (userId) void run(() => live.send('live:cohost', { userId }));
  };

  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.cohost.title')}
      </h3>
      <p className="live-section__hint">{t('live.cohost.hosts', { names: list(hosts) })}</p>
      {candidates.length === 0 ? (
        <p className="live-section__empty">{t('live.cohost.none')}</p>
      ) : (
        <form className="host-tools__row" onSubmit={submit}>
          <SelectField label={t('live.cohost.who')} value={userId} onChange={(event) => setChosen(event.target.value)}>
            {candidates.map((candidate) => (
              <option key={candidate.userId} value={candidate.userId}>
                {candidate.present
                  ? t('live.cohost.optionHere', { name: candidate.displayName, country: candidate.country ?? '—' })
                  : candidate.country
                    ? t('presence.member', { name: candidate.displayName, country: candidate.country })
                    : candidate.displayName}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary" icon={<UserPlus size={18} />} disabled={busy || !userId}>
            {t('live.cohost.invite')}
          </Button>
        </form>
      )}
      <LiveProblem text={problem} />
    </section>
  );
}
