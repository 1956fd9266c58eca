import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import './DeleteConfirm.css';

export interface DeleteConfirmProps {
  title: string;
  busy: boolean;
  onDelete(): void;
  onKeep(): void;
}

/** Asks once, kindly, and says the bin is not the end: a teacher can bring it back. */
export function DeleteConfirm({ title, busy, onDelete, onKeep }: DeleteConfirmProps) {
  const t = useT();
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onKeep();
  };
  return (
    <div className="delete-confirm" role="group" aria-label={t('item.delete')} onKeyDown={keepOnEscape}>
      <p>{t('item.deleteConfirm', { title })}</p>
      <div className="delete-confirm__actions">
        <Button className="delete-confirm__yes" disabled={busy} onClick={onDelete} autoFocus>
          {t('item.deleteYes')}
        </Button>
        <Button variant="ghost" onClick={onKeep}>
          {t('item.keep')}
        </Button>
      </div>
    </div>
  );
}
