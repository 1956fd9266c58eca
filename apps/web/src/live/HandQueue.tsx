import type { LiveSessionState } from '@kopa/protocol';
import { Hand } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { CountryCode } from './CountryCode';
import type { LiveContextValue } from './live-context';
import { handQueue } from './live-hands';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';
import './HandQueue.css';

/** Hands up in the order they went up; hosts lower one or all of them. */
export function HandQueue({ live, state }: { live: LiveContextValue; state: LiveSessionState }) {
  const t = useT();
  const headingId = useId();
  const { run, busy, problem } = useLiveAction();
  const queue = handQueue(state.hands, state.participants);
  const host = state.youHost;
  return (
    <section className="live-section hand-queue" aria-labelledby={headingId}>
      <div className="live-section__head">
        <h3 id={headingId} className="live-section__title">
          {t('live.hands.title', { count: queue.length })}
        </h3>
        {host && queue.length > 1 ? (
          <Button variant="ghost" disabled={busy} onClick={() => void run(() => live.send('live:lower-hands', { userId: null }))}>
            {t('live.hands.lowerAll')}
          </Button>
        ) : null}
      </div>
      <ol className="hand-queue__list">
        {queue.map((hand) => {
          const name = hand.person?.displayName ?? t('live.someone');
          const mine = hand.userId === live.me.id;
          return (
            <li key={hand.userId} className={`hand-queue__hand${mine ? ' hand-queue__hand--mine' : ''}`}>
              <span className="hand-queue__place" aria-hidden="true">
                {hand.position}
              </span>
              <Hand size={18} aria-hidden="true" className="hand-queue__icon" />
              <span className="hand-queue__name">
                <span className="visually-hidden">{t('live.hands.place', { place: hand.position })} </span>
                {mine ? t('live.roster.you', { name }) : name}
              </span>
              <CountryCode country={hand.person?.country ?? null} />
              {host ? (
                <Button
                  variant="secondary"
                  className="hand-queue__lower"
                  disabled={busy}
                  aria-label={t('live.hands.lowerOne', { name })}
                  onClick={() => void run(() => live.send('live:lower-hands', { userId: hand.userId }))}
                >
                  {t('live.hands.lower')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <LiveProblem text={problem} />
    </section>
  );
}
