import { describe, expect, it } from 'vitest';
import { can, canLive, LIVE_COMMANDS, liveCommandSchemas, lockedOut, type LiveCommand, type Member, type Resource, type Role } from '../src/index.js';

const P = 'p-1';
const member = (role: Role, overrides: Partial<Member> = {}): Member => ({
  userId: `u-${role}`,
  partnershipId: P,
  role,
  schoolId: role === 'guest' ? null : 'school-lv',
  teamIds: role === 'pupil' ? ['team-a'] : [],
  mobilityIds: [],
  active: true,
  ...overrides,
});

/** Who may send each command, written out: a host (h), any other teacher (t), a pupil (p), a guest (g). */
const WHO: Record<LiveCommand, string> = {
  'live:start': 'h t',
  'live:join': 'h t p g',
  'live:leave': 'h t p g',
  'live:open': 'h t p g',
  'live:hand': 'h t p',
  'live:poll-vote': 'h t p',
  'live:chat-send': 'h t p',
  'live:cohost': 'h',
  'live:lock': 'h',
  'live:unlock': 'h',
  'live:spotlight': 'h',
  'live:release': 'h',
  'live:lower-hands': 'h',
  'live:timer': 'h',
  'live:poll-create': 'h',
  'live:poll-close': 'h',
  'live:poll-reveal': 'h',
  'live:chat-delete': 'h',
  'live:chat-settings': 'h',
  'live:overview': 'h',
  'live:end': 'h',
  // About one pupil: asked with the pupil (below); without one, nobody.
  'live:mute': '',
  'live:revert': '',
};

describe('canLive(): who sends which live command', () => {
  const actors = {
    h: { member: member('teacher'), host: true },
    t: { member: member('teacher', { userId: 'u-other-teacher' }), host: false },
    p: { member: member('pupil'), host: false },
    g: { member: member('guest'), host: false },
  };
  it('covers every command of the protocol', () => {
    expect(Object.keys(WHO).sort()).toEqual([...LIVE_COMMANDS].sort());
    expect(LIVE_COMMANDS.length).toBe(Object.keys(liveCommandSchemas).length);
  });
  for (const command of LIVE_COMMANDS) {
    for (const [key, actor] of Object.entries(actors)) {
      const allowed = WHO[command].split(' ').includes(key);
      it(`${command}: ${key} ${allowed ? 'may' : 'may not'}`, () => expect(canLive(actor, command)).toBe(allowed));
    }
  }

  it('a host looks after the pupils of their own school; the coordinator after everyone’s', () => {
    const ownPupil = member('pupil', { userId: 'u-janis', schoolId: 'school-lv' });
    const otherPupil = member('pupil', { userId: 'u-lucia', schoolId: 'school-es' });
    const teacherHost = { member: member('teacher'), host: true };
    const coordinatorHost = { member: member('coordinator', { schoolId: 'school-it' }), host: true };
    for (const command of ['live:mute', 'live:revert', 'live:lock', 'live:unlock'] as const) {
      expect(canLive(teacherHost, command, ownPupil)).toBe(true);
      expect(canLive(teacherHost, command, otherPupil)).toBe(false);
      expect(canLive(coordinatorHost, command, otherPupil)).toBe(true);
      // Not a pupil, or nobody: nobody may.
      expect(canLive(coordinatorHost, command, member('teacher', { userId: 'u-x' }))).toBe(false);
      expect(canLive(coordinatorHost, command, null)).toBe(false);
      // Not a host of this session: no, whatever the school.
      expect(canLive({ ...teacherHost, host: false }, command, ownPupil)).toBe(false);
    }
  });

  it('a switched-off account sends nothing', () => {
    expect(canLive({ member: member('teacher', { active: false }), host: true }, 'live:end')).toBe(false);
    expect(canLive({ member: member('pupil', { active: false }), host: false }, 'live:join')).toBe(false);
  });
});

describe('live locks in can()', () => {
  const item: Resource = { type: 'item', itemId: 'i', spaceId: 's', partnershipId: P, spaceKind: 'team', teamId: 'team-a', mobilityId: null, archived: false };
  const pupil = member('pupil', { userId: 'u-janis' });
  const classmate = member('pupil', { userId: 'u-lucia' });
  const otherTeam = member('pupil', { userId: 'u-andrei', teamIds: ['team-b', 'team-a'] });

  it('matches everyone, a team’s pupils, or one pupil', () => {
    expect(lockedOut(pupil, [{ scope: 'everyone', targetId: null, itemId: null }])).toBe(true);
    expect(lockedOut(pupil, [{ scope: 'team', targetId: 'team-a', itemId: null }])).toBe(true);
    expect(lockedOut(pupil, [{ scope: 'team', targetId: 'team-b', itemId: null }])).toBe(false);
    expect(lockedOut(otherTeam, [{ scope: 'team', targetId: 'team-b', itemId: null }])).toBe(true);
    expect(lockedOut(pupil, [{ scope: 'pupil', targetId: 'u-janis', itemId: null }])).toBe(true);
    expect(lockedOut(classmate, [{ scope: 'pupil', targetId: 'u-janis', itemId: null }])).toBe(false);
    expect(lockedOut(pupil, [])).toBe(false);
    expect(lockedOut(pupil, undefined)).toBe(false);
  });

  it('takes edit away from the pupils it matches, never read, and never from staff', () => {
    const locked: Resource = { ...item, liveLocks: [{ scope: 'pupil', targetId: 'u-janis', itemId: 'i' }] } as Resource;
    expect(can(pupil, 'read', locked)).toBe(true);
    expect(can(pupil, 'edit', locked)).toBe(false);
    expect(can(pupil, 'comment', locked)).toBe(true);
    expect(can(classmate, 'edit', locked)).toBe(true);
    const everyone: Resource = { ...item, liveLocks: [{ scope: 'everyone', targetId: null, itemId: null }] } as Resource;
    expect(can(member('teacher'), 'edit', everyone)).toBe(true);
    expect(can(member('coordinator'), 'edit', everyone)).toBe(true);
    expect(can(classmate, 'edit', everyone)).toBe(false);
  });
});

describe('live command schemas', () => {
  it('say what is wrong in words a person can act on', () => {
    const poll = liveCommandSchemas['live:poll-create'].safeParse({ sessionId: 's', question: ' ', options: ['Yes', 'yes'] });
    expect(poll.success).toBe(false);
    expect(poll.error?.issues.map((issue) => issue.message)).toEqual(['Write the question', 'Two answers are the same']);
    const lock = liveCommandSchemas['live:lock'].safeParse({ sessionId: 's', scope: 'pupil' });
    expect(lock.error?.issues[0]?.message).toBe('Say which team or pupil (and none for everyone)');
    const chat = liveCommandSchemas['live:chat-send'].safeParse({ sessionId: 's', body: 'x'.repeat(501) });
    expect(chat.error?.issues[0]?.message).toBe('is too long');
    expect(liveCommandSchemas['live:timer'].safeParse({ sessionId: 's', action: 'start', seconds: 60 }).success).toBe(true);
    expect(liveCommandSchemas['live:timer'].safeParse({ sessionId: 's', action: 'explode' }).success).toBe(false);
  });
});
