import { describe, expect, it } from 'vitest';
import { compareOrdered, isOrderKey, keyAfterAll, rekey, type Ordered } from '../src/board-order.js';

function apply(sequence: Ordered[], changes: Map<string, string>): Ordered[] {
  return sequence.map((item) => ({ id: item.id, order: changes.get(item.id) ?? item.order }));
}

function expectStrictlySorted(sequence: Ordered[]): void {
  for (let i = 1; i < sequence.length; i += 1) expect(sequence[i - 1]!.order < sequence[i]!.order).toBe(true);
}

describe('order keys', () => {
  it('knows valid keys from anything a peer might write', () => {
    expect(isOrderKey('a0')).toBe(true);
    expect(isOrderKey('a0V')).toBe(true);
    expect(isOrderKey('a00')).toBe(false);
    expect(isOrderKey('')).toBe(false);
    expect(isOrderKey('!')).toBe(false);
    expect(isOrderKey(3)).toBe(false);
    expect(isOrderKey('a'.repeat(101))).toBe(false);
  });

  it('sorts by key, then id', () => {
    const items = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'z', order: 'a0' },
    ].sort(compareOrdered);
    expect(items.map((i) => i.id)).toEqual(['z', 'a', 'b']);
    expect(keyAfterAll(['a0', 'a5', 'a2']) > 'a5').toBe(true);
  });

  it('places a moved item between tied neighbours by rewriting what no longer fits', () => {
    // x and y tie (concurrent inserts); m must land between them.
    const sequence = [
      { id: 'w', order: 'a0' },
      { id: 'x', order: 'a1' },
      { id: 'm', order: 'a3' },
      { id: 'y', order: 'a1' },
      { id: 'z', order: 'a2' },
    ];
    const result = apply(sequence, rekey(sequence, new Set(['m'])));
    expectStrictlySorted(result);
    expect(result.find((i) => i.id === 'w')!.order).toBe('a0');
    expect(result.find((i) => i.id === 'x')!.order).toBe('a1');
    expect(result.find((i) => i.id === 'z')!.order).toBe('a2');
  });

  it('keeps keys short by spreading them out again', () => {
    let sequence: Ordered[] = [
      { id: 'a', order: 'a0' },
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a2' },
    ];
    // Move c between a and b, then the new last between the first two, again and again.
    for (let round = 0; round < 400; round += 1) {
      const [first, second, third] = sequence as [Ordered, Ordered, Ordered];
      sequence = [first, third, second];
      sequence = apply(sequence, rekey(sequence, new Set([third.id])));
      expectStrictlySorted(sequence);
      for (const item of sequence) expect(item.order.length).toBeLessThanOrEqual(61);
    }
  });
});
