import type { LiveSessionAnnouncement } from '@kopa/protocol';
import { Radio } from 'lucide-react';
import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { liveErrorMessage } from './live-errors';
import { useLive } from './live-context';
import './LiveInvitation.css';

/** "Carmen started a live lesson in Harbour — Join": on any page, until joined or put off. */
export function LiveInvitation({ announcement }: { announcement: LiveSessionAnnouncement }) {
  const t = useT();
  const live = useLive();
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  if (!live) return null;
  const busy = live.joining === announcement.id;

  const join = async () => {
    setProblem(null);
    const ack = await live.join(announcement.id);
    if (!ack.ok) setProblem(t(liveErrorMessage(ack.code)));
  };

  return (
    <section className="live-invitation" aria-labelledby={headingId}>
      <span className="live-invitation__mark" aria-hidden="true">
        <Radio size={22} />
      </span>
      <div className="live-invitation__text" role="status">
        <p id={headingId} className="live-invitation__title">
          {t('live.invite.started', { name: announcement.startedByName, space: announcement.spaceName })}
        </p>
        {announcement.title ? <p className="live-invitation__lesson">{announcement.title}</p> : null}
        {problem ? <p className="live-invitation__problem">{problem}</p> : null}
      </div>
      <div className="live-invitation__actions">
        <Button onClick={() => void join()} disabled={busy}>
          {busy ? t('live.invite.joining') : t('live.invite.join')}
        </Button>
        <Button variant="ghost" onClick={() => live.dismiss(announcement.id)}>
          {t('live.invite.notNow')}
        </Button>
      </div>
    </section>
  );
}
