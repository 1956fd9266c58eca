import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { announceOnBoard, readBoardPeer } from './board-peer';

const viewport = { x: -10, y: 20, zoom: 1.5, width: 800, height: 600 };

describe('readBoardPeer', () => {
  it('reads name, colour, cursor and viewport', () => {
    expect(readBoardPeer(7, { name: 'Ilze', color: '#2f5bd3', board: { cursor: { x: 1, y: 2 }, viewport } })).toEqual({
      clientId: 7,
      name: 'Ilze',
      color: '#2f5bd3',
      cursor: { x: 1, y: 2 },
      viewport,
    });
  });

  it('is nobody without a name', () => {
    expect(readBoardPeer(1, { color: '#fff' })).toBeNull();
    expect(readBoardPeer(1, { name: '  ' })).toBeNull();
    expect(readBoardPeer(1, null)).toBeNull();
  });

  it('drops what is malformed instead of trusting it', () => {
    const peer = readBoardPeer(3, {
      name: 'Lucía',
      color: 'red; background: url(x)',
      board: { cursor: { x: Number.NaN, y: 0 }, viewport: { ...viewport, zoom: 0 } },
    });
    expect(peer).toEqual({ clientId: 3, name: 'Lucía', color: '#545c6b', cursor: null, viewport: null });
    expect(readBoardPeer(4, { name: 'Jānis', board: 'nonsense' })).toMatchObject({ cursor: null, viewport: null });
    expect(readBoardPeer(5, { name: 'Jānis', board: { viewport: { ...viewport, width: '800' } } })?.viewport).toBeNull();
  });
});

describe('announceOnBoard', () => {
  const pair = () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    // What the provider sends on connecting and the server relays (it adds name and colour).
    const relay = () => {
      const update = encodeAwarenessUpdate(mine, [mine.clientID]);
      applyAwarenessUpdate(theirs, update, 'server');
    };
    return { mine, theirs, relay, done: () => [mine, theirs].forEach((awareness) => awareness.destroy()) };
  };

  it('makes someone who publishes nothing else (on a wall) seen by the others', () => {
    const { mine, theirs, relay, done } = pair();
    relay();
    // The state a client starts with is not taken in by anyone: this is how walls showed nobody.
    expect(theirs.getStates().has(mine.clientID)).toBe(false);
    announceOnBoard(mine);
    relay();
    const state = { ...theirs.getStates().get(mine.clientID), name: 'Jānis' };
    expect(readBoardPeer(mine.clientID, state)).toEqual({ clientId: mine.clientID, name: 'Jānis', color: '#545c6b', cursor: null, viewport: null });
    done();
  });
});
