import type {
  AcceptInviteBody,
  AdminPartnership,
  CreatedPartnership,
  CreateInviteBody,
  CreatePartnershipBody,
  Invite,
  InvitePreview,
  Me,
  MemberSummary,
  Partnership,
  UpdatePartnershipBody,
} from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

const at = (id: string) => encodeURIComponent(id);

/** The REST calls of partnerships, their people, invite links and the administrator (see docs/api.md). */
export const partnershipsApi = {
  partnership: (pid: string) => apiRequest<Partnership>('GET', partnershipPath(pid)),
  update: (pid: string, body: UpdatePartnershipBody) => apiRequest<Partnership>('PATCH', partnershipPath(pid), body),
  /** Everyone in the partnership, with usernames: staff only. */
  members: (pid: string) => apiRequest<MemberSummary[]>('GET', `${partnershipPath(pid)}/members`),
  invites: (pid: string) => apiRequest<Invite[]>('GET', `${partnershipPath(pid)}/invites`),
  createInvite: (pid: string, body: CreateInviteBody) => apiRequest<Invite>('POST', `${partnershipPath(pid)}/invites`, body),
  revokeInvite: (inviteId: string) => apiRequest<Invite>('DELETE', `/invites/${at(inviteId)}`),
  preview: (token: string) => apiRequest<InvitePreview>('GET', `/invites/${at(token)}`),
  accept: (token: string, body: AcceptInviteBody) => apiRequest<Me>('POST', `/invites/${at(token)}/accept`, body),
  adminPartnerships: () => apiRequest<AdminPartnership[]>('GET', '/admin/partnerships'),
  createPartnership: (body: CreatePartnershipBody) => apiRequest<CreatedPartnership>('POST', '/admin/partnerships', body),
};

/** The full address of an invite link on this Kopa, to copy and pass on. */
export function inviteUrl(invite: Pick<Invite, 'path'>): string {
  return `${window.location.origin}${invite.path}`;
}

export type InviteState = 'active' | 'revoked' | 'expired' | 'used';

/** What a link can still do, as its list shows it. */
export function inviteState(invite: Invite, now = Date.now()): InviteState {
  if (invite.revoked) return 'revoked';
  if (invite.expiresAt !== null && invite.expiresAt <= now) return 'expired';
  if (invite.kind === 'coordinator' && invite.uses > 0) return 'used';
  return 'active';
}
