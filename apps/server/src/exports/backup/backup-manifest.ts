import { z } from 'zod';

/** What `manifest.json` says its zip is. */
export const BACKUP_FORMAT = 'kopa-backup';
/** The layout of the zip; a newer one is refused by an older Kopa. */
export const BACKUP_FORMAT_VERSION = 1;
/** The first schema (MIGRATIONS.length) backups were made with: older ones cannot exist. */
export const FIRST_BACKUP_SCHEMA_VERSION = 7;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 checksum');

export const manifestEntrySchema = z.strictObject({
  path: z.string().min(1).max(300),
  /** Bytes, uncompressed. */
  size: z.number().int().min(0),
  sha256,
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const backupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  /** How many migrations the database had: a restore needs a Kopa at least that new. */
  kopaSchemaVersion: z.number().int().min(FIRST_BACKUP_SCHEMA_VERSION),
  createdAt: z.iso.datetime(),
  partnership: z.strictObject({ id: z.string().min(1).max(64), title: z.string() }),
  counts: z.strictObject({
    /** Rows per table, as in tables/<name>.json. */
    tables: z.record(z.string(), z.number().int().min(0)),
    documents: z.number().int().min(0),
    versions: z.number().int().min(0),
    files: z.number().int().min(0),
  }),
  /** Every other entry of the zip, with its size and checksum. */
  entries: z.array(manifestEntrySchema).max(1_000_000),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
