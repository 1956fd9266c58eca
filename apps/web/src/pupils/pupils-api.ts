import type { MemberSummary, PupilAccount, PupilCredentials, UpdateMemberBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

const pupilsPath = (partnershipId: string, schoolId: string) =>
  `${partnershipPath(partnershipId)}/schools/${encodeURIComponent(schoolId)}/pupils`;
const memberPath = (partnershipId: string, userId: string) => `${partnershipPath(partnershipId)}/members/${encodeURIComponent(userId)}`;

/** The pupil accounts calls (docs/api.md, "Pupils"). */
export const pupilsApi = {
  list: (partnershipId: string, schoolId: string) => apiRequest<PupilAccount[]>('GET', pupilsPath(partnershipId, schoolId)),
  /** The pasted lines as they are: the server trims, skips empty ones and explains the rest. */
  create: (partnershipId: string, schoolId: string, names: string[]) =>
    apiRequest<PupilCredentials[]>('POST', pupilsPath(partnershipId, schoolId), { names }),
  resetPassword: (partnershipId: string, userId: string) =>
    apiRequest<PupilCredentials>('POST', `${memberPath(partnershipId, userId)}/password`),
  update: (partnershipId: string, userId: string, body: UpdateMemberBody) =>
    apiRequest<MemberSummary>('PATCH', memberPath(partnershipId, userId), body),
};
