import type { DocumentAuthor, VersionDetail, VersionDiff, VersionSummary } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { itemPath } from '../api/api-paths';

const versions = (itemId: string) => `${itemPath(itemId)}/versions`;
const version = (itemId: string, versionId: string) => `${versions(itemId)}/${encodeURIComponent(versionId)}`;

/** The REST calls of a document's or post's history and authorship (docs/api.md, "History"). */
export const historyApi = {
  versions: (itemId: string) => apiRequest<VersionSummary[]>('GET', versions(itemId)),
  nameCurrent: (itemId: string, name: string) => apiRequest<VersionSummary>('POST', versions(itemId), { name }),
  rename: (itemId: string, versionId: string, name: string) =>
    apiRequest<VersionSummary>('PATCH', version(itemId, versionId), { name }),
  version: (itemId: string, versionId: string) => apiRequest<VersionDetail>('GET', version(itemId, versionId)),
  /** What changed from this version to the live content now. */
  diff: (itemId: string, versionId: string) => apiRequest<VersionDiff>('GET', `${version(itemId, versionId)}/diff?against=current`),
  restore: (itemId: string, versionId: string) => apiRequest<VersionSummary>('POST', `${version(itemId, versionId)}/restore`),
  authors: (itemId: string) => apiRequest<DocumentAuthor[]>('GET', `${itemPath(itemId)}/authors`),
};
