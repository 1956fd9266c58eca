import { describe, expect, it } from 'vitest';
import {
  canShowcase,
  pupilConsentBodySchema,
  SHOWCASE_ACTS,
  showcaseSwitchBodySchema,
  type Member,
  type Resource,
  type Role,
  type ShowcaseAct,
} from '../src/index.js';

/**
 * Who may put what before the public, and take it away: every role × act, written out as a
 * table, then what archiving changes (nothing that takes something off the public).
 */
const P = 'p-1';
const member = (role: Role, overrides: Partial<Member> = {}): Member => ({
  userId: `u-${role}`,
  partnershipId: P,
  role,
  schoolId: role === 'guest' ? null : 'school-1',
  teamIds: role === 'pupil' ? ['team-a'] : [],
  mobilityIds: [],
  active: true,
  ...overrides,
});

const item = (archived = false): Resource => ({
  type: 'item',
  itemId: 'i',
  spaceId: 's',
  partnershipId: P,
  spaceKind: 'team',
  teamId: 'team-a',
  mobilityId: null,
  archived,
});
const partnership = (archived = false): Resource => ({ type: 'partnership', partnershipId: P, archived });
const school = (schoolId: string, archived = false): Resource => ({ type: 'school', schoolId, partnershipId: P, archived });

/** The resource each act is asked about; consent about a pupil of the member's own school. */
const RESOURCE: Record<ShowcaseAct, (archived: boolean) => Resource> = {
  approve: item,
  withdraw: item,
  showcase_on: partnership,
  showcase_off: partnership,
  consent_give: (archived) => school('school-1', archived),
  consent_withdraw: (archived) => school('school-1', archived),
  mark_person: partnership,
  unmark_person: partnership,
};

const allowed = (acts: string): Record<ShowcaseAct, boolean> =>
  Object.fromEntries(SHOWCASE_ACTS.map((act) => [act, acts.split(' ').includes(act)])) as Record<ShowcaseAct, boolean>;

const POLICY: Record<Role, Record<ShowcaseAct, boolean>> = {
  // Only the coordinator switches the showcase; like every teacher, they approve items and their own school's consents.
  coordinator: allowed('approve withdraw showcase_on showcase_off consent_give consent_withdraw mark_person unmark_person'),
  teacher: allowed('approve withdraw consent_give consent_withdraw mark_person unmark_person'),
  // Marking someone else is a teacher's; a pupil may mark only themselves (below).
  pupil: allowed(''),
  guest: allowed(''),
};

describe('canShowcase(): the policy table', () => {
  for (const role of Object.keys(POLICY) as Role[]) {
    for (const act of SHOWCASE_ACTS) {
      it(`${role} ${POLICY[role][act] ? 'may' : 'may not'} ${act}`, () => {
        expect(canShowcase(member(role), act, RESOURCE[act](false), 'u-someone-else')).toBe(POLICY[role][act]);
      });
    }
  }
});

describe('canShowcase(): what overrides the table', () => {
  it('consent is for the teachers of the pupil’s own school (the coordinator too, for theirs)', () => {
    for (const role of ['teacher', 'coordinator'] as const) {
      expect(canShowcase(member(role), 'consent_give', school('school-2'))).toBe(false);
      expect(canShowcase(member(role), 'consent_withdraw', school('school-2'))).toBe(false);
    }
  });

  it('a pupil marks themselves on a picture, never someone else, and never takes a mark away', () => {
    const janis = member('pupil', { userId: 'janis' });
    expect(canShowcase(janis, 'mark_person', partnership(), 'janis')).toBe(true);
    expect(canShowcase(janis, 'mark_person', partnership(), 'lucia')).toBe(false);
    expect(canShowcase(janis, 'mark_person', partnership())).toBe(false);
    expect(canShowcase(janis, 'unmark_person', partnership(), 'janis')).toBe(false);
    expect(canShowcase(member('guest', { userId: 'g' }), 'mark_person', partnership(), 'g')).toBe(false);
  });

  it('in an archived partnership nothing new goes public, and everything can still be taken off', () => {
    const coordinator = member('coordinator');
    const teacher = member('teacher');
    expect(canShowcase(teacher, 'approve', item(true))).toBe(false);
    expect(canShowcase(coordinator, 'showcase_on', partnership(true))).toBe(false);
    expect(canShowcase(teacher, 'consent_give', school('school-1', true))).toBe(false);
    expect(canShowcase(teacher, 'unmark_person', partnership(true), 'x')).toBe(false);

    expect(canShowcase(teacher, 'withdraw', item(true))).toBe(true);
    expect(canShowcase(coordinator, 'showcase_off', partnership(true))).toBe(true);
    expect(canShowcase(teacher, 'consent_withdraw', school('school-1', true))).toBe(true);
    expect(canShowcase(teacher, 'mark_person', partnership(true), 'x')).toBe(true);
    expect(canShowcase(member('pupil', { userId: 'janis' }), 'mark_person', partnership(true), 'janis')).toBe(true);
  });

  it('nobody outside the partnership, switched off, or signed out may do anything', () => {
    for (const act of SHOWCASE_ACTS) {
      expect(canShowcase(member('coordinator', { partnershipId: 'p-2' }), act, RESOURCE[act](false), 'x')).toBe(false);
      expect(canShowcase(member('coordinator', { active: false }), act, RESOURCE[act](false), 'x')).toBe(false);
      expect(canShowcase(null, act, RESOURCE[act](false), 'x')).toBe(false);
    }
  });

  it('each act is asked on its own kind of resource', () => {
    const coordinator = member('coordinator');
    expect(canShowcase(coordinator, 'approve', partnership())).toBe(false);
    expect(canShowcase(coordinator, 'showcase_on', item())).toBe(false);
    expect(canShowcase(coordinator, 'consent_give', partnership())).toBe(false);
  });
});

describe('showcase request bodies', () => {
  it('the switch is a boolean', () => {
    expect(showcaseSwitchBodySchema.parse({ enabled: true })).toEqual({ enabled: true });
    expect(showcaseSwitchBodySchema.safeParse({ enabled: 'yes' }).success).toBe(false);
    expect(showcaseSwitchBodySchema.safeParse({}).success).toBe(false);
  });

  it('a consent change names at least one flag', () => {
    expect(pupilConsentBodySchema.parse({ photo: true })).toEqual({ photo: true });
    expect(pupilConsentBodySchema.parse({ photo: false, publication: true })).toEqual({ photo: false, publication: true });
    expect(pupilConsentBodySchema.safeParse({}).success).toBe(false);
    expect(pupilConsentBodySchema.safeParse({ photo: 1 }).success).toBe(false);
  });
});
