import type { LiveParticipant } from '@kopa/protocol';

/** A participant for the live rules' tests: a pupil of a Latvian school, present, with nothing open. */
export function participantFixture(userId: string, over: Partial<LiveParticipant> = {}): LiveParticipant {
  return {
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
  };
}
