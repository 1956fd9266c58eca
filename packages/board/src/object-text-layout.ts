import { COLOR_VALUES, NOTE_TEXT_INK } from './board-colors.js';
import type { NoteObject, ShapeObject, TextObject } from './board-types.js';
import { noteLineCapacity, noteLines } from './note-svg.js';
import { normaliseBox } from './object-box.js';
import { LINE_HEIGHT, NOTE_FONT_SIZE, NOTE_PADDING, TEXT_FONT_SIZES } from './text-metrics.js';
import { wrapText } from './text-wrap.js';

/** Where and how an object's text is drawn, line by line: the export and the web canvas both draw from this. */
export interface TextLayout {
  lines: string[];
  /** The lines' left edge, or their middle when `anchor` is 'middle'. */
  x: number;
  /** Top of the first line box. */
  top: number;
  fontSize: number;
  fill: string;
  anchor: 'start' | 'middle';
}

/** Room between a shape's outline and its label, on every side. */
const SHAPE_LABEL_INSET = 8;

/** The wrapped text of a note, shape or text box in board units (no lines when it has no text). */
export function objectTextLayout(object: NoteObject | ShapeObject | TextObject): TextLayout {
  const box = normaliseBox(object);
  switch (object.type) {
    case 'note':
      return {
        lines: noteLines(object.text, box.w, { maxLines: noteLineCapacity(box.h) }),
        x: box.x + NOTE_PADDING,
        top: box.y + NOTE_PADDING,
        fontSize: NOTE_FONT_SIZE,
        fill: NOTE_TEXT_INK,
        anchor: 'start',
      };
    case 'text': {
      const fontSize = TEXT_FONT_SIZES[object.size];
      return {
        lines: wrapText(object.text, Math.max(box.w, fontSize), fontSize),
        x: box.x,
        top: box.y,
        fontSize,
        fill: COLOR_VALUES[object.color].ink,
        anchor: 'start',
      };
    }
    case 'shape': {
      // An ellipse's label stays inside the rectangle inscribed in it.
      const inset = object.kind === 'ellipse' ? 0.71 : 1;
      const width = box.w * inset - 2 * SHAPE_LABEL_INSET;
      const height = box.h * inset - 2 * SHAPE_LABEL_INSET;
      const lineHeight = NOTE_FONT_SIZE * LINE_HEIGHT;
      const lines = object.text === '' ? [] : wrapText(object.text, width, NOTE_FONT_SIZE, Math.max(1, Math.floor(height / lineHeight)));
      return {
        lines,
        x: box.x + box.w / 2,
        top: box.y + box.h / 2 - (lines.length * lineHeight) / 2,
        fontSize: NOTE_FONT_SIZE,
        fill: COLOR_VALUES[object.color].ink,
        anchor: 'middle',
      };
    }
  }
}
