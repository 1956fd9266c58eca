import type { RaisedHand } from '@kopa/protocol';
import { Hand } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import type { LiveContextValue } from './live-context';
import { myPlace } from './live-hands';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';
import './HandButton.css';

/** Raise or lower one's hand; with it up, the place in the queue. */
export function HandButton({ live, hands }: { live: LiveContextValue; hands: RaisedHand[] }) {
  const t = useT();
  const { run, busy, problem } = useLiveAction();
  const place = myPlace(hands, live.me.id);
  const up = place !== null;
  return (
    <div className="hand-button">
      <Button
        variant={up ? 'primary' : 'secondary'}
        icon={<Hand size={20} />}
        // Busy, not disabled: a disabled button would drop the keyboard focus to the page.
        aria-disabled={busy || undefined}
        block
        onClick={() => void (busy || run(() => live.send('live:hand', { raised: !up })))}
      >
        {t(up ? 'live.hand.lower' : 'live.hand.raise')}
      </Button>
      {up ? <p className="hand-button__place">{t('live.hand.yours', { place })}</p> : null}
      <LiveProblem text={problem} />
    </div>
  );
}
