import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import type { LiveContextValue } from './live-context';
import { pollOrder } from './live-polls';
import { PollCard } from './PollCard';
import { PollForm } from './PollForm';
import type { JoinedSession } from './use-live-session';
import './LivePolls.css';

/** Quick polls: hosts ask, close and reveal; everyone else votes and sees the results once shown. */
export function LivePolls({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const t = useT();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const { state } = session;
  const polls = pollOrder(state.polls);
  return (
    <section className="live-section" aria-labelledby={headingId}>
      <div className="live-section__head">
        <h3 id={headingId} className="live-section__title">
          {t('live.polls.title')}
        </h3>
        {state.youHost && !asking ? (
          <Button variant="secondary" icon={<Plus size={18} />} onClick={() => setAsking(true)}>
            {t('live.polls.new')}
          </Button>
        ) : null}
      </div>
      {asking ? <PollForm live={live} onDone={() => setAsking(false)} /> : null}
      {polls.length === 0 && !asking ? (
        <p className="live-section__empty">{t(state.youHost ? 'live.polls.emptyHost' : 'live.polls.empty')}</p>
      ) : null}
      <ul className="live-polls">
        {polls.map((poll) => (
          <li key={poll.id}>
            <PollCard live={live} poll={poll} state={state} />
          </li>
        ))}
      </ul>
    </section>
  );
}
