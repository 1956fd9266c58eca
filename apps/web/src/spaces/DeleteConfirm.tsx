import { useT } from '../i18n/use-t';
import { ConfirmPanel } from '../ui/ConfirmPanel';

export interface DeleteConfirmProps {
  title: string;
  busy: boolean;
  onDelete(): void;
  onKeep(): void;
}

/** Asks once, kindly, and says the bin is not the end: a teacher can bring it back. */
export function DeleteConfirm({ title, busy, onDelete, onKeep }: DeleteConfirmProps) {
  const t = useT();
  return (
    <ConfirmPanel
      label={t('item.delete')}
      tone="danger"
      confirmLabel={t('item.deleteYes')}
      keepLabel={t('item.keep')}
      busy={busy}
      onConfirm={onDelete}
      onKeep={onKeep}
    >
      <p>{t('item.deleteConfirm', { title })}</p>
    </ConfirmPanel>
  );
}
