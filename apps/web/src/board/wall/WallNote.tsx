import { COLOR_VALUES, NOTE_TEXT_INK, type BoardColor, type BoardModel, type NoteObject } from '@kopa/board';
import { Ellipsis, GripVertical } from 'lucide-react';
import { useId, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { IconButton } from '../../ui/IconButton';
import { NoteMenu } from './NoteMenu';
import { NoteText } from './NoteText';
import { useContentLanguage } from '../../languages/ItemLanguageContext';
import { NoteReadAloud } from '../../read-aloud/NoteReadAloud';
import type { WallColumn } from './wall-columns';
import type { MoveDirection } from './wall-moves';
import './WallNote.css';

export interface WallNoteProps {
  model: BoardModel;
  note: NoteObject;
  columns: readonly WallColumn[];
  columnIndex: number;
  index: number;
  canEdit: boolean;
  menuOpen: boolean;
  /** Being dragged: shown faded where it was. */
  dragging: boolean;
  helpId: string;
  onToggleMenu(): void;
  onMove(direction: MoveDirection): void;
  onMoveToColumn(columnIndex: number): void;
  onColor(color: BoardColor): void;
  onDelete(): void;
  onHandlePointerDown(event: PointerEvent<HTMLButtonElement>): void;
}

const ARROWS: Record<string, MoveDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** One note on the wall: its colour, its text (written in place), a handle to move it and its menu. */
export function WallNote(props: WallNoteProps) {
  const { model, note, columns, columnIndex, index, canEdit, menuOpen, dragging, helpId } = props;
  const t = useT();
  const language = useContentLanguage();
  const menuId = useId();
  const column = columns[columnIndex]!;
  const columnTitle = column.title || t('wall.untitledColumn');
  const where = { position: index + 1, count: column.notes.length, column: columnTitle };
  const colors = COLOR_VALUES[note.color];

  // Alt with an arrow moves the note from anywhere in it; on the handle the arrows alone do.
  const moveByKey = (event: KeyboardEvent, arrowsAlone: boolean) => {
    const direction = ARROWS[event.key];
    if (!direction || !(event.altKey || arrowsAlone) || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    event.stopPropagation();
    props.onMove(direction);
  };

  return (
    <article
      className={['wall-note', dragging ? 'wall-note--dragging' : '', menuOpen ? 'wall-note--open' : ''].filter(Boolean).join(' ')}
      data-note={note.id}
      aria-label={t('wall.note.label', where)}
      style={{ backgroundColor: colors.fill, borderColor: colors.ink, color: NOTE_TEXT_INK }}
      onKeyDown={canEdit ? (event) => moveByKey(event, false) : undefined}
    >
      {canEdit ? (
        <>
          <div className="wall-note__bar">
            <IconButton
              className="wall-note__handle"
              data-part="handle"
              label={t('wall.note.handle', where)}
              icon={<GripVertical size={22} />}
              aria-describedby={helpId}
              onPointerDown={props.onHandlePointerDown}
              onKeyDown={(event) => moveByKey(event, true)}
            />
            <IconButton
              className="wall-note__menu-button"
              data-part="menu"
              label={t('wall.note.actions', where)}
              icon={<Ellipsis size={22} />}
              aria-expanded={menuOpen}
              aria-controls={menuOpen ? menuId : undefined}
              onClick={props.onToggleMenu}
            />
          </div>
          <NoteText
            model={model}
            noteId={note.id}
            text={note.text}
            label={t('wall.note.label', where)}
            placeholder={t('wall.note.placeholder')}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              // Done writing: the keyboard goes to the note's handle, ready to move on.
              event.preventDefault();
              event.currentTarget.closest('.wall-note')?.querySelector<HTMLElement>('[data-part="handle"]')?.focus();
            }}
          />
          {menuOpen ? (
            <NoteMenu
              id={menuId}
              label={t('wall.note.actions', where)}
              color={note.color}
              columnIndex={columnIndex}
              index={index}
              columns={columns}
              askBeforeDelete={note.text.trim() !== ''}
              onColor={props.onColor}
              onMove={props.onMove}
              onMoveToColumn={props.onMoveToColumn}
              onDelete={props.onDelete}
            />
          ) : null}
          {menuOpen && note.text.trim() !== '' ? <NoteReadAloud text={note.text} compact={false} /> : null}
        </>
      ) : note.text.trim() === '' ? (
        <p className="wall-note__text wall-note__text--empty">{t('wall.note.empty')}</p>
      ) : (
        <>
          <p className="wall-note__text" lang={language || undefined}>
            {note.text}
          </p>
          <NoteReadAloud text={note.text} />
        </>
      )}
    </article>
  );
}
