import type { LivePoll, LiveSessionState } from '@kopa/protocol';
import { Eye, Lock } from 'lucide-react';
import { useId, useState } from 'react';
import { useList, useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import type { LiveContextValue } from './live-context';
import { pollResults } from './live-polls';
import { LiveChip } from './LiveChip';
import { LiveProblem } from './LiveProblem';
import { PollResults } from './PollResults';
import { PollVoteForm } from './PollVoteForm';
import { useLiveAction } from './use-live-action';

/** One poll: its question and how it works, the vote (or one's answer), the results when they may be seen, the host's controls. */
export function PollCard({ live, poll, state }: { live: LiveContextValue; poll: LivePoll; state: LiveSessionState }) {
  const t = useT();
  const list = useList();
  const headingId = useId();
  const [changing, setChanging] = useState(false);
  const { run, busy, problem } = useLiveAction();
  const host = state.youHost;
  const results = pollResults(poll);
  const mayVote = poll.open && !host && live.me.role !== 'guest';
  const voted = poll.mine.length > 0;
  const chosen = poll.options.filter((option) => poll.mine.includes(option.id)).map((option) => option.label);

  return (
    <article className={`poll-card${poll.open ? '' : ' poll-card--closed'}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="poll-card__question">
        {poll.question}
      </h4>
      <p className="poll-card__facts">
        <LiveChip tone={poll.open ? 'host' : 'plain'}>{t(poll.open ? 'live.poll.open' : 'live.poll.closed')}</LiveChip>
        <span>{t('live.poll.turnout', { count: poll.voters })}</span>
        <span>{t(poll.multiple ? 'live.poll.multiple' : 'live.poll.single')}</span>
        <span>{t(poll.anonymous ? 'live.poll.anonymous' : 'live.poll.named')}</span>
      </p>

      {mayVote && (!voted || changing) ? (
        <PollVoteForm live={live} poll={poll} legendId={headingId} onVoted={() => setChanging(false)} />
      ) : null}
      {voted && !changing ? (
        <div className="poll-card__mine">
          <p>{t('live.poll.yourAnswer', { answers: list(chosen) })}</p>
          {mayVote ? (
            <Button variant="ghost" onClick={() => setChanging(true)}>
              {t('live.poll.change')}
            </Button>
          ) : null}
        </div>
      ) : null}

      {results ? (
        <PollResults rows={results} participants={state.participants} showVoters={host && !poll.anonymous} />
      ) : !host ? (
        <p className="poll-card__wait">{t(poll.open ? 'live.poll.resultsLater' : 'live.poll.resultsHidden')}</p>
      ) : null}

      {host ? (
        <div className="live-section__actions">
          {poll.open ? (
            <Button variant="secondary" icon={<Lock size={18} />} disabled={busy} onClick={() => void run(() => live.send('live:poll-close', { pollId: poll.id }))}>
              {t('live.poll.close')}
            </Button>
          ) : null}
          {poll.revealed ? (
            <p className="poll-card__revealed">{t('live.poll.revealed')}</p>
          ) : (
            <Button variant="secondary" icon={<Eye size={18} />} disabled={busy} onClick={() => void run(() => live.send('live:poll-reveal', { pollId: poll.id }))}>
              {t('live.poll.reveal')}
            </Button>
          )}
        </div>
      ) : null}
      <LiveProblem text={problem} />
    </article>
  );
}
