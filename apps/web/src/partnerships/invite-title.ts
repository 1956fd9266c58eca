import type { Translate } from '@kopa/i18n';
import type { Invite, School } from '@kopa/protocol';

/** Who a link is for, as the list and its buttons name it: "Teachers of IES Gijón", "Guests: Parents of 7B". */
export function inviteTitle(invite: Invite, schools: readonly School[], t: Translate): string {
  if (invite.kind === 'coordinator') return t('invites.kind.coordinator');
  if (invite.kind === 'guest') return t('invites.kind.guest', { label: invite.label });
  return t('invites.kind.school', { name: schools.find((school) => school.id === invite.schoolId)?.name ?? invite.label });
}
