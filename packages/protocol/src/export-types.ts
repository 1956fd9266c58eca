import { z } from 'zod';

/**
 * Exports: a whole partnership or one space, written in the background into a file to
 * download. Each format is a producer on the server and a label in the catalogs
 * (`exports.format.<name>`, `exports.format.<name>.hint`); adding one means adding its
 * name here. Shapes of `/api/…/exports` and of the `export:*` Socket.IO events.
 */
export const EXPORT_FORMATS = ['backup', 'site', 'markdown'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/** What an export covers: the whole partnership, or one of its spaces. */
export const EXPORT_SCOPES = ['partnership', 'space'] as const;
export type ExportScopeKind = (typeof EXPORT_SCOPES)[number];

/** A format the caller may start, and the scopes it covers. */
export interface ExportFormatInfo {
  name: ExportFormatName;
  scopes: ExportScopeKind[];
}

export type ExportStatus = 'running' | 'done' | 'failed';

export interface ExportJob {
  id: string;
  partnershipId: string;
  format: ExportFormatName;
  scope: ExportScopeKind;
  /** Set when the scope is one space. */
  spaceId: string | null;
  status: ExportStatus;
  /** Steps done out of `total` (0 until the producer has counted them). */
  done: number;
  total: number;
  /** Epoch milliseconds. */
  createdAt: number;
  finishedAt: number | null;
  /** When the file is deleted (a day after it was made); null until it is done. */
  expiresAt: number | null;
  /** The file's size in bytes, once done. */
  size: number | null;
  /** The name the download is saved under. */
  fileName: string | null;
  /** `/api/exports/<id>/download`, once done. */
  downloadUrl: string | null;
  /** Why it failed, in one sentence. */
  error: string | null;
}

/** `GET /api/partnerships/:pid/exports`: what the caller may export, and their own recent exports. */
export interface ExportOverview {
  formats: ExportFormatInfo[];
  jobs: ExportJob[];
}

export const startExportBodySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
  /** One space of the partnership; without it, the whole partnership. */
  spaceId: z.string().min(1).max(64).optional(),
  /** The language of the words a format writes itself (a website's headings, credits); one Kopa does not speak falls back to English. */
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
});
export type StartExportBody = z.infer<typeof startExportBodySchema>;
