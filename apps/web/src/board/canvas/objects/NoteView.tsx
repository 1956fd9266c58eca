import { COLOR_VALUES, objectTextLayout, type NoteObject } from '@kopa/board';
import { BoxText } from './BoxText';

/** A sticky note: its colour, a soft shadow and its text, wrapped. */
export function NoteView({ note, hidden }: { note: NoteObject; hidden: boolean }) {
  const colors = COLOR_VALUES[note.color];
  return (
    <>
      <rect x={note.x + 2} y={note.y + 4} width={note.w} height={note.h} rx={6} className="board-note-shadow" />
      <rect x={note.x} y={note.y} width={note.w} height={note.h} rx={6} fill={colors.fill} stroke={colors.ink} strokeOpacity={0.25} />
      {hidden ? null : <BoxText layout={objectTextLayout(note)} />}
    </>
  );
}
