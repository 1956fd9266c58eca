import type { LiveParticipant } from '@kopa/protocol';
import { useList, useT } from '../i18n/use-t';
import type { PollResultRow } from './live-polls';
import { nameOf } from './live-roster';

/** Each answer with its votes as a bar; the most chosen stands out; hosts of polls with names see who. */
export function PollResults({ rows, participants, showVoters }: { rows: PollResultRow[]; participants: LiveParticipant[]; showVoters: boolean }) {
  const t = useT();
  const list = useList();
  return (
    <ul className="poll-results" aria-label={t('live.poll.results')}>
      {rows.map((row) => {
        const percent = Math.round(row.share * 100);
        const names = showVoters ? row.voters.map((userId) => nameOf(participants, userId) ?? t('live.someone')) : [];
        return (
          <li key={row.id} className={`poll-results__row${row.leading ? ' poll-results__row--leading' : ''}`}>
            <div className="poll-results__line">
              <span className="poll-results__label">{row.label}</span>
              <span className="poll-results__count">{t('live.poll.votes', { count: row.votes, percent })}</span>
            </div>
            <span className="poll-results__track" aria-hidden="true">
              <span className="poll-results__fill" style={{ width: `${percent}%` }} />
            </span>
            {names.length > 0 ? <p className="poll-results__voters">{list(names)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
