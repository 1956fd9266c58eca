import { describe, expect, it } from 'vitest';
import type { ConnectorObject } from '../src/board-types.js';
import { connectorEnds } from '../src/connector-geometry.js';
import { make, snapshotOf } from './support/snapshot-of.js';

const connector = (from: string, to: string) => make.connector('c', from, to) as ConnectorObject;

describe('connectorEnds', () => {
  it('runs from box edge to box edge between side-by-side objects', () => {
    const snapshot = snapshotOf([make.rect('a', { x: 0, y: 0, w: 100, h: 100 }), make.note('b', { x: 300, y: 0, w: 100, h: 100 })]);
    expect(connectorEnds(connector('a', 'b'), snapshot)).toEqual({ x1: 100, y1: 50, x2: 300, y2: 50 });
    expect(connectorEnds(connector('b', 'a'), snapshot)).toEqual({ x1: 300, y1: 50, x2: 100, y2: 50 });
  });

  it('leaves a box through the side the line crosses', () => {
    const snapshot = snapshotOf([make.rect('a', { x: 0, y: 0, w: 200, h: 100 }), make.rect('b', { x: 300, y: 400, w: 100, h: 100 })]);
    const ends = connectorEnds(connector('a', 'b'), snapshot)!;
    // Direction (250, 400) from (100, 50): the bottom edge (y = 100) comes first.
    expect(ends.y1).toBe(100);
    expect(ends.x1).toBeCloseTo(100 + 250 * (50 / 400));
    expect(ends.y2).toBe(400);
  });

  it('ends on the outline of an ellipse, not its box', () => {
    const snapshot = snapshotOf([make.rect('a', { x: 0, y: 0, w: 100, h: 100 }), make.ellipse('e', { x: 300, y: 300, w: 200, h: 100 })]);
    const ends = connectorEnds(connector('a', 'e'), snapshot)!;
    const onEllipse = ((ends.x2 - 400) / 100) ** 2 + ((ends.y2 - 350) / 50) ** 2;
    expect(onEllipse).toBeCloseTo(1);
    // Inside the box corner region, i.e. not the box edge.
    expect(ends.x2).toBeGreaterThan(300);
    expect(ends.y2).toBeGreaterThan(300);
  });

  it('is null when an end is missing or is a connector', () => {
    const a = make.rect('a', { x: 0, y: 0, w: 10, h: 10 });
    const other = make.connector('x', 'a', 'a');
    expect(connectorEnds(connector('a', 'gone'), snapshotOf([a]))).toBeNull();
    expect(connectorEnds(connector('a', 'x'), snapshotOf([a, other]))).toBeNull();
  });

  it('stays finite for objects on top of each other', () => {
    const snapshot = snapshotOf([make.rect('a', { x: 0, y: 0, w: 10, h: 10 }), make.rect('b', { x: 0, y: 0, w: 10, h: 10 })]);
    expect(connectorEnds(connector('a', 'b'), snapshot)).toEqual({ x1: 5, y1: 5, x2: 5, y2: 5 });
  });
});
