import type { MemberSummary } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { cohostCandidates, looksAfterPerson, nameOf, noPupilToPauseHint, rosterFacts, rosterOrder } from './live-roster';
import { participantFixture } from './live-participant-fixture';

const person = participantFixture;

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

describe('noPupilToPauseHint', () => {
  it('tells a teacher that only their own school’s pupils can be paused, when none of them is here', () => {
    expect(noPupilToPauseHint('teacher', 0)).toBe('live.locks.noPupilsTeacher');
    expect(noPupilToPauseHint('coordinator', 0)).toBe('live.locks.noPupilsCoordinator');
  });

  it('says nothing while there is someone to choose', () => {
    expect(noPupilToPauseHint('teacher', 1)).toBeNull();
    expect(noPupilToPauseHint('coordinator', 3)).toBeNull();
  });

  it('matches who a teacher looks after: Marco (Italy) has none of his pupils among Latvian and Spanish ones', () => {
    const marco = { role: 'teacher' as const, schoolId: 'it' };
    const pupils = [person('janis', { schoolId: 'lv' }), person('lucia', { schoolId: 'es' })].filter((pupil) => looksAfterPerson(marco, pupil));
    expect(noPupilToPauseHint(marco.role, pupils.length)).toBe('live.locks.noPupilsTeacher');
  });
});

describe('rosterFacts', () => {
  it('leaves out blank facts, so no separator stands alone', () => {
    expect(rosterFacts(['IES Gijón', 'In “Map”'])).toEqual(['IES Gijón', 'In “Map”']);
    expect(rosterFacts([null, 'Nothing open'])).toEqual(['Nothing open']);
    expect(rosterFacts(['  ', 'Left the lesson', undefined, ''])).toEqual(['Left the lesson']);
    expect(rosterFacts([' Daugavpils school '])).toEqual(['Daugavpils school']);
  });
});
