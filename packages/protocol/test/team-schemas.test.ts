import { describe, expect, it } from 'vitest';
import { createTeamsBodySchema, teamBodySchema, updateTeamBodySchema } from '../src/index.js';

describe('team bodies', () => {
  it('a new team needs a name; its members default to nobody and nobody twice', () => {
    expect(teamBodySchema.parse({ name: ' Team 1 ' })).toEqual({ name: 'Team 1', memberIds: [] });
    expect(teamBodySchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(teamBodySchema.safeParse({ name: 'A', memberIds: ['x', 'x'] }).success).toBe(false);
  });

  it('renaming a team leaves its members alone (no default sneaks in)', () => {
    expect(updateTeamBodySchema.parse({ name: 'Explorers' })).toEqual({ name: 'Explorers' });
    expect(updateTeamBodySchema.parse({ memberIds: [] })).toEqual({ memberIds: [] });
    expect(updateTeamBodySchema.safeParse({}).success).toBe(false);
  });

  it('a builder result holds between one and fifty teams', () => {
    expect(createTeamsBodySchema.safeParse({ teams: [] }).success).toBe(false);
    expect(createTeamsBodySchema.safeParse({ teams: Array.from({ length: 51 }, (_, i) => ({ name: `T${i}` })) }).success).toBe(false);
    expect(createTeamsBodySchema.parse({ teams: [{ name: 'T' }] })).toEqual({ teams: [{ name: 'T', memberIds: [] }] });
  });
});
