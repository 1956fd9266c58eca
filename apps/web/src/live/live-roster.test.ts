import type { LiveParticipant, MemberSummary } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { cohostCandidates, looksAfterPerson, nameOf, rosterOrder } from './live-roster';

const person = (userId: string, over: Partial<LiveParticipant> = {}): LiveParticipant => ({
  userId,
  displayName: userId,
  role: 'pupil',
  country: 'LV',
  schoolId: 'lv',
  schoolName: 'Rīgas skola',
  teamIds: [],
  host: false,
  present: true,
  itemId: null,
  itemTitle: null,
  muted: false,
  ...over,
});

const member = (userId: string, role: MemberSummary['role'], active = true): MemberSummary => ({
  userId,
  username: userId,
  displayName: userId,
  role,
  schoolId: 'es',
  country: 'ES',
  active,
});

describe('rosterOrder', () => {
  it('puts hosts first, then those present, then those who left, by name', () => {
    const people = [person('zane'), person('anna', { present: false }), person('carmen', { host: true, role: 'teacher' }), person('bruno')];
    expect(rosterOrder(people).map((p) => p.userId)).toEqual(['carmen', 'bruno', 'zane', 'anna']);
  });
});

describe('looksAfterPerson', () => {
  it('lets a teacher look after their own school’s pupils, a coordinator every pupil', () => {
    expect(looksAfterPerson({ role: 'teacher', schoolId: 'lv' }, { role: 'pupil', schoolId: 'lv' })).toBe(true);
    expect(looksAfterPerson({ role: 'teacher', schoolId: 'es' }, { role: 'pupil', schoolId: 'lv' })).toBe(false);
    expect(looksAfterPerson({ role: 'coordinator', schoolId: 'es' }, { role: 'pupil', schoolId: 'lv' })).toBe(true);
    expect(looksAfterPerson({ role: 'coordinator', schoolId: 'es' }, { role: 'teacher', schoolId: 'lv' })).toBe(false);
    expect(looksAfterPerson({ role: 'teacher', schoolId: null }, { role: 'pupil', schoolId: null })).toBe(false);
  });
});

describe('cohostCandidates', () => {
  it('offers staff who are not hosts: those here first, then other teachers of the partnership', () => {
    const participants = [
      person('me', { role: 'teacher', host: true }),
      person('ilze', { role: 'teacher' }),
      person('host2', { role: 'coordinator', host: true }),
      person('pupil'),
      person('gone', { role: 'teacher', present: false }),
    ];
    const members = [member('ilze', 'teacher'), member('bea', 'teacher'), member('off', 'teacher', false), member('guest', 'guest'), member('me', 'teacher')];
    expect(cohostCandidates(participants, members, 'me').map((c) => [c.userId, c.present])).toEqual([
      ['ilze', true],
      ['bea', false],
      ['gone', false],
    ]);
  });
});

describe('nameOf', () => {
  it('finds a name by id', () => {
    expect(nameOf([person('lena', { displayName: 'Lena' })], 'lena')).toBe('Lena');
    expect(nameOf([], 'lena')).toBeNull();
  });
});
