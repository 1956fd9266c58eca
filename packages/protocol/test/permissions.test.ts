import { describe, expect, it } from 'vitest';
import { ACTIONS, can, ROLES, type Action, type Member, type Resource, type Role } from '../src/index.js';

/**
 * The permission policy, written out as a table: every role × scope × action.
 * can() must agree with every cell. The server's authorization matrix test checks
 * that REST, Socket.IO and Yjs enforce the same answers.
 */
const P = 'p-1';
const member = (role: Role, overrides: Partial<Member> = {}): Member => ({
  userId: `u-${role}`,
  partnershipId: P,
  role,
  schoolId: role === 'guest' ? null : 'school-1',
  teamIds: role === 'pupil' ? ['team-a'] : [],
  mobilityIds: role === 'pupil' ? ['mob-a'] : [],
  active: true,
  ...overrides,
});

const space = (spaceKind: 'partnership' | 'team' | 'mobility', teamId: string | null, mobilityId: string | null) =>
  ({ spaceId: 's', partnershipId: P, spaceKind, teamId, mobilityId, archived: false }) as const;

const SCOPES: Record<string, Resource> = {
  partnership: { type: 'partnership', partnershipId: P, archived: false },
  'own school': { type: 'school', schoolId: 'school-1', partnershipId: P, archived: false },
  'other school': { type: 'school', schoolId: 'school-2', partnershipId: P, archived: false },
  team: { type: 'team', teamId: 'team-a', partnershipId: P, archived: false },
  'partnership space': { type: 'space', ...space('partnership', null, null) },
  'own team item': { type: 'item', itemId: 'i', ...space('team', 'team-a', null) },
  'other team item': { type: 'item', itemId: 'i', ...space('team', 'team-b', null) },
  'travelled mobility item': { type: 'item', itemId: 'i', ...space('mobility', null, 'mob-a') },
  'other mobility item': { type: 'item', itemId: 'i', ...space('mobility', null, 'mob-b') },
};

type Row = Record<Action, boolean>;
const row = (allowed: string): Row =>
  Object.fromEntries(ACTIONS.map((action) => [action, allowed.split(' ').includes(action)])) as Row;

const POLICY: Record<Role, Record<string, Row>> = {
  // Only the coordinator exports the whole partnership (its backup holds every account); staff export spaces and items.
  coordinator: {
    partnership: row('read edit comment moderate manage publish export'),
    'own school': row('read edit comment moderate manage publish'),
    'other school': row('read moderate publish'),
    team: row('read edit comment moderate manage publish'),
    'partnership space': row('read edit comment moderate manage publish export'),
    'own team item': row('read edit comment moderate manage publish export'),
    'other team item': row('read edit comment moderate manage publish export'),
    'travelled mobility item': row('read edit comment moderate manage publish export'),
    'other mobility item': row('read edit comment moderate manage publish export'),
  },
  teacher: {
    partnership: row('read moderate publish'),
    'own school': row('read edit comment moderate manage publish'),
    'other school': row('read moderate publish'),
    team: row('read edit comment moderate manage publish'),
    'partnership space': row('read edit comment moderate manage publish export'),
    'own team item': row('read edit comment moderate manage publish export'),
    'other team item': row('read edit comment moderate manage publish export'),
    'travelled mobility item': row('read edit comment moderate manage publish export'),
    'other mobility item': row('read edit comment moderate manage publish export'),
  },
  pupil: {
    partnership: row('read'),
    'own school': row('read'),
    'other school': row('read'),
    team: row('read'),
    // Pupils comment and react anywhere in their partnership (on published posts), but write only in their own spaces.
    'partnership space': row('read comment'),
    'own team item': row('read edit comment'),
    'other team item': row('read comment'),
    'travelled mobility item': row('read edit comment'),
    'other mobility item': row('read comment'),
  },
  guest: Object.fromEntries(Object.keys(SCOPES).map((scope) => [scope, row('read')])),
};

describe('can(): the policy table', () => {
  for (const role of ROLES) {
    for (const [scope, resource] of Object.entries(SCOPES)) {
      it(`${role} on ${scope}`, () => {
        const answers = Object.fromEntries(ACTIONS.map((action) => [action, can(member(role), action, resource)]));
        expect(answers).toEqual(POLICY[role][scope]);
      });
    }
  }
});

describe('can(): what overrides the table', () => {
  it('nobody outside the partnership may do anything in it', () => {
    for (const role of ROLES) {
      for (const resource of Object.values(SCOPES)) {
        for (const action of ACTIONS) expect(can(member(role, { partnershipId: 'p-2' }), action, resource)).toBe(false);
      }
    }
  });

  it('a deactivated account may do nothing; no account may do nothing', () => {
    for (const resource of Object.values(SCOPES)) {
      expect(can(member('coordinator', { active: false }), 'read', resource)).toBe(false);
      expect(can(null, 'read', resource)).toBe(false);
    }
  });

  it('anything archived is read-only for everyone', () => {
    for (const resource of Object.values(SCOPES)) {
      const archived = { ...resource, archived: true };
      expect(can(member('coordinator'), 'read', archived)).toBe(true);
      for (const action of ACTIONS.filter((a) => a !== 'read' && a !== 'export')) expect(can(member('coordinator'), action, archived)).toBe(false);
    }
  });

  it('an archived partnership is still exported (exporting only reads)', () => {
    for (const [scope, resource] of Object.entries(SCOPES)) {
      for (const role of ROLES) {
        expect(can(member(role), 'export', { ...resource, archived: true })).toBe(POLICY[role][scope]!.export);
      }
    }
  });

  it('exports are never for pupils, guests or another partnership', () => {
    for (const resource of Object.values(SCOPES)) {
      expect(can(member('pupil'), 'export', resource)).toBe(false);
      expect(can(member('guest'), 'export', resource)).toBe(false);
      expect(can(member('coordinator', { partnershipId: 'p-2' }), 'export', resource)).toBe(false);
      expect(can(member('coordinator', { active: false }), 'export', resource)).toBe(false);
    }
  });

  it('a locked item is changed only by teachers and the coordinator; everyone still reads it', () => {
    const locked: Resource = { type: 'item', itemId: 'i', locked: true, ...space('team', 'team-a', null) };
    expect(can(member('pupil'), 'edit', { ...locked, locked: false })).toBe(true);
    expect(can(member('pupil'), 'edit', locked)).toBe(false);
    expect(can(member('pupil'), 'read', locked)).toBe(true);
    expect(can(member('pupil'), 'comment', locked)).toBe(true);
    expect(can(member('teacher'), 'edit', locked)).toBe(true);
    expect(can(member('coordinator'), 'edit', locked)).toBe(true);
    expect(can(member('guest'), 'edit', locked)).toBe(false);
  });
});
