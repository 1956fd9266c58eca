import type { LiveParticipant } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { itemsInView } from './live-items-in-view';
import { participantFixture } from './live-participant-fixture';

const person = (userId: string, over: Partial<LiveParticipant> = {}) => participantFixture(userId, { schoolName: null, ...over });

describe('itemsInView', () => {
  it('is nothing outside a lesson', () => {
    expect(itemsInView(null, '/boards/b1')).toEqual([]);
  });

  it('names the item open on this page and those present people are on, once each', () => {
    const participants = [
      person('lena', { itemId: 'b1', itemTitle: 'Map' }),
      person('toms', { itemId: 'd2', itemTitle: 'Words' }),
      person('anna', { itemId: 'd2', itemTitle: 'Words' }),
    ];
    expect(itemsInView({ participants }, '/boards/b1').sort()).toEqual(['b1', 'd2']);
    expect(itemsInView({ participants }, '/spaces/s1').sort()).toEqual(['b1', 'd2']);
  });

  it('leaves out items the server gave no title (it does not know them) and people who left', () => {
    const participants = [person('lena', { itemId: 'gone', itemTitle: null }), person('toms', { itemId: 'd2', itemTitle: 'Words', present: false })];
    expect(itemsInView({ participants }, '/')).toEqual([]);
  });
});
