import { describe, expect, it } from 'vitest';
import { readOnlyReason } from './read-only-reason';

describe('why a space is read-only', () => {
  it('says nothing to those who may change it', () => {
    expect(readOnlyReason('pupil', { kind: 'team', canEdit: true, mine: true })).toBeNull();
  });

  it('names the reason for each reader', () => {
    expect(readOnlyReason('guest', { kind: 'team', canEdit: false, mine: false })).toBe('spacePage.readOnly.guest');
    expect(readOnlyReason('pupil', { kind: 'partnership', canEdit: false, mine: true })).toBe('spacePage.readOnly.partnership');
    expect(readOnlyReason('pupil', { kind: 'team', canEdit: false, mine: false })).toBe('spacePage.readOnly.otherTeam');
    expect(readOnlyReason('pupil', { kind: 'mobility', canEdit: false, mine: false })).toBe('spacePage.readOnly.otherVisit');
    expect(readOnlyReason('pupil', { kind: 'team', canEdit: false, mine: true })).toBe('spacePage.readOnly.archived');
    expect(readOnlyReason('teacher', { kind: 'mobility', canEdit: false, mine: true })).toBe('spacePage.readOnly.archived');
  });
});
