import type { MemberSummary, Mobility, MobilityBody, Partnership } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';

const id = encodeURIComponent;

/** The REST calls of the visits feature (docs/api.md, "Mobilities"). */
export const mobilitiesApi = {
  list: (partnershipId: string) => apiRequest<Mobility[]>('GET', `/partnerships/${id(partnershipId)}/mobilities`),
  create: (partnershipId: string, body: MobilityBody) =>
    apiRequest<Mobility>('POST', `/partnerships/${id(partnershipId)}/mobilities`, body),
  update: (mobilityId: string, body: Partial<MobilityBody>) => apiRequest<Mobility>('PATCH', `/mobilities/${id(mobilityId)}`, body),
  remove: (mobilityId: string) => apiRequest<void>('DELETE', `/mobilities/${id(mobilityId)}`),
  /** The partnership's dates (for the timeline) and schools (the hosts). */
  partnership: (partnershipId: string) => apiRequest<Partnership>('GET', `/partnerships/${id(partnershipId)}`),
  /** Who could travel: staff only. */
  members: (partnershipId: string) => apiRequest<MemberSummary[]>('GET', `/partnerships/${id(partnershipId)}/members`),
};
