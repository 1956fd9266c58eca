import type { BoardSnapshot, BoardUndo } from '@kopa/board';
import type { ItemDetail } from '@kopa/protocol';
import { Redo2, Undo2 } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { ConnectionStatusPill } from '../editor/ConnectionStatusPill';
import type { ConnectionStatus } from '../editor/use-provider-state';
import { ExportMenu } from './export/ExportMenu';
import { FollowMenu } from './presence/FollowMenu';
import type { BoardPeer } from './presence/use-board-awareness';
import { useUndoState } from './use-undo-state';
import './BoardHeader.css';

interface BoardHeaderProps {
  item: ItemDetail;
  status: ConnectionStatus;
  peers: readonly BoardPeer[];
  following: number | null;
  onFollow(clientId: number | null): void;
  undo: BoardUndo | null;
  getSnapshot: (() => BoardSnapshot) | null;
}

/** The board's title, whether it is live, who is here, undo/redo and downloads. */
export function BoardHeader({ item, status, peers, following, onFollow, undo, getSnapshot }: BoardHeaderProps) {
  const t = useT();
  const { canUndo, canRedo } = useUndoState(undo);
  return (
    <header className="board-header">
      <div className="board-header__titles">
        <h1 id="board-title" className="board-header__title">
          {item.title}
        </h1>
      </div>
      <div className="board-header__actions">
        <ConnectionStatusPill status={status} />
        <FollowMenu peers={peers} following={following} onFollow={onFollow} />
        {item.canEdit ? (
          <div className="board-header__history" role="group" aria-label={`${t('board.undo')} / ${t('board.redo')}`}>
            <IconButton label={t('board.undo')} icon={<Undo2 size={20} />} disabled={!canUndo} onClick={() => undo?.undo()} aria-keyshortcuts="Control+Z" />
            <IconButton label={t('board.redo')} icon={<Redo2 size={20} />} disabled={!canRedo} onClick={() => undo?.redo()} aria-keyshortcuts="Control+Shift+Z" />
          </div>
        ) : null}
        {getSnapshot ? <ExportMenu getSnapshot={getSnapshot} title={item.title} /> : null}
      </div>
    </header>
  );
}
