import type { GlossaryList, GlossaryTerm, UploadedImage, ValidationProblem } from '@kopa/protocol';
import { getJson, sendJson, type LoggedIn } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';

/** The glossary's REST calls as the web app makes them, for the tests. */
export const glossaryOf = (baseUrl: string, who: LoggedIn, partnershipId: string) =>
  getJson<GlossaryList>(baseUrl, `/api/partnerships/${partnershipId}/glossary`, who.cookie);

export const propose = (baseUrl: string, who: LoggedIn, partnershipId: string, body: unknown) =>
  sendJson<GlossaryTerm & { code?: string; field?: string; error?: string; problem?: ValidationProblem }>(baseUrl, 'POST', `/api/partnerships/${partnershipId}/glossary`, {
    cookie: who.cookie,
    body,
  });

export const changeTerm = (baseUrl: string, who: LoggedIn, termId: string, body: unknown) =>
  sendJson<GlossaryTerm & { code?: string; field?: string; problem?: ValidationProblem }>(baseUrl, 'PATCH', `/api/glossary/${termId}`, { cookie: who.cookie, body });

export const approveTerm = (baseUrl: string, who: LoggedIn, termId: string) =>
  sendJson<GlossaryTerm>(baseUrl, 'POST', `/api/glossary/${termId}/approve`, { cookie: who.cookie });

export const deleteTerm = (baseUrl: string, who: LoggedIn, termId: string) => sendJson(baseUrl, 'DELETE', `/api/glossary/${termId}`, { cookie: who.cookie });

/** A picture for a term, sent as the web app sends it: the raw bytes. */
export async function glossaryPicture(baseUrl: string, who: LoggedIn | null, partnershipId: string, bytes: Uint8Array) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (who) headers.cookie = who.cookie;
  const response = await fetch(`${baseUrl}/api/partnerships/${partnershipId}/glossary/pictures`, { method: 'POST', headers, body: new Uint8Array(bytes) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as UploadedImage };
}

/** The terms' words in one language, in the order given. */
export const words = (list: GlossaryList, language: string) => list.terms.map((term) => term.translations[language] ?? '');

export const proposed = async (baseUrl: string, who: LoggedIn, partnershipId: string, translations: Record<string, string>) =>
  expectOk(propose(baseUrl, who, partnershipId, { translations }), `propose ${JSON.stringify(translations)}`);
