import type { LiveTimer as Timer } from '@kopa/protocol';
import { Hourglass, Pause } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { countdownParts, formatCountdown, timerPhase, timerRemaining } from './live-countdown';
import { useNow } from './use-now';
import './LiveTimer.css';

/**
 * The lesson's countdown, corrected by the server's clock (`offset`). Screen
 * readers hear the time on request (it is a timer, not a live region), and once
 * when time is up.
 */
export function LiveTimer({ timer, offset, compact = false }: { timer: Timer; offset: number; compact?: boolean }) {
  const t = useT();
  const now = useNow(timer.endsAt !== null);
  const remaining = timerRemaining(timer, now, offset);
  const phase = timerPhase(timer, remaining);
  const { minutes, seconds } = countdownParts(remaining);
  const spoken =
    phase === 'done'
      ? t('live.timer.done')
      : t(phase === 'paused' ? 'live.timer.pausedSpoken' : 'live.timer.leftSpoken', { minutes, seconds });
  const share = timer.durationMs > 0 ? Math.min(1, remaining / timer.durationMs) : 0;
  return (
    <div className={`live-timer live-timer--${phase}${compact ? ' live-timer--compact' : ''}`}>
      <div className="live-timer__face" role="timer" aria-label={spoken}>
        {phase === 'paused' ? <Pause size={18} aria-hidden="true" /> : <Hourglass size={18} aria-hidden="true" />}
        <span className="live-timer__time" aria-hidden="true">
          {phase === 'done' ? t('live.timer.doneShort') : formatCountdown(remaining)}
        </span>
        {phase === 'paused' && !compact ? (
          <span className="live-timer__note" aria-hidden="true">
            {t('live.timer.paused')}
          </span>
        ) : null}
      </div>
      {compact ? null : (
        <span className="live-timer__track" aria-hidden="true">
          <span className="live-timer__fill" style={{ width: `${share * 100}%` }} />
        </span>
      )}
      {/* Said once, when the time runs out. */}
      {compact ? null : (
        <p className="visually-hidden" aria-live="polite">
          {phase === 'done' ? t('live.timer.done') : ''}
        </p>
      )}
    </div>
  );
}
