import { Lock, LockOpen } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import type { ItemLock } from './use-item-lock';

/** A teacher's lock on an item's own page, with what just happened said to screen readers. */
export function ItemLockButton({ lock, kind }: { lock: ItemLock; kind: 'board' | 'doc' }) {
  const t = useT();
  const label = lock.locked ? (kind === 'board' ? 'item.unlock' : 'item.unlockDocument') : kind === 'board' ? 'item.lock' : 'item.lockDocument';
  return (
    <>
      <Button
        variant="secondary"
        icon={lock.locked ? <LockOpen size={20} /> : <Lock size={20} />}
        // Not disabled while the server answers: the keyboard stays on it.
        aria-disabled={lock.busy}
        onClick={lock.toggle}
      >
        {t(label)}
      </Button>
      <span className="visually-hidden" role="status">
        {lock.notice}
      </span>
    </>
  );
}
