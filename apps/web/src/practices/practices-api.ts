import type { CreatePracticeBody, Practice, PracticeSearchResult, UpdatePracticeBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

const practicePath = (practiceId: string) => `/practices/${encodeURIComponent(practiceId)}`;

/** The REST calls of the inventory of good practices (docs/api.md). */
export const practicesApi = {
  /** One page of the instance's inventory; `query` from `practiceQueryString`. */
  search: (query: string) => apiRequest<PracticeSearchResult>('GET', `/practices${query}`),
  practice: (practiceId: string) => apiRequest<Practice>('GET', practicePath(practiceId)),
  create: (partnershipId: string, body: CreatePracticeBody) => apiRequest<Practice>('POST', `${partnershipPath(partnershipId)}/practices`, body),
  update: (practiceId: string, body: UpdatePracticeBody) => apiRequest<Practice>('PATCH', practicePath(practiceId), body),
  remove: (practiceId: string) => apiRequest<void>('DELETE', practicePath(practiceId)),
};

/** Where a practice is read, and written. */
export const practiceHref = (practiceId: string) => `/practices/${encodeURIComponent(practiceId)}`;
