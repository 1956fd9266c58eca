import { describe, expect, it } from 'vitest';
import { ACTIONS, can, ROLES, type Action, type Member, type Resource, type Role } from '../src/index.js';

const partnership = 'p-1';
const member = (role: Role, overrides: Partial<Member> = {}): Member => ({
  userId: `u-${role}`,
  partnershipId: partnership,
  role,
  schoolId: role === 'guest' ? null : 's-1',
  teamIds: role === 'pupil' ? ['team-a'] : [],
  active: true,
  ...overrides,
});
const inSpace = (spaceKind: 'partnership' | 'team' | 'mobility', teamId: string | null = null) =>
  ({ type: 'item', itemId: 'i-1', spaceId: 's-1', partnershipId: partnership, spaceKind, teamId, archived: false }) as const;

/** The expected answer for every role × action on a document in the pupil's own team space. */
const OWN_TEAM_ITEM: Record<Role, Record<Action, boolean>> = {
  coordinator: { read: true, edit: true, comment: true, moderate: true, manage: true, publish: true },
  teacher: { read: true, edit: true, comment: true, moderate: true, manage: true, publish: true },
  pupil: { read: true, edit: true, comment: true, moderate: false, manage: false, publish: false },
  guest: { read: true, edit: false, comment: false, moderate: false, manage: false, publish: false },
};

describe('can()', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      it(`${role} ${OWN_TEAM_ITEM[role][action] ? 'may' : 'may not'} ${action} an item of the team`, () => {
        expect(can(member(role), action, inSpace('team', 'team-a'))).toBe(OWN_TEAM_ITEM[role][action]);
      });
    }
  }

  it('pupils read but do not change other teams’ items, and write mobility diaries', () => {
    expect(can(member('pupil'), 'read', inSpace('team', 'team-b'))).toBe(true);
    expect(can(member('pupil'), 'edit', inSpace('team', 'team-b'))).toBe(false);
    expect(can(member('pupil'), 'edit', inSpace('partnership'))).toBe(false);
    expect(can(member('pupil'), 'edit', inSpace('mobility'))).toBe(true);
  });

  it('nobody outside the partnership may do anything in it', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        expect(can(member(role, { partnershipId: 'p-2' }), action, inSpace('team', 'team-a'))).toBe(false);
      }
    }
  });

  it('a deactivated account may do nothing; no account may do nothing', () => {
    expect(can(member('teacher', { active: false }), 'read', inSpace('team', 'team-a'))).toBe(false);
    expect(can(null, 'read', inSpace('team', 'team-a'))).toBe(false);
  });

  it('an archived partnership is read-only for everyone', () => {
    const archived: Resource = { ...inSpace('team', 'team-a'), archived: true };
    expect(can(member('coordinator'), 'read', archived)).toBe(true);
    for (const action of ACTIONS.filter((a) => a !== 'read')) {
      expect(can(member('coordinator'), action, archived)).toBe(false);
    }
  });

  it('only the coordinator manages the partnership itself', () => {
    const whole: Resource = { type: 'partnership', partnershipId: partnership, archived: false };
    expect(can(member('coordinator'), 'manage', whole)).toBe(true);
    expect(can(member('teacher'), 'manage', whole)).toBe(false);
  });
});
