import type { ItemSummary } from '@kopa/protocol';
import { Ellipsis } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { DeleteConfirm } from './DeleteConfirm';
import { ItemActions } from './ItemActions';
import { ItemLink } from './ItemLink';
import { RenameForm } from './RenameForm';
import './ItemRow.css';

export interface ItemRowProps {
  item: ItemSummary;
  position: number;
  count: number;
  /** May move, archive and delete items here (the server decides again). */
  canArrange: boolean;
  /** May lock and unlock it (teachers, boards). */
  canLock: boolean;
  onLock(locked: boolean): void;
  onRename(title: string): Promise<void>;
  onMove(by: -1 | 1): void;
  onArchive(): void;
  /** Resolves to whether it was deleted. */
  onDelete(): Promise<boolean>;
}

type Mode = 'closed' | 'open' | 'rename' | 'confirm';

const KEEP_FOCUS_MS = 2000;

/** One document in the space's list; for those who arrange the space, its actions open below it. */
export function ItemRow({ item, position, count, canArrange, canLock, onLock, onRename, onMove, onArchive, onDelete }: ItemRowProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('closed');
  const [deleting, setDeleting] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  // Where the keyboard goes after the row re-renders (the first that can take it): the row moved, or a form closed.
  const focusNext = useRef<string[] | null>(null);
  // For a moment after that, the keyboard goes back to the first of those that can take it whenever the page drops it:
  // the list renders again when the server answers (later on a busy school server), and the browser may
  // take the focus away in a rendering step of its own (the button that had it became disabled).
  const keepFocus = useRef<{ selectors: string[]; until: number } | null>(null);
  const actionsId = useId();

  useEffect(() => {
    const firstEnabled = (selectors: string[]) =>
      selectors.map((selector) => row.current?.querySelector<HTMLButtonElement>(selector)).find((element) => element && !element.disabled);
    const kept = keepFocus.current;
    // The move may only show once the server answers: the button that had the keyboard is disabled by then
    // (still focused, or dropped to the page). Ask again which button should have it.
    const active = document.activeElement;
    const dropped = active === document.body || (active instanceof HTMLButtonElement && active.disabled && row.current?.contains(active));
    if (kept && Date.now() < kept.until && dropped) firstEnabled(kept.selectors)?.focus();
    if (!focusNext.current || !row.current) return;
    const selectors = focusNext.current;
    const target = firstEnabled(selectors);
    focusNext.current = null;
    if (!target) return;
    target.focus();
    keepFocus.current = { selectors, until: Date.now() + KEEP_FOCUS_MS };
    requestAnimationFrame(() => {
      if (document.activeElement === document.body && target.isConnected) target.focus();
    });
  });

  const back = () => {
    focusNext.current = ['.item-row__toggle'];
    setMode('open');
  };

  const move = (by: -1 | 1) => {
    // React may move this row's element in the page, which drops the focus: take it back.
    // After a move to either end, the same button is disabled: the other one takes the focus.
    focusNext.current = [`[data-move="${by}"]`, `[data-move="${-by}"]`, '.item-row__toggle'];
    onMove(by);
  };

  const remove = async () => {
    setDeleting(true);
    if (await onDelete()) return;
    // Still here: the server said no, and the page shows why.
    setDeleting(false);
    back();
  };

  return (
    <li ref={row} className={`item-row item-row--${mode}`}>
      <div className="item-row__main">
        {mode === 'rename' ? (
          <RenameForm item={item} onSave={onRename} onDone={back} />
        ) : (
          // In a space they may not change, the page says so once: no badge on every row.
          <ItemLink item={item} showReadOnly={canArrange} />
        )}
        {canArrange && mode !== 'rename' ? (
          <button
            type="button"
            className="item-row__toggle"
            aria-label={t('item.actions', { title: item.title })}
            title={t('item.actions', { title: item.title })}
            aria-expanded={mode !== 'closed'}
            aria-controls={mode === 'open' ? actionsId : undefined}
            onClick={() => setMode(mode === 'closed' ? 'open' : 'closed')}
          >
            <Ellipsis size={24} aria-hidden="true" />
            <span className="item-row__toggle-text">{t('item.actionsShort')}</span>
          </button>
        ) : null}
      </div>
      {mode === 'open' ? (
        <ItemActions
          id={actionsId}
          title={item.title}
          position={position}
          count={count}
          canRename={item.canEdit}
          lock={canLock ? { locked: item.locked, onLock } : undefined}
          onRename={() => setMode('rename')}
          onMove={move}
          onArchive={onArchive}
          onDelete={() => setMode('confirm')}
        />
      ) : null}
      {mode === 'confirm' ? <DeleteConfirm title={item.title} busy={deleting} onDelete={() => void remove()} onKeep={back} /> : null}
    </li>
  );
}
