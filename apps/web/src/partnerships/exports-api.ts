import type { ExportFormatName, ExportJob, ExportOverview } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

/** The REST calls of exports (see docs/api.md, "Exports"); progress comes over Socket.IO. */
export const exportsApi = {
  overview: (pid: string) => apiRequest<ExportOverview>('GET', `${partnershipPath(pid)}/exports`),
  /**
   * `language`: the words a website or Markdown export writes itself (headings, credits) in the person's language;
   * `spaceId`: one space of the partnership, or (without it) the whole partnership.
   */
  start: (pid: string, format: ExportFormatName, language: string, spaceId?: string) =>
    apiRequest<ExportJob>('POST', `${partnershipPath(pid)}/exports`, { format, language, spaceId }),
};
