import { describe, expect, it } from 'vitest';
import { readBoardPeer } from './board-peer';

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
