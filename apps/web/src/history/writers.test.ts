import type { AuthorshipBlock } from '@kopa/editor';
import { colorForUser, USER_COLORS, type DocumentAuthor } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { authorsByClient, unknownClients, visibleWriters } from './writers';

const janis: DocumentAuthor = { userId: 'u-janis', displayName: 'Jānis', schoolName: 'Daugavpils School', country: 'LV', clientIds: [11, 12] };
const lucia: DocumentAuthor = { userId: 'u-lucia', displayName: 'Lucía', schoolName: 'IES Gijón', country: 'ES', clientIds: [21] };

const blocks: AuthorshipBlock[] = [
  { type: 'paragraph', runs: [{ text: 'Sveiki no Daugavpils. ', clientId: 11 }, { text: 'Hola!', clientId: 21 }] },
  { type: 'paragraph', runs: [{ text: 'Es esmu Jānis.', clientId: 12 }, { text: '   ', clientId: 21 }, { text: '?', clientId: 99 }] },
];

describe('who wrote what', () => {
  const byClient = authorsByClient([janis, lucia]);

  it('finds the person behind each client id, several ids per person', () => {
    expect(byClient.get(11)).toBe(janis);
    expect(byClient.get(12)).toBe(janis);
    expect(byClient.get(21)).toBe(lucia);
  });

  it('lists the writers of the visible text, most text first', () => {
    const writers = visibleWriters(blocks, byClient);
    expect(writers.map((writer) => [writer.author.displayName, writer.characters])).toEqual([
      ['Jānis', 'Sveiki no Daugavpils.'.length + 'Es esmu Jānis.'.length],
      ['Lucía', 'Hola!'.length],
    ]);
  });

  it('gives each writer their own colour, another one when two would look alike, and an underline style of their own', () => {
    // Find two user ids whose own colours are the same.
    const ids = Array.from({ length: 40 }, (_, n) => `user-${n}`);
    const first = ids[0]!;
    const twin = ids.find((id) => id !== first && colorForUser(id) === colorForUser(first))!;
    const person = (userId: string, clientId: number): DocumentAuthor => ({ userId, displayName: userId, schoolName: null, country: null, clientIds: [clientId] });
    const twins = authorsByClient([person(first, 1), person(twin, 2)]);
    const written: AuthorshipBlock[] = [{ type: 'paragraph', runs: [{ text: 'one', clientId: 1 }, { text: 'two', clientId: 2 }] }];
    const [a, b] = visibleWriters(written, twins).sort((x, y) => (x.author.userId < y.author.userId ? -1 : 1));
    expect(a!.color).toBe(colorForUser(first));
    expect(b!.color).not.toBe(a!.color);
    expect(USER_COLORS).toContain(b!.color);
    expect(a!.underline).not.toBe(b!.underline);

    // Without a clash everyone keeps the colour of their caret and avatar.
    const other = ids.find((id) => colorForUser(id) !== colorForUser(first))!;
    const apart = visibleWriters(written, authorsByClient([person(first, 1), person(other, 2)]));
    expect(Object.fromEntries(apart.map((writer) => [writer.author.userId, writer.color]))).toEqual({
      [first]: colorForUser(first),
      [other]: colorForUser(other),
    });
  });

  it('names the client ids nobody is known for, to ask the server again', () => {
    expect(unknownClients(blocks, byClient)).toEqual([99]);
    expect(unknownClients(blocks, authorsByClient([janis, { ...lucia, clientIds: [21, 99] }]))).toEqual([]);
  });
});
