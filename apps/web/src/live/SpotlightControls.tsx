import type { ItemType, LiveSessionState } from '@kopa/protocol';
import { Crosshair, LogOut } from 'lucide-react';
import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { CheckboxField } from './CheckboxField';
import type { LiveContextValue } from './live-context';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

interface SpotlightControlsProps {
  live: LiveContextValue;
  state: LiveSessionState;
  /** The item of the lesson's space the host has open now, if any. */
  here: { itemId: string; type: ItemType; title: string | null } | null;
}

/** "Bring everyone here" (a board brings its view along), "keep them here", and release. */
export function SpotlightControls({ live, state, here }: SpotlightControlsProps) {
  const t = useT();
  const headingId = useId();
  const { run, busy, problem } = useLiveAction();
  const [keepChoice, setKeepChoice] = useState(false);
  const spotlight = state.spotlight;
  // While a spotlight is on, the box shows (and changes) whether they are kept there.
  const keep = spotlight ? spotlight.follow : keepChoice;

  const bring = (itemId: string, type: ItemType, follow: boolean) =>
    run(() => live.send('live:spotlight', { itemId, view: type === 'board' ? live.boardViews.read(itemId) : null, follow }));
  const setKeep = (next: boolean) => {
    setKeepChoice(next);
    // Keeps the view the spotlight carries; only whether they are held there changes.
    if (spotlight) void run(() => live.send('live:spotlight', { itemId: spotlight.itemId, view: spotlight.view, follow: next }));
  };

  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.spotlight.title')}
      </h3>
      {spotlight ? (
        <p className="host-tools__status">{t(spotlight.follow ? 'live.spotlight.statusKept' : 'live.spotlight.status', { title: spotlight.title })}</p>
      ) : null}
      {here ? (
        <Button icon={<Crosshair size={18} />} disabled={busy} onClick={() => void bring(here.itemId, here.type, keep)}>
          {here.title ? t('live.spotlight.bringTitle', { title: here.title }) : t('live.spotlight.bring')}
        </Button>
      ) : (
        <p className="live-section__hint">{t('live.spotlight.openFirst', { space: state.spaceName })}</p>
      )}
      {here?.type === 'board' ? <p className="live-section__hint">{t('live.spotlight.boardView')}</p> : null}
      <CheckboxField checked={keep} onChange={setKeep} disabled={busy} hint={t('live.spotlight.keepHint')}>
        {t('live.spotlight.keep')}
      </CheckboxField>
      {spotlight ? (
        <Button variant="secondary" icon={<LogOut size={18} />} disabled={busy} onClick={() => void run(() => live.send('live:release', {}))}>
          {t('live.spotlight.release')}
        </Button>
      ) : null}
      <LiveProblem text={problem} />
    </section>
  );
}
