import { LIVE_LIMITS } from '@kopa/protocol';
import { Pause, Play, Square } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { clockOffset, timerPhase, timerRemaining } from './live-countdown';
import type { LiveContextValue } from './live-context';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';
import { useNow } from './use-now';
import type { JoinedSession } from './use-live-session';

const QUICK_MINUTES = [1, 3, 5, 10] as const;
const MAX_MINUTES = LIVE_LIMITS.timerMaxSeconds / 60;

/** The hosts' timer: start one for some minutes, pause and go on, stop it. */
export function TimerControls({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const t = useT();
  const headingId = useId();
  const { run, busy, problem } = useLiveAction();
  const [minutes, setMinutes] = useState('5');
  const [invalid, setInvalid] = useState(false);
  const { timer } = session.state;
  const now = useNow(timer?.endsAt != null, 1000);
  const phase = timer ? timerPhase(timer, timerRemaining(timer, now, clockOffset(session.state.now, session.receivedAt))) : null;

  const start = (count: number) => {
    const seconds = Math.round(count * 60);
    const ok = Number.isFinite(seconds) && seconds >= LIVE_LIMITS.timerMinSeconds && seconds <= LIVE_LIMITS.timerMaxSeconds;
    setInvalid(!ok);
    if (ok) void run(() => live.send('live:timer', { action: 'start', seconds }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(Number(minutes.replace(',', '.')));
  };
  const act = (action: 'pause' | 'resume' | 'stop') => void run(() => live.send('live:timer', { action }));

  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.timer.title')}
      </h3>
      {phase === 'running' || phase === 'paused' ? (
        <div className="live-section__actions">
          {phase === 'running' ? (
            <Button variant="secondary" icon={<Pause size={18} />} disabled={busy} onClick={() => act('pause')}>
              {t('live.timer.pause')}
            </Button>
          ) : (
            <Button icon={<Play size={18} />} disabled={busy} onClick={() => act('resume')}>
              {t('live.timer.resume')}
            </Button>
          )}
          <Button variant="secondary" icon={<Square size={16} />} disabled={busy} onClick={() => act('stop')}>
            {t('live.timer.stop')}
          </Button>
        </div>
      ) : (
        <form className="host-tools__form" onSubmit={submit} noValidate>
          <div className="host-tools__row">
            <TextField
              label={t('live.timer.minutes')}
              type="number"
              inputMode="decimal"
              min={1}
              max={MAX_MINUTES}
              step={1}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
              error={invalid ? t('live.timer.invalid', { max: MAX_MINUTES }) : null}
            />
            <Button type="submit" icon={<Play size={18} />} disabled={busy}>
              {t('live.timer.start')}
            </Button>
          </div>
          <div className="host-tools__quick" role="group" aria-label={t('live.timer.quick')}>
            {QUICK_MINUTES.map((count) => (
              <Button key={count} variant="secondary" disabled={busy} onClick={() => start(count)}>
                {t('live.timer.quickMinutes', { count })}
              </Button>
            ))}
          </div>
          {phase === 'done' ? (
            <Button variant="ghost" icon={<Square size={16} />} disabled={busy} onClick={() => act('stop')}>
              {t('live.timer.clear')}
            </Button>
          ) : null}
        </form>
      )}
      <LiveProblem text={problem} />
    </section>
  );
}
