import type { BoardSnapshot, BoardUndo } from '@kopa/board';
import type { ItemDetail } from '@kopa/protocol';
import type { SaveState } from '@kopa/sync-client';
import { Lock, Redo2, Undo2 } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { PublicApproval } from '../showcase/PublicApproval';
import { SaveIndicator } from '../offline/SaveIndicator';
import { ExportMenu } from './export/ExportMenu';
import { FollowMenu } from './presence/FollowMenu';
import type { BoardPeer } from './presence/use-board-awareness';
import { ItemLockButton } from '../spaces/ItemLockButton';
import { ItemLanguageControl } from '../languages/ItemLanguageControl';
import type { ItemLock } from '../spaces/use-item-lock';
import { useUndoState } from './use-undo-state';
import './BoardHeader.css';

interface BoardHeaderProps {
  item: ItemDetail;
  /** Whether the server has stored everything (and whether this device holds work not yet sent). */
  saveState: SaveState;
  peers: readonly BoardPeer[];
  /** Whether someone's view can be followed (the free canvas; a wall has no view to share). */
  canFollow: boolean;
  following: number | null;
  onFollow(clientId: number | null): void;
  undo: BoardUndo | null;
  getSnapshot: (() => BoardSnapshot) | null;
  /** For those who may lock and unlock the board (teachers). */
  lock: ItemLock | null;
}

/** The board's title (and "Locked", for everyone), whether it is live, who is here, undo/redo, the lock and downloads. */
export function BoardHeader({ item, saveState, peers, canFollow, following, onFollow, undo, getSnapshot, lock }: BoardHeaderProps) {
  const t = useT();
  const { canUndo, canRedo } = useUndoState(undo);
  const locked = lock ? lock.locked : item.locked;
  return (
    <header className="board-header">
      <div className="board-header__titles">
        <h1 id="board-title" className="board-header__title">
          {item.title}
        </h1>
        {locked ? (
          <span className="board-header__badge">
            <Lock size={14} aria-hidden="true" />
            {t('item.locked')}
          </span>
        ) : null}
      </div>
      <div className="board-header__actions">
        <SaveIndicator state={saveState} canEdit={item.canEdit} compact />
        <ItemLanguageControl item={item} compact />
        <FollowMenu peers={peers} canFollow={canFollow} following={following} onFollow={onFollow} />
        {item.canEdit ? (
          <div className="board-header__history" role="group" aria-label={`${t('board.undo')} / ${t('board.redo')}`}>
            <IconButton label={t('board.undo')} icon={<Undo2 size={20} />} disabled={!canUndo} onClick={() => undo?.undo()} aria-keyshortcuts="Control+Z" />
            <IconButton label={t('board.redo')} icon={<Redo2 size={20} />} disabled={!canRedo} onClick={() => undo?.redo()} aria-keyshortcuts="Control+Shift+Z" />
          </div>
        ) : null}
        {lock ? <ItemLockButton lock={lock} kind="board" /> : null}
        <PublicApproval itemId={item.id} title={item.title} compact />
        {getSnapshot ? <ExportMenu getSnapshot={getSnapshot} title={item.title} /> : null}
      </div>
    </header>
  );
}
