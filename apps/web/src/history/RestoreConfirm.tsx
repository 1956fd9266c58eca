import { useT } from '../i18n/use-t';
import { ConfirmPanel } from '../ui/ConfirmPanel';
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
  return (
    <ConfirmPanel
      label={t('history.restore')}
      tone="warning"
      confirmLabel={t('history.restoreYes')}
      keepLabel={t('history.restoreNo')}
      busy={busy}
      onConfirm={onRestore}
      onKeep={onKeep}
    >
      <p className="restore-confirm__question">{t('history.restoreConfirm', { name })}</p>
      <p>{t('history.restoreExplain')}</p>
    </ConfirmPanel>
  );
}
