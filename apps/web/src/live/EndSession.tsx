import type { LiveSessionState } from '@kopa/protocol';
import { CircleStop } from 'lucide-react';
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { useLocale, useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import type { LiveContextValue } from './live-context';
import { itemHref } from './live-routes';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

/** Ending the lesson for everyone, asked once; then the host lands on its summary (written in their language). */
export function EndSession({ live, state }: { live: LiveContextValue; state: LiveSessionState }) {
  const t = useT();
  const headingId = useId();
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const { run, busy, problem } = useLiveAction();

  const end = async () => {
    // The summary is written in the host's language: they read it next.
    const ack = await run(() => live.end(locale));
    if (ack.ok) navigate(itemHref('doc', ack.summaryItemId));
  };

  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.end.title')}
      </h3>
      {asking ? (
        <ConfirmPanel
          label={t('live.end.button')}
          tone="danger"
          busy={busy}
          confirmLabel={t('live.end.confirm')}
          keepLabel={t('live.end.keep')}
          onConfirm={() => void end()}
          onKeep={() => setAsking(false)}
        >
          <p>{t('live.end.question', { space: state.spaceName })}</p>
        </ConfirmPanel>
      ) : (
        <Button variant="danger" icon={<CircleStop size={18} />} onClick={() => setAsking(true)}>
          {t('live.end.button')}
        </Button>
      )}
      <LiveProblem text={problem} />
    </section>
  );
}
