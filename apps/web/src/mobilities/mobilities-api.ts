import type { Mobility, MobilityBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

const id = encodeURIComponent;

/** The REST calls of the visits feature (docs/api.md, "Mobilities"). */
export const mobilitiesApi = {
  list: (partnershipId: string) => apiRequest<Mobility[]>('GET', `${partnershipPath(partnershipId)}/mobilities`),
  create: (partnershipId: string, body: MobilityBody) =>
    apiRequest<Mobility>('POST', `${partnershipPath(partnershipId)}/mobilities`, body),
  update: (mobilityId: string, body: Partial<MobilityBody>) => apiRequest<Mobility>('PATCH', `/mobilities/${id(mobilityId)}`, body),
  remove: (mobilityId: string) => apiRequest<void>('DELETE', `/mobilities/${id(mobilityId)}`),
};
