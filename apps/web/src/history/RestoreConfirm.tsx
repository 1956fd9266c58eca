import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import './RestoreConfirm.css';

export interface RestoreConfirmProps {
  name: string;
  busy: boolean;
  onRestore(): void;
  onKeep(): void;
}

/** Asks once before restoring, and says what it means: everyone sees it at once, and nothing is lost. */
export function RestoreConfirm({ name, busy, onRestore, onKeep }: RestoreConfirmProps) {
  const t = useT();
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onKeep();
  };
  return (
    <div className="restore-confirm" role="group" aria-label={t('history.restore')} onKeyDown={keepOnEscape}>
      <p className="restore-confirm__question">{t('history.restoreConfirm', { name })}</p>
      <p>{t('history.restoreExplain')}</p>
      <div className="restore-confirm__actions">
        <Button disabled={busy} onClick={onRestore} autoFocus>
          {t('history.restoreYes')}
        </Button>
        <Button variant="ghost" onClick={onKeep}>
          {t('history.restoreNo')}
        </Button>
      </div>
    </div>
  );
}
