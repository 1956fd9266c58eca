import type { BoardColor, Box, NewObject, StrokeInit } from '@kopa/board';
import { seededRandom } from './seeded-random.js';

/**
 * What a team's brainstorm board holds after a busy lesson: notes with a few lines of
 * text, shapes, text boxes, pen strokes, arrows between notes and frames around groups,
 * spread over a grid (one object per cell, frames spanning 2×2 cells behind them).
 */
export type PlannedObject =
  | { kind: 'object'; init: Exclude<NewObject, { type: 'connector' | 'stroke' }> }
  | { kind: 'stroke'; init: StrokeInit }
  /** Between two notes, by their index in the plan (ids exist only once added). */
  | { kind: 'connector'; from: number; to: number; color: BoardColor; arrow: boolean };

export interface BoardPlan {
  /** In the order to add them: frames first, so what lands inside a frame joins it. */
  objects: PlannedObject[];
  /** Where the objects are (board units); the gestures centre on it. */
  extent: Box;
  counts: Record<string, number>;
}

/** Share of each kind, as in the "real brainstorm" (the rest are notes). */
const MIX = { frame: 0.05, connector: 0.1, shape: 0.15, text: 0.1, stroke: 0.2 } as const;
const CELL = 280;
const NOTE_COLORS: BoardColor[] = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green'];
const INK_COLORS: BoardColor[] = ['black', 'blue', 'green', 'purple', 'orange', 'grey'];
const WORDS = (
  'water trees school recycling energy history music friends journey city nature ideas bus bikes garden market ' +
  'museum river bridge festival poster video survey interview recipe ūdens koki skola pārstrāde enerģija vēsture ' +
  'mūzika draugi ceļojums pilsēta daba idejas autobuss dārzs tirgus muzejs upe tilts svētki plakāts aptauja'
).split(' ');

export function planBrainstorm(size: number, seed: number): BoardPlan {
  const random = seededRandom(seed * 7919 + size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const words = (min: number, max: number) => Array.from({ length: between(min, max) }, () => pick(WORDS)).join(' ');

  const count = (share: number) => Math.round(size * share);
  const kinds = {
    frame: count(MIX.frame),
    connector: count(MIX.connector),
    shape: count(MIX.shape),
    text: count(MIX.text),
    stroke: count(MIX.stroke),
  };
  const notes = size - kinds.frame - kinds.connector - kinds.shape - kinds.text - kinds.stroke;
  // Connectors need two notes.
  if (notes < 2) kinds.connector = 0;
  const placed = size - kinds.connector;
  const columns = Math.max(1, Math.ceil(Math.sqrt(placed * 1.6)));
  const rows = Math.max(1, Math.ceil(placed / columns));

  // Every placed object gets its own cell, in a shuffled order so kinds mix across the board.
  const cells = Array.from({ length: placed }, (_, index) => index);
  for (let i = cells.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  }
  let nextCell = 0;
  const cellOrigin = () => {
    const cell = cells[nextCell++]!;
    return { x: (cell % columns) * CELL + between(0, 40), y: Math.floor(cell / columns) * CELL + between(0, 40), cell };
  };

  const objects: PlannedObject[] = [];
  for (let i = 0; i < kinds.frame; i++) {
    const { x, y } = cellOrigin();
    objects.push({ kind: 'object', init: { type: 'frame', x: x - 20, y: y - 20, w: 2 * CELL - 40, h: 2 * CELL - 40, title: words(1, 3), color: pick(INK_COLORS) } });
  }
  const noteCells: { index: number; cell: number }[] = [];
  const rest = [
    ...Array<'note'>(notes).fill('note'),
    ...Array<'shape'>(kinds.shape).fill('shape'),
    ...Array<'text'>(kinds.text).fill('text'),
    ...Array<'stroke'>(kinds.stroke).fill('stroke'),
  ];
  for (const kind of rest) {
    const { x, y, cell } = cellOrigin();
    if (kind === 'note') {
      noteCells.push({ index: objects.length, cell });
      const text = Array.from({ length: between(1, 3) }, () => words(2, 4)).join('\n');
      objects.push({ kind: 'object', init: { type: 'note', x, y, w: 200, h: 200, color: pick(NOTE_COLORS), text, column: null } });
    } else if (kind === 'shape') {
      const ellipse = random() < 0.4;
      const text = random() < 0.5 ? words(1, 2) : '';
      objects.push({ kind: 'object', init: { type: 'shape', kind: ellipse ? 'ellipse' : 'rect', x, y, w: ellipse ? 180 : 200, h: ellipse ? 180 : 140, color: pick(INK_COLORS), filled: random() < 0.6, text } });
    } else if (kind === 'text') {
      objects.push({ kind: 'object', init: { type: 'text', x, y, w: 240, h: 44, color: pick(INK_COLORS), text: words(2, 5), size: pick(['s', 'm', 'l', 'xl'] as const) } });
    } else {
      objects.push({ kind: 'stroke', init: { x, y, color: pick(INK_COLORS), size: between(3, 8), points: scribble(random, between(20, 60)) } });
    }
  }

  // Arrows between nearby notes: a note and one of the few placed closest after it in the grid.
  const byCell = [...noteCells].sort((a, b) => a.cell - b.cell);
  for (let i = 0; i < kinds.connector; i++) {
    const at = Math.floor(random() * byCell.length);
    const other = Math.min(byCell.length - 1, at + between(1, 4));
    const from = byCell[at === other ? at - 1 : at]!;
    const to = byCell[other]!;
    objects.push({ kind: 'connector', from: from.index, to: to.index, color: pick(INK_COLORS), arrow: random() < 0.7 });
  }

  return {
    objects,
    extent: { x: 0, y: 0, w: columns * CELL, h: rows * CELL },
    counts: { note: notes, ...kinds },
  };
}

/** A hand-drawn squiggle of `count` points inside a cell: [x, y, pressure, …] relative to its start. */
function scribble(random: () => number, count: number): number[] {
  const points: number[] = [];
  let x = 20 + random() * 40;
  let y = 60 + random() * 100;
  let heading = random() * Math.PI * 2;
  for (let i = 0; i < count; i++) {
    heading += (random() - 0.5) * 0.9;
    x = Math.min(220, Math.max(0, x + Math.cos(heading) * 8));
    y = Math.min(220, Math.max(0, y + Math.sin(heading) * 8));
    points.push(Math.round(x * 10) / 10, Math.round(y * 10) / 10, 0.5);
  }
  return points;
}
