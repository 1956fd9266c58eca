import { checkPupilNames, splitPupilLines } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { sameFirstNames } from './same-first-names';

const namesOf = (text: string) => {
  const check = checkPupilNames(splitPupilLines(text));
  if (!check.ok) throw new Error(`not a list of names: ${text}`);
  return check.names;
};

describe('first names a pasted class list holds more than once', () => {
  it('finds each repeated name once, with how often it comes, in list order', () => {
    expect(sameFirstNames(namesOf('Zofia Nowak\nAnna\nZofia Kowalska\nPiotr\nAnna\nAnna'))).toEqual([
      { name: 'Zofia', count: 2 },
      { name: 'Anna', count: 3 },
    ]);
  });

  it('takes a name in other capitals for the same name, and keeps the first spelling', () => {
    expect(sameFirstNames(namesOf('Marta\nMARTA'))).toEqual([{ name: 'Marta', count: 2 }]);
  });

  it('keeps names that differ by an accent apart, and finds nothing in a list without repeats', () => {
    expect(sameFirstNames(namesOf('Jānis\nJanis\nИван\nІван'))).toEqual([]);
  });

  it('compares names whatever their alphabet or how they were pasted (decomposed letters)', () => {
    expect(sameFirstNames(namesOf('Ђорђе\nЂорђе\nA\u0304da\nĀda'))).toEqual([
      { name: 'Ђорђе', count: 2 },
      { name: 'Āda', count: 2 },
    ]);
  });
});
