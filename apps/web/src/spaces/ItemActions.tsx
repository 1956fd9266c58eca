import { Archive, ArrowDown, ArrowUp, Lock, LockOpen, Pencil, Trash2 } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import './ItemActions.css';

export interface ItemActionsProps {
  id: string;
  title: string;
  position: number;
  count: number;
  canRename: boolean;
  /** Teachers, on boards: lock it (read-only for pupils) or unlock it. */
  lock?: { locked: boolean; onLock(locked: boolean): void };
  onRename(): void;
  onMove(by: -1 | 1): void;
  onArchive(): void;
  onDelete(): void;
}

/** What can be done with one item, as labelled buttons (no menu to learn): rename, move, lock, archive, delete. */
export function ItemActions({ id, title, position, count, canRename, lock, onRename, onMove, onArchive, onDelete }: ItemActionsProps) {
  const t = useT();
  return (
    <div id={id} className="item-actions" role="group" aria-label={t('item.actions', { title })}>
      {canRename ? (
        <Button variant="secondary" icon={<Pencil size={18} />} onClick={onRename}>
          {t('item.rename')}
        </Button>
      ) : null}
      {count > 1 ? (
        <>
          <Button variant="secondary" icon={<ArrowUp size={18} />} data-move="-1" disabled={position === 0} onClick={() => onMove(-1)}>
            {t('item.moveUp')}
          </Button>
          <Button variant="secondary" icon={<ArrowDown size={18} />} data-move="1" disabled={position === count - 1} onClick={() => onMove(1)}>
            {t('item.moveDown')}
          </Button>
        </>
      ) : null}
      {lock ? (
        <Button
          variant="secondary"
          icon={lock.locked ? <LockOpen size={18} /> : <Lock size={18} />}
          onClick={() => lock.onLock(!lock.locked)}
        >
          {t(lock.locked ? 'item.unlock' : 'item.lock')}
        </Button>
      ) : null}
      <Button variant="secondary" icon={<Archive size={18} />} onClick={onArchive}>
        {t('item.archive')}
      </Button>
      <Button variant="ghost" icon={<Trash2 size={18} />} className="item-actions__delete" onClick={onDelete}>
        {t('item.delete')}
      </Button>
    </div>
  );
}
