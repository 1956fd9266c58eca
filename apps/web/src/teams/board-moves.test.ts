import { describe, expect, it } from 'vitest';
import { canDrop, changedTeams, movePerson, POOL, schoolMix, stepTarget, unplaced } from './board-moves';

const placement = { a: ['lucia', 'janis'], b: ['giulia'], c: ['lucia'] };
const columns = [POOL, 'a', 'b', 'c'];

describe('team board moves', () => {
  it('moves someone between teams, into a team from the pool, and out to the pool', () => {
    expect(movePerson(placement, 'janis', 'a', 'b')).toEqual({ a: ['lucia'], b: ['giulia', 'janis'], c: ['lucia'] });
    expect(movePerson(placement, 'andrei', POOL, 'b')).toEqual({ ...placement, b: ['giulia', 'andrei'] });
    expect(movePerson(placement, 'giulia', 'b', POOL)).toEqual({ ...placement, b: [] });
  });

  it('never puts someone in a team twice, and leaves the placement alone for a move to where they are', () => {
    expect(canDrop(placement, 'lucia', 'a', 'c')).toBe(false);
    expect(movePerson(placement, 'lucia', 'a', 'c')).toBe(placement);
    expect(movePerson(placement, 'lucia', 'a', 'a')).toBe(placement);
  });

  it('steps left and right over the columns, skipping teams the person is already in, stopping at the ends', () => {
    expect(stepTarget(columns, placement, 'lucia', 'a', 'a', 1)).toBe('b');
    expect(stepTarget(columns, placement, 'lucia', 'a', 'b', 1)).toBe('b');
    expect(stepTarget(columns, placement, 'janis', 'a', 'b', 1)).toBe('c');
    expect(stepTarget(columns, placement, 'lucia', 'a', 'a', -1)).toBe(POOL);
    expect(stepTarget(columns, placement, 'lucia', 'a', POOL, -1)).toBe(POOL);
  });

  it('finds who is in no team, and which teams changed', () => {
    expect(unplaced(['andrei', 'lucia', 'giulia', 'marta'], placement)).toEqual(['andrei', 'marta']);
    const after = movePerson(movePerson(placement, 'janis', 'a', 'b'), 'janis', 'b', 'a');
    expect(changedTeams(placement, after)).toEqual([]);
    expect(changedTeams(placement, movePerson(placement, 'janis', 'a', 'b'))).toEqual(['a', 'b']);
  });

  it('counts a team’s school mix for every country, zeros included', () => {
    const country = (id: string) => ({ lucia: 'ES', janis: 'LV', marta: 'ES' })[id] ?? null;
    expect(schoolMix(['lucia', 'marta', 'janis', 'teacher'], country, ['ES', 'IT', 'LV'])).toEqual([
      { country: 'ES', count: 2 },
      { country: 'IT', count: 0 },
      { country: 'LV', count: 1 },
    ]);
  });
});
