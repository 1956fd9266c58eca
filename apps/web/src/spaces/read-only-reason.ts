import type { MessageId } from '@kopa/i18n';
import type { Role, SpaceSummary } from '@kopa/protocol';

/** Why this member may read the space but not change it, in one calm sentence (null when they may change it). */
export function readOnlyReason(role: Role, space: Pick<SpaceSummary, 'kind' | 'canEdit' | 'mine'>): MessageId | null {
  if (space.canEdit) return null;
  if (role === 'guest') return 'spacePage.readOnly.guest';
  if (role === 'pupil' && space.kind === 'partnership') return 'spacePage.readOnly.partnership';
  // Their own team or visit, or a teacher anywhere: only archiving takes writing away.
  if (role !== 'pupil' || space.mine) return 'spacePage.readOnly.archived';
  return space.kind === 'team' ? 'spacePage.readOnly.otherTeam' : 'spacePage.readOnly.otherVisit';
}
