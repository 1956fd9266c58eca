import type { LiveParticipant } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { handQueue, myPlace } from './live-hands';

const lena = { userId: 'lena', displayName: 'Lena' } as LiveParticipant;

describe('handQueue', () => {
  it('orders hands by when they went up, ties by id', () => {
    const hands = [
      { userId: 'toms', raisedAt: 30 },
      { userId: 'lena', raisedAt: 10 },
      { userId: 'ana', raisedAt: 30 },
    ];
    const queue = handQueue(hands, [lena]);
    expect(queue.map((hand) => [hand.userId, hand.position])).toEqual([
      ['lena', 1],
      ['ana', 2],
      ['toms', 3],
    ]);
    expect(queue[0]?.person?.displayName).toBe('Lena');
    expect(queue[1]?.person).toBeUndefined();
  });

  it('gives my place, or null with my hand down', () => {
    const hands = [
      { userId: 'toms', raisedAt: 5 },
      { userId: 'lena', raisedAt: 10 },
    ];
    expect(myPlace(hands, 'lena')).toBe(2);
    expect(myPlace(hands, 'ana')).toBeNull();
  });
});
