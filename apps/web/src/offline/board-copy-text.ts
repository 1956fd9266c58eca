import { readBoard, wallColumns } from '@kopa/board';
import * as Y from 'yjs';
import { readingOrder } from '../board/tools/reading-order';

/**
 * The words on a board held in a Yjs state: a wall column by column (its title, then its
 * notes; columns without notes are left out), a canvas in reading order (top to bottom, left to right): frame titles, notes,
 * texts and shape labels. Blocks apart by blank lines, like a document's paragraphs.
 */
export function boardCopyText(state: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const snapshot = readBoard(doc);
    const blocks: string[] = [];
    if (snapshot.layout === 'wall') {
      for (const column of wallColumns(snapshot)) {
        const notes = column.notes.map((note) => note.text.trim()).filter(Boolean);
        if (notes.length === 0) continue;
        if (column.title.trim()) blocks.push(column.title.trim());
        blocks.push(...notes);
      }
    } else {
      for (const id of readingOrder(snapshot)) {
        const object = snapshot.byId.get(id);
        if (!object) continue;
        const words =
          object.type === 'frame' ? object.title : object.type === 'note' || object.type === 'text' || object.type === 'shape' ? object.text : '';
        if (words.trim()) blocks.push(words.trim());
      }
    }
    return blocks.join('\n\n');
  } finally {
    doc.destroy();
  }
}
