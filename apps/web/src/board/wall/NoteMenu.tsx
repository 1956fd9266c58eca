import { BOARD_COLORS, COLOR_VALUES, type BoardColor } from '@kopa/board';
import { ArrowDown, ArrowRightLeft, ArrowUp, Check, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import type { WallColumn } from './wall-columns';

export interface NoteMenuProps {
  id: string;
  label: string;
  color: BoardColor;
  /** Where the note is: its column and place. */
  columnIndex: number;
  index: number;
  columns: readonly WallColumn[];
  /** Ask before deleting (the note has text). */
  askBeforeDelete: boolean;
  onColor(color: BoardColor): void;
  onMove(direction: 'up' | 'down'): void;
  onMoveToColumn(columnIndex: number): void;
  onDelete(): void;
}

/** What can be done with one note, as labelled buttons below it: colour, move, delete. */
export function NoteMenu({ id, label, color, columnIndex, index, columns, askBeforeDelete, onColor, onMove, onMoveToColumn, onDelete }: NoteMenuProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const length = columns[columnIndex]?.notes.length ?? 0;
  const titleOf = (column: WallColumn) => column.title || t('wall.untitledColumn');

  if (confirming) {
    return (
      <div id={id}>
        <ConfirmPanel
          label={t('wall.note.delete')}
          confirmLabel={t('wall.note.deleteYes')}
          keepLabel={t('wall.note.keep')}
          tone="danger"
          busy={false}
          onConfirm={onDelete}
          onKeep={() => setConfirming(false)}
        >
          <p>{t('wall.note.deleteConfirm')}</p>
        </ConfirmPanel>
      </div>
    );
  }

  return (
    <div id={id} className="note-menu" role="group" aria-label={label}>
      <div className="note-menu__colors" role="group" aria-label={t('board.color')}>
        {BOARD_COLORS.map((option) => (
          <button
            key={option}
            type="button"
            className="note-menu__swatch"
            style={{ backgroundColor: COLOR_VALUES[option].fill, borderColor: COLOR_VALUES[option].ink }}
            aria-label={t(`board.color.${option}`)}
            title={t(`board.color.${option}`)}
            aria-pressed={option === color}
            onClick={() => onColor(option)}
          >
            {option === color ? <Check size={18} aria-hidden="true" color={COLOR_VALUES[option].ink} /> : null}
          </button>
        ))}
      </div>
      {length > 1 ? (
        <div className="note-menu__row">
          <Button variant="secondary" icon={<ArrowUp size={18} />} data-move="up" disabled={index === 0} onClick={() => onMove('up')}>
            {t('wall.note.moveUp')}
          </Button>
          <Button variant="secondary" icon={<ArrowDown size={18} />} data-move="down" disabled={index >= length - 1} onClick={() => onMove('down')}>
            {t('wall.note.moveDown')}
          </Button>
        </div>
      ) : null}
      {columns.length > 1 ? (
        <div className="note-menu__columns" role="group" aria-label={t('wall.note.moveTo')}>
          <p className="note-menu__label" aria-hidden="true">
            {t('wall.note.moveTo')}
          </p>
          {columns.map((column, target) =>
            target === columnIndex ? null : (
              <Button
                key={column.id ?? ''}
                variant="secondary"
                icon={<ArrowRightLeft size={18} />}
                aria-label={t('wall.note.moveToColumn', { title: titleOf(column) })}
                onClick={() => onMoveToColumn(target)}
              >
                {titleOf(column)}
              </Button>
            ),
          )}
        </div>
      ) : null}
      <Button variant="ghost" icon={<Trash2 size={18} />} className="note-menu__delete" onClick={() => (askBeforeDelete ? setConfirming(true) : onDelete())}>
        {t('wall.note.delete')}
      </Button>
    </div>
  );
}
