import type { AuditEntry, ModerationReport, PostAwaitingReview, ResolveReportBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

/** The REST calls of the teachers' moderation queue and audit log (docs/api.md, "Moderation"). */
export const moderationApi = {
  reports: (partnershipId: string, state: 'open' | 'all') =>
    apiRequest<ModerationReport[]>('GET', `${partnershipPath(partnershipId)}/reports?state=${state}`),
  resolve: (reportId: string, body: ResolveReportBody) =>
    apiRequest<ModerationReport>('POST', `/reports/${encodeURIComponent(reportId)}/resolve`, body),
  /** Submitted posts, and approved ones not published yet. */
  waiting: (partnershipId: string) =>
    apiRequest<PostAwaitingReview[]>('GET', `${partnershipPath(partnershipId)}/posts?status=submitted`),
  audit: (partnershipId: string) => apiRequest<AuditEntry[]>('GET', `${partnershipPath(partnershipId)}/audit`),
};
