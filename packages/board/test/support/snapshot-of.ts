import type { BoardObject, BoardSnapshot } from '../../src/board-types.js';

/** A snapshot built by hand, for renderers' tests (no Yjs needed). */
export function snapshotOf(objects: BoardObject[]): BoardSnapshot {
  return { layout: 'canvas', objects, byId: new Map(objects.map((object) => [object.id, object])), columns: [] };
}

const base = { order: 'a0', frameId: null };

export const make = {
  note: (id: string, box: { x: number; y: number; w: number; h: number }, text = ''): BoardObject => ({
    id, type: 'note', ...base, ...box, color: 'yellow', text, column: null, columnOrder: 'a0',
  }),
  rect: (id: string, box: { x: number; y: number; w: number; h: number }): BoardObject => ({
    id, type: 'shape', ...base, ...box, kind: 'rect', color: 'blue', filled: true, text: '',
  }),
  ellipse: (id: string, box: { x: number; y: number; w: number; h: number }): BoardObject => ({
    id, type: 'shape', ...base, ...box, kind: 'ellipse', color: 'green', filled: false, text: '',
  }),
  connector: (id: string, fromId: string, toId: string, arrow = true): BoardObject => ({
    id, type: 'connector', ...base, fromId, toId, color: 'black', arrow,
  }),
};
