import type { BoardObject, BoardSnapshot } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import { connectorForSelection } from './connect-selection';

function note(id: string): BoardObject {
  return { id, type: 'note', order: id, frameId: null, x: 0, y: 0, w: 100, h: 100, color: 'yellow', text: '', column: null, columnOrder: 'a0' };
}
const link: BoardObject = { id: 'k', type: 'connector', order: 'k', frameId: null, fromId: 'a', toId: 'b', color: 'black', arrow: true };
const objects = [note('a'), note('b'), note('c'), link];
const snapshot: BoardSnapshot = { layout: 'canvas', objects, byId: new Map(objects.map((o) => [o.id, o])), columns: [] };

describe('connecting the selection', () => {
  it('joins two selected things, from the first selected to the second, with an arrow', () => {
    expect(connectorForSelection(['b', 'a'], snapshot, 'green')).toEqual({ type: 'connector', fromId: 'b', toId: 'a', color: 'green', arrow: true });
  });

  it('needs exactly two things that are not connectors and still on the board', () => {
    expect(connectorForSelection(['a'], snapshot, 'black')).toBeNull();
    expect(connectorForSelection(['a', 'b', 'c'], snapshot, 'black')).toBeNull();
    expect(connectorForSelection(['a', 'k'], snapshot, 'black')).toBeNull();
    expect(connectorForSelection(['a', 'gone'], snapshot, 'black')).toBeNull();
    expect(connectorForSelection(['a', 'a'], snapshot, 'black')).toBeNull();
  });
});
