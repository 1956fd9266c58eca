import type { LivePoll } from '@kopa/protocol';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import type { LiveContextValue } from './live-context';
import { toggleChoice } from './live-polls';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

/** The answers as big radio buttons (or checkboxes, when several may be chosen) and a Vote button. */
export function PollVoteForm({ live, poll, legendId, onVoted }: { live: LiveContextValue; poll: LivePoll; legendId: string; onVoted(): void }) {
  const t = useT();
  const name = useId();
  const [choices, setChoices] = useState<string[]>(poll.mine);
  const { run, busy, problem } = useLiveAction();
  const vote = async (event: FormEvent) => {
    event.preventDefault();
    if (choices.length === 0) return;
    if ((await run(() => live.send('live:poll-vote', { pollId: poll.id, optionIds: choices }), 'live:poll-vote')).ok) onVoted();
  };
  return (
    <form className="poll-vote" onSubmit={(event) => void vote(event)}>
      <fieldset className="poll-vote__options" aria-labelledby={legendId}>
        {poll.options.map((option) => (
          <label key={option.id} className="poll-vote__option">
            <input
              type={poll.multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={choices.includes(option.id)}
              onChange={() => setChoices((current) => toggleChoice(current, option.id, poll.multiple))}
            />
            <span className="poll-vote__label">{option.label}</span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={busy || choices.length === 0}>
        {t('live.poll.vote')}
      </Button>
      <LiveProblem text={problem} />
    </form>
  );
}
