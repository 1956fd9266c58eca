import { isStaffRole, LIVE_LIMITS } from '@kopa/protocol';
import { Radio } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { sessionInSpace } from './live-announcements';
import { useLive } from './live-context';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';
import './SpaceLiveEntry.css';

/**
 * On a space's page: the lesson running here (join it, or show its panel), or
 * for teachers "Start a live lesson" with an optional title.
 */
export function SpaceLiveEntry({ spaceId }: { spaceId: string }) {
  const t = useT();
  const live = useLive();
  const { run, busy, problem } = useLiveAction();
  const [asking, setAsking] = useState(false);
  const [title, setTitle] = useState('');
  if (!live) return null;

  const joined = live.session?.state.spaceId === spaceId ? live.session : null;
  if (joined) {
    return (
      <div className="space-live space-live--in">
        <Radio size={20} aria-hidden="true" className="space-live__icon" />
        <p className="space-live__text">{t('live.space.youAreIn', { title: joined.state.title || joined.state.spaceName })}</p>
        {live.panelOpen ? null : (
          <Button variant="secondary" onClick={() => live.setPanelOpen(true)}>
            {t('live.panel.open')}
          </Button>
        )}
      </div>
    );
  }

  const running = sessionInSpace(live.running, spaceId);
  if (running) {
    return (
      <div className="space-live">
        <Radio size={20} aria-hidden="true" className="space-live__icon" />
        <p className="space-live__text">{t('live.space.running', { name: running.startedByName })}</p>
        <Button disabled={busy || live.joining === running.id} onClick={() => void run(() => live.join(running.id))}>
          {t('live.invite.join')}
        </Button>
        <LiveProblem text={problem} />
      </div>
    );
  }

  if (!isStaffRole(live.me.role)) return null;
  if (!asking) {
    return (
      <div className="space-live__start">
        <Button variant="secondary" icon={<Radio size={20} />} onClick={() => setAsking(true)}>
          {t('live.start.button')}
        </Button>
      </div>
    );
  }

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if ((await run(() => live.start(spaceId, title.trim()), 'live:start')).ok) {
      setAsking(false);
      setTitle('');
    }
  };
  return (
    <form className="space-live__form" onSubmit={(event) => void start(event)} noValidate>
      <TextField
        label={t('live.start.title')}
        hint={t('live.start.titleHint')}
        value={title}
        maxLength={LIVE_LIMITS.titleMaxLength}
        onChange={(event) => setTitle(event.target.value)}
        autoFocus
      />
      <p className="space-live__explain">{t('live.start.explain')}</p>
      <LiveProblem text={problem} />
      <div className="space-live__actions">
        <Button type="submit" icon={<Radio size={18} />} disabled={busy}>
          {busy ? t('live.start.starting') : t('live.start.go')}
        </Button>
        <Button variant="ghost" onClick={() => setAsking(false)}>
          {t('live.cancel')}
        </Button>
      </div>
    </form>
  );
}
