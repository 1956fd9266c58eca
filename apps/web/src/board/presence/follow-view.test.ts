import { describe, expect, it } from 'vitest';
import type { BoardPeer } from './board-peer';
import { followView } from './follow-view';

const ilze: BoardPeer = { clientId: 9, name: 'Ilze', color: '#2f5bd3', cursor: null, viewport: { x: 0, y: 0, zoom: 1, width: 1000, height: 500 } };

describe('followView', () => {
  it('shows the whole of their view around the same centre', () => {
    const view = followView([ilze], 9, { width: 500, height: 500 });
    expect(view).toEqual({ kind: 'view', viewport: { x: 0, y: -250, zoom: 0.5, width: 500, height: 500 } });
  });

  it('stops when they left, waits while they share nothing', () => {
    expect(followView([], 9, { width: 500, height: 500 })).toEqual({ kind: 'gone' });
    expect(followView([{ ...ilze, viewport: null }], 9, { width: 500, height: 500 })).toEqual({ kind: 'wait' });
    expect(followView([ilze], 9, { width: 0, height: 0 })).toEqual({ kind: 'wait' });
  });
});
