import type { MessageId, MessageValues } from '@kopa/i18n';
import type { BoardObject, BoardSnapshot } from '@kopa/board';

type Translate = (id: MessageId, values?: MessageValues) => string;

/** What kind of thing an object is, in the pupil's words ("Note", "Circle", "Arrow"). */
export function kindLabel(object: BoardObject): MessageId {
  switch (object.type) {
    case 'shape':
      return object.kind === 'ellipse' ? 'board.kind.ellipse' : 'board.kind.rect';
    case 'line':
      return object.arrow ? 'board.kind.arrow' : 'board.kind.line';
    default:
      return `board.kind.${object.type}`;
  }
}

const SHORT = 40;

/** The words on an object, shortened for a spoken announcement (pictures: their description). */
export function objectWords(object: BoardObject): string {
  let words = '';
  if (object.type === 'note' || object.type === 'text' || object.type === 'shape') words = object.text;
  else if (object.type === 'frame') words = object.title;
  else if (object.type === 'image') words = object.alt;
  const line = words.trim().replace(/\s+/g, ' ');
  return line.length > SHORT ? `${line.slice(0, SHORT - 1)}…` : line;
}

/** "Note “Ideas”", "Circle": an object as named when announced. */
function objectName(object: BoardObject, t: Translate): string {
  const words = objectWords(object);
  const kind = t(kindLabel(object));
  return words === '' ? kind : t('board.objectWithText', { kind, text: words });
}

/** While gathering a selection from the keyboard: the object Tab is on, whether it is in, and how many are. */
export function gatherAnnouncement(focusId: string, selection: readonly string[], snapshot: BoardSnapshot, t: Translate): string {
  const object = snapshot.byId.get(focusId);
  const count = selection.filter((id) => snapshot.byId.has(id)).length;
  if (!object) return selectionAnnouncement(selection, snapshot, t);
  const thing = objectName(object, t);
  return t(selection.includes(focusId) ? 'board.focusInSelection' : 'board.focusNotInSelection', { thing, count });
}

/** "Note “Ideas” selected", "3 things selected", "Nothing selected". */
export function selectionAnnouncement(selection: readonly string[], snapshot: BoardSnapshot, t: Translate): string {
  const objects = selection.flatMap((id) => snapshot.byId.get(id) ?? []);
  if (objects.length === 0) return t('board.selectedNone');
  if (objects.length > 1) return t('board.selectedMany', { count: objects.length });
  const object = objects[0]!;
  const words = objectWords(object);
  const kind = t(kindLabel(object));
  return words === '' ? t('board.selectedOne', { kind }) : t('board.selectedOneText', { kind, text: words });
}
