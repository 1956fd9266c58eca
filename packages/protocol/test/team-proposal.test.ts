import { describe, expect, it } from 'vitest';
import { proposeTeams, type ProposalPupil } from '../src/index.js';

/** mulberry32, so a failing case can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (maxExclusive: number) => Math.floor(next() * maxExclusive) };
}

const spread = (numbers: number[]) => Math.max(...numbers) - Math.min(...numbers);

/** Every promise of proposeTeams, checked on one result. */
function expectBalanced(pupils: ProposalPupil[], teamCount: number, teams: string[][], context: string) {
  expect(teams, context).toHaveLength(teamCount);
  expect(teams.flat().sort(), `${context}: everyone exactly once`).toEqual(pupils.map((pupil) => pupil.id).sort());
  expect(spread(teams.map((team) => team.length)), `${context}: sizes`).toBeLessThanOrEqual(1);
  const schoolOf = new Map(pupils.map((pupil) => [pupil.id, pupil.schoolId]));
  for (const school of new Set(pupils.map((pupil) => pupil.schoolId))) {
    const counts = teams.map((team) => team.filter((id) => schoolOf.get(id) === school).length);
    expect(spread(counts), `${context}: school ${school} per team ${counts.join(',')}`).toBeLessThanOrEqual(1);
  }
}

function randomClass(seed: number): { pupils: ProposalPupil[]; teamCount: number } {
  const random = seeded(seed);
  const schools = [null, ...Array.from({ length: 1 + random.int(6) }, (_, i) => `school-${i}`)];
  const pupils = Array.from({ length: random.int(70) }, (_, i) => ({
    id: `pupil-${seed}-${i}`,
    // Mostly real schools, now and then someone without one.
    schoolId: random.int(12) === 0 ? null : schools[1 + random.int(schools.length - 1)]!,
  }));
  return { pupils, teamCount: 1 + random.int(12) };
}

describe('proposeTeams', () => {
  it('mixes four schools of two pupils each into two teams with one of each school per team… twice', () => {
    const pupils = ['LV', 'ES', 'IT', 'RO'].flatMap((country) => [
      { id: `${country}1`, schoolId: country },
      { id: `${country}2`, schoolId: country },
    ]);
    const teams = proposeTeams(pupils, 2);
    expect(teams.map((team) => team.map((id) => id.slice(0, 2)).sort())).toEqual([
      ['ES', 'IT', 'LV', 'RO'],
      ['ES', 'IT', 'LV', 'RO'],
    ]);
  });

  it('continues each school where the previous one stopped, so sizes stay even', () => {
    // Three from A and three from B into two teams: A fills 1,2,1; B goes on at team 2: 2,1,2.
    const pupils = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => ({ id, schoolId: id[0]! }));
    expect(proposeTeams(pupils, 2)).toEqual([
      ['a1', 'a3', 'b2'],
      ['a2', 'b1', 'b3'],
    ]);
  });

  it('keeps every promise for 2,000 random classes', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const { pupils, teamCount } = randomClass(seed);
      expectBalanced(pupils, teamCount, proposeTeams(pupils, teamCount), `class ${seed}, ${teamCount} teams`);
      expectBalanced(pupils, teamCount, proposeTeams(pupils, teamCount, { seed }), `class ${seed} shuffled`);
    }
  });

  it('gives the same teams for the same input and seed', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { pupils, teamCount } = randomClass(seed);
      expect(proposeTeams(pupils, teamCount)).toEqual(proposeTeams([...pupils], teamCount));
      expect(proposeTeams(pupils, teamCount, { seed: 7 })).toEqual(proposeTeams(pupils, teamCount, { seed: 7 }));
    }
  });

  it('keeps the given order within a school unless asked to shuffle, and a new seed mixes differently', () => {
    const pupils = Array.from({ length: 12 }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, schoolId: 'one' }));
    expect(proposeTeams(pupils, 3)[0]).toEqual(['p00', 'p03', 'p06', 'p09']);
    const mixes = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(proposeTeams(pupils, 3, { seed }))));
    expect(mixes.size).toBeGreaterThan(1);
  });

  it('leaves teams empty when there are more teams than pupils, and lists someone given twice once', () => {
    expect(proposeTeams([{ id: 'a', schoolId: 'x' }], 3)).toEqual([['a'], [], []]);
    expect(proposeTeams([], 2)).toEqual([[], []]);
    expect(proposeTeams([{ id: 'a', schoolId: 'x' }, { id: 'a', schoolId: 'x' }], 1)).toEqual([['a']]);
  });

  it('refuses a team count that is not a whole number of at least one', () => {
    for (const count of [0, -1, 1.5, Number.NaN]) expect(() => proposeTeams([], count)).toThrow(RangeError);
  });
});
