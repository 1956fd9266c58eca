import { TEXT_SIZES, type BoardColor, type BoardModel, type BoardUndo, type BoardObject, type BoardSnapshot, type TextSize } from '@kopa/board';
import { BringToFront, Copy, MessageSquareText, MoveRight, PaintBucket, PenLine, SendToBack, Spline, Trash2 } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import { IconButton } from '../../ui/IconButton';
import { NoteReadAloud } from '../../read-aloud/NoteReadAloud';
import { isTextEditable } from '../canvas/TextEditor';
import { ColorSwatches } from './ColorSwatches';
import { readableObject } from './ReadingBar';
import { connectorForSelection } from './connect-selection';
import './SelectionBar.css';

interface SelectionBarProps {
  model: BoardModel;
  undo: BoardUndo;
  snapshot: BoardSnapshot;
  selection: readonly string[];
  setSelection(ids: string[]): void;
  startEditing(id: string): void;
  describeImage(id: string): void;
  /** Joins the two selected things with a connector. */
  connect(): void;
}

function colorOf(object: BoardObject): BoardColor | null {
  return 'color' in object ? object.color : null;
}

/**
 * What can be done to the selection, in one calm bar beside it (BoardCanvas places it): its
 * colour, fill, arrowhead or text size, writing in it, joining two with a
 * connector, and duplicate, order, delete.
 */
export function SelectionBar({ model, undo, snapshot, selection, setSelection, startEditing, describeImage, connect }: SelectionBarProps) {
  const t = useT();
  const objects = selection.flatMap((id) => snapshot.byId.get(id) ?? []);
  if (objects.length === 0) return null;
  const ids = objects.map((object) => object.id);
  const colored = objects.filter((object) => colorOf(object) !== null);
  const colors = new Set(colored.map(colorOf));
  const shapes = objects.filter((object) => object.type === 'shape');
  const lines = objects.filter((object) => object.type === 'line' || object.type === 'connector');
  const texts = objects.filter((object) => object.type === 'text');
  const single = objects.length === 1 ? objects[0] : undefined;
  const readable = readableObject(single);
  const allFilled = shapes.every((shape) => shape.type === 'shape' && shape.filled);
  const allArrows = lines.every((line) => (line.type === 'line' || line.type === 'connector') && line.arrow);
  const canConnect = connectorForSelection(ids, snapshot, 'black') !== null;
  const textSize = texts.length > 0 && texts[0]!.type === 'text' ? texts[0]!.size : 'm';

  const updateAll = (targets: readonly BoardObject[], patch: Parameters<BoardModel['update']>[1]) =>
    model.transact(() => {
      for (const object of targets) model.update(object.id, patch);
    });

  return (
    // Every button is its own undo step, however quickly they follow each other.
    <div className="selection-bar" role="toolbar" aria-label={t('board.selectionTools')} onClickCapture={() => undo.stopCapturing()} onChangeCapture={() => undo.stopCapturing()}>
      {colored.length > 0 ? (
        <ColorSwatches value={colors.size === 1 ? ([...colors][0] ?? null) : null} onChange={(color) => updateAll(colored, { color })} />
      ) : null}
      {shapes.length > 0 ? (
        <IconButton label={t('board.filled')} icon={<PaintBucket size={20} />} aria-pressed={allFilled} onClick={() => updateAll(shapes, { filled: !allFilled })} />
      ) : null}
      {lines.length > 0 ? (
        <IconButton label={t('board.arrowHead')} icon={<MoveRight size={20} />} aria-pressed={allArrows} onClick={() => updateAll(lines, { arrow: !allArrows })} />
      ) : null}
      {texts.length > 0 ? (
        <label className="selection-bar__size">
          <span className="visually-hidden">{t('board.textSize')}</span>
          <select value={textSize} onChange={(event) => updateAll(texts, { size: event.target.value as TextSize })}>
            {TEXT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`board.textSize.${size}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {colored.length + shapes.length + lines.length + texts.length > 0 ? <span className="selection-bar__divider" aria-hidden="true" /> : null}
      {single && isTextEditable(single) ? <IconButton label={t('board.write')} icon={<PenLine size={20} />} onClick={() => startEditing(single.id)} /> : null}
      {single?.type === 'image' ? (
        <IconButton label={t('board.describePicture')} icon={<MessageSquareText size={20} />} onClick={() => describeImage(single.id)} />
      ) : null}
      {readable ? <NoteReadAloud text={readable.text} /> : null}
      {canConnect ? <IconButton label={t('board.connect')} icon={<Spline size={20} />} onClick={connect} /> : null}
      <IconButton label={t('board.duplicate')} icon={<Copy size={20} />} onClick={() => setSelection(model.duplicate(ids))} />
      <IconButton label={t('board.bringForward')} icon={<BringToFront size={20} />} onClick={() => model.reorder(ids, 'forward')} />
      <IconButton label={t('board.sendBackward')} icon={<SendToBack size={20} />} onClick={() => model.reorder(ids, 'backward')} />
      <IconButton
        label={t('board.delete')}
        icon={<Trash2 size={20} />}
        className="selection-bar__delete"
        onClick={() => {
          model.remove(ids);
          setSelection([]);
        }}
      />
    </div>
  );
}
