import { BOARD_LIMITS, COLOR_VALUES, type BoardModel, type BoardSnapshot } from '@kopa/board';
import { Plus } from 'lucide-react';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type JSX } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { ColumnHeader } from './ColumnHeader';
import { ColumnSwitcher } from './ColumnSwitcher';
import { useNoteDrag } from './use-note-drag';
import { findNote, wallColumns } from './wall-columns';
import { isSamePlace, placeAt, stepPlacement, type MoveDirection, type NotePlacement } from './wall-moves';
import { WallNote } from './WallNote';
import './WallView.css';
import { scrollBehavior } from '../../ui/scroll-behavior';

export interface WallViewProps {
  model: BoardModel;
  snapshot: BoardSnapshot;
  canEdit: boolean;
}

/**
 * Where the keyboard goes once the wall has re-rendered: the first of these
 * (enabled) elements inside a note or a column.
 */
type FocusRequest = { noteId: string; selectors: string[] } | { columnId: string | null; selectors: string[] };

const part = (name: string) => `[data-part="${name}"]`;

/** Board units between notes when a wall board is later seen as a free canvas. */
const CANVAS_STEP = { x: 280, y: 180 };

/**
 * The wall layout (Padlet-like): named columns side by side, notes flowing in
 * each. Editors add, write, colour, move (drag by the handle, arrow keys on the
 * handle, Alt+arrows anywhere in a note, or the note's menu) and delete notes,
 * and add, rename, move and remove columns. Everything goes through the model.
 */
export function WallView({ model, snapshot, canEdit }: WallViewProps): JSX.Element {
  const t = useT();
  const baseId = useId();
  const helpId = `${baseId}-help`;
  const root = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => wallColumns(snapshot), [snapshot]);
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [active, setActive] = useState(0);
  const focusRequest = useRef<FocusRequest | null>(null);

  const titleOf = (index: number) => columns[index]?.title || t('wall.untitledColumn');

  // A new or moved note is a new element: put the keyboard back on it once it is there.
  useEffect(() => {
    const request = focusRequest.current;
    if (!request || !root.current) return;
    const scope = root.current.querySelector<HTMLElement>(
      'noteId' in request ? `[data-note="${CSS.escape(request.noteId)}"]` : `[data-column-id="${CSS.escape(request.columnId ?? '')}"]`,
    );
    const element = request.selectors
      .map((selector) => scope?.querySelector<HTMLElement>(selector))
      .find((candidate) => candidate && !(candidate as HTMLButtonElement).disabled);
    if (!element) return;
    focusRequest.current = null;
    element.focus();
  });

  const place = (noteId: string, placement: NotePlacement, focus: string[]) => {
    if (isSamePlace(columns, noteId, placement)) return;
    model.placeNote(noteId, placement.columnId, placement.beforeNoteId);
    focusRequest.current = { noteId, selectors: [...focus, part('handle')] };
    setAnnouncement(t('wall.note.moved', { column: titleOf(placement.columnIndex), position: placement.index + 1, count: placement.count }));
  };

  const { drag, start } = useNoteDrag({
    columns,
    root,
    scroller,
    onDrop: (noteId, placement) => {
      setOpenMenu(null);
      place(noteId, placement, [part('handle')]);
    },
  });

  const moveByKey = (noteId: string, direction: MoveDirection) => {
    const placement = stepPlacement(columns, noteId, direction);
    // Keep the focus where it was (handle, text, a button of the menu) so moves can follow one another.
    const active = document.activeElement as HTMLElement | null;
    const focus = active?.dataset.move
      ? [`[data-move="${active.dataset.move}"]`, `[data-move="${active.dataset.move === 'up' ? 'down' : 'up'}"]`]
      : active?.dataset.part
        ? [part(active.dataset.part)]
        : [];
    if (placement) place(noteId, placement, focus);
  };

  const addNote = (columnIndex: number) => {
    const column = columns[columnIndex];
    if (!column) return;
    const id = model.add({
      type: 'note',
      x: columnIndex * CANVAS_STEP.x,
      y: column.notes.length * CANVAS_STEP.y,
      w: 240,
      h: 160,
      color: 'yellow',
      text: '',
      column: column.id,
    });
    focusRequest.current = { noteId: id, selectors: [part('text')] };
  };

  const removeNote = (noteId: string) => {
    const where = findNote(columns, noteId);
    model.remove([noteId]);
    setOpenMenu(null);
    setAnnouncement(t('wall.note.deleted'));
    if (!where) return;
    const column = columns[where.column]!;
    const neighbour = column.notes[where.index + 1] ?? column.notes[where.index - 1];
    focusRequest.current = neighbour ? { noteId: neighbour.id, selectors: [part('handle')] } : { columnId: column.id, selectors: [part('add-note')] };
  };

  const addColumn = () => {
    const id = model.addColumn(t('wall.column.newTitle'));
    setRenaming(id);
  };

  const moveColumn = (index: number, by: -1 | 1) => {
    const column = columns[index];
    if (!column?.id) return;
    const before = by < 0 ? columns[index - 1]?.id : (columns[index + 2]?.id ?? null);
    if (before === undefined) return;
    model.moveColumn(column.id, before);
    focusRequest.current = { columnId: column.id, selectors: [part('column-menu')] };
  };

  const removeColumn = (index: number) => {
    const column = columns[index];
    if (!column?.id) return;
    model.removeColumn(column.id);
    const heir = columns.find((entry) => entry.id !== column.id);
    focusRequest.current = { columnId: heir?.id ?? null, selectors: [part('column-heading')] };
  };

  // On a phone one column fills the screen: the switcher shows which, and jumps to the others.
  const showColumn = (index: number) => {
    const element = root.current?.querySelector<HTMLElement>(`[data-column-index="${index}"]`);
    element?.scrollIntoView({ behavior: scrollBehavior(), inline: 'start', block: 'nearest' });
    setActive(index);
  };
  const onScroll = () => {
    const element = scroller.current;
    const first = element?.querySelector<HTMLElement>('[data-column-index]');
    if (!element || !first) return;
    const step = first.offsetWidth + parseFloat(getComputedStyle(element).columnGap || '0');
    setActive(Math.max(0, Math.min(columns.length - 1, Math.round(element.scrollLeft / Math.max(1, step)))));
  };

  const dragged = drag ? snapshot.byId.get(drag.noteId) : undefined;
  const target = drag?.placement && !isSamePlace(columns, drag.noteId, drag.placement) ? drag.placement : null;

  return (
    <section ref={root} className={['wall', drag ? 'wall--dragging' : ''].filter(Boolean).join(' ')} aria-label={t('wall.label')}>
      {canEdit ? (
        <p id={helpId} className="visually-hidden">
          {t('wall.help')}
        </p>
      ) : null}
      {columns.length > 1 ? (
        <ColumnSwitcher
          columns={columns.map((column, index) => ({ title: titleOf(index), count: column.notes.length }))}
          active={Math.min(active, columns.length - 1)}
          dropTarget={target && drag ? target.columnIndex : null}
          onShow={showColumn}
        />
      ) : null}
      <div className="wall__scroller" ref={scroller} onScroll={onScroll}>
        {columns.map((column, columnIndex) => {
          const headingId = `${baseId}-column-${columnIndex}`;
          const title = titleOf(columnIndex);
          const heir = columns.find((entry) => entry.id !== column.id);
          const marker = (before: string | null) =>
            target && target.columnIndex === columnIndex && target.beforeNoteId === before ? <li className="wall-column__drop" aria-hidden="true" /> : null;
          return (
            <section
              key={column.id ?? ''}
              className={['wall-column', target?.columnIndex === columnIndex ? 'wall-column--target' : ''].filter(Boolean).join(' ')}
              data-column-index={columnIndex}
              data-column-id={column.id ?? ''}
              aria-labelledby={headingId}
            >
              <ColumnHeader
                headingId={headingId}
                title={title}
                count={column.notes.length}
                canEdit={canEdit}
                named={column.id !== null}
                index={columnIndex}
                columnCount={columns.length}
                heirTitle={heir ? heir.title || t('wall.untitledColumn') : t('wall.untitledColumn')}
                renaming={column.id !== null && renaming === column.id}
                onRenaming={(on) => {
                  setRenaming(on ? column.id : null);
                  if (!on) focusRequest.current = { columnId: column.id, selectors: [part('column-menu'), part('column-heading')] };
                }}
                onRename={(next) => column.id && model.renameColumn(column.id, next)}
                onMove={(by) => moveColumn(columnIndex, by)}
                onRemove={() => removeColumn(columnIndex)}
              />
              <ul className="wall-column__notes">
                {column.notes.map((note, index) => (
                  <Fragment key={note.id}>
                    {marker(note.id)}
                    <li>
                      <WallNote
                        model={model}
                        note={note}
                        columns={columns}
                        columnIndex={columnIndex}
                        index={index}
                        canEdit={canEdit}
                        menuOpen={openMenu === note.id}
                        dragging={drag?.noteId === note.id}
                        helpId={helpId}
                        onToggleMenu={() => setOpenMenu(openMenu === note.id ? null : note.id)}
                        onMove={(direction) => moveByKey(note.id, direction)}
                        onMoveToColumn={(to) => {
                          const placement = placeAt(columns, note.id, to, Number.POSITIVE_INFINITY);
                          setOpenMenu(null);
                          if (placement) place(note.id, placement, [part('menu')]);
                        }}
                        onColor={(color) => model.update(note.id, { color })}
                        onDelete={() => removeNote(note.id)}
                        onHandlePointerDown={(event) => start(event, note.id)}
                      />
                    </li>
                  </Fragment>
                ))}
                {marker(null)}
              </ul>
              {column.notes.length === 0 ? <p className="wall-column__empty">{t(canEdit ? 'wall.emptyColumn' : 'wall.emptyColumnReadOnly')}</p> : null}
              {canEdit ? (
                <Button
                  variant="secondary"
                  className="wall-column__add"
                  icon={<Plus size={20} />}
                  data-part="add-note"
                  onClick={() => addNote(columnIndex)}
                >
                  {t('wall.note.add')}
                  <span className="visually-hidden"> {t('a11y.wall.addNoteTo', { title })}</span>
                </Button>
              ) : null}
            </section>
          );
        })}
        {canEdit ? (
          <div className="wall__add-column">
            <Button variant="secondary" icon={<Plus size={20} />} disabled={snapshot.columns.length >= BOARD_LIMITS.maxColumns} onClick={addColumn}>
              {t('wall.column.add')}
            </Button>
            {snapshot.columns.length >= BOARD_LIMITS.maxColumns ? (
              <p className="wall__add-column-hint">{t('wall.column.full', { max: BOARD_LIMITS.maxColumns })}</p>
            ) : null}
          </div>
        ) : null}
      </div>
      {drag && dragged?.type === 'note' ? (
        <div
          className="wall-note wall-note--ghost"
          aria-hidden="true"
          style={{
            left: drag.x - drag.offsetX,
            top: drag.y - drag.offsetY,
            width: drag.width,
            backgroundColor: COLOR_VALUES[dragged.color].fill,
            borderColor: COLOR_VALUES[dragged.color].ink,
          }}
        >
          <p className="wall-note__text">{dragged.text || t('wall.note.empty')}</p>
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
