import type { BoardObject } from '@kopa/board';
import { useT } from '../../i18n/use-t';
import { NoteReadAloud } from '../../read-aloud/NoteReadAloud';
import './SelectionBar.css';
import './ReadingBar.css';

/** A note or text box with words in it, or nothing: what a reader can have read aloud. */
export function readableObject(object: BoardObject | undefined): (BoardObject & { type: 'note' | 'text' }) | null {
  return (object?.type === 'note' || object?.type === 'text') && object.text.trim() !== '' ? object : null;
}

/**
 * The selection bar of someone who may only look at the board (a guest, a locked or paused board):
 * reading the chosen note aloud is all it offers, in the same place and look as the writers' bar.
 */
export function ReadingBar({ object }: { object: BoardObject & { type: 'note' | 'text' } }) {
  const t = useT();
  return (
    <div className="selection-bar reading-bar" role="toolbar" aria-label={t('readAloud.noteBar')}>
      {/* With words, not an icon: it is the only thing here, and where the device has no voice it says so. */}
      <NoteReadAloud text={object.text} compact={false} />
    </div>
  );
}
