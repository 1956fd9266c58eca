import type { CreatePracticeBody, Practice, PracticeSearchResult } from '@kopa/protocol';
import { getJson, sendJson } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';

/** Describes a practice through the REST API as the given (staff) session, failing loudly if refused. */
export function createPractice(baseUrl: string, cookie: string, partnershipId: string, body: Partial<CreatePracticeBody> & { title: string }) {
  return expectOk(
    sendJson<Practice>(baseUrl, 'POST', `/api/partnerships/${partnershipId}/practices`, { cookie, body }),
    `create the practice "${body.title}"`,
  );
}

/** `GET /api/practices` with a query given as an object (lists become repeated parameters). */
export function searchPractices(baseUrl: string, cookie: string | undefined, query: Record<string, string | number | string[] | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  const text = params.toString();
  return getJson<PracticeSearchResult & { code?: string; field?: string }>(baseUrl, `/api/practices${text ? `?${text}` : ''}`, cookie);
}
