import type { Locale } from '@kopa/i18n';
import type { ExportFormatName, ExportScopeKind } from '@kopa/protocol';

/** What an export covers: a whole partnership, or one of its spaces. */
export type ExportScope = { kind: 'partnership'; partnershipId: string } | { kind: 'space'; partnershipId: string; spaceId: string };

/** How the person asked for it: the language of the words a format writes itself (headings, credits). */
export interface ExportOptions {
  locale: Locale;
}

/** One file of an export, at its path inside the zip. */
export interface ExportEntry {
  path: string;
  bytes: Uint8Array;
  /** Deflate it (the default); pictures are compressed already. */
  compress?: boolean;
}

/** How a producer says how far it got; it stops soon after `signal` aborts (the server is closing). */
export interface ExportProgress {
  readonly signal: AbortSignal;
  /** How many steps the whole export takes (entries, usually), once counted. */
  setTotal(total: number): void;
  advance(steps?: number): void;
}

/**
 * A kind of export (the backup, a static website, Markdown): turns a scope into
 * files, one at a time. The job writes each into the zip before asking for the next, so a
 * producer holds one entry in memory at a time; between entries it yields the event loop.
 */
export interface ExportFormat {
  readonly name: ExportFormatName;
  readonly scopes: readonly ExportScopeKind[];
  produce(scope: ExportScope, progress: ExportProgress, options: ExportOptions): AsyncIterable<ExportEntry>;
}

/** Lets timers and sockets run between two steps of a long export. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A problem a producer can put in words for the person who started the export (shown as the job's error). */
export class ExportError extends Error {}
