import fs from 'node:fs/promises';
import path from 'node:path';
import type { ItemType } from '@kopa/protocol';
import * as Y from 'yjs';
import { openDatabase, type SqliteDatabase } from '../../db/open-database.js';
import { readBackupContents, type BackupContents, type PlannedEntry } from './backup-contents.js';
import { BACKUP_TABLES, columnsOf } from './backup-tables.js';
import { BackupZip, RESTORE_LIMITS, type RestoreLimits } from './backup-zip.js';
import { RestoreError } from './restore-error.js';
import { checkYjsContent } from './yjs-state-check.js';

export interface RestoreOptions {
  limits?: RestoreLimits;
  synchronous?: 'FULL' | 'NORMAL';
}

export interface RestoreSummary {
  partnershipTitle: string;
  people: number;
  spaces: number;
  items: number;
  documents: number;
  versions: number;
  pictures: number;
}

/**
 * `npm run kopa -- restore <file.zip>`: a backup into an EMPTY data folder. Everything is
 * checked (manifest, sizes, checksums, every row, every Yjs state through the sync server's
 * guards) while the new data folder is built beside it, in a temporary folder: one SQLite
 * transaction, pictures as files. Only when all of it is right does that folder become the
 * data folder; on any problem it is deleted and the data folder is as it was.
 */
export async function restoreBackup(zipFile: string, dataDir: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const limits = options.limits ?? RESTORE_LIMITS;
  await ensureEmptyFolder(dataDir);
  const stat = await fs.stat(zipFile).catch(() => null);
  if (!stat?.isFile()) throw new RestoreError(`There is no file ${zipFile}.`);

  const zip = await BackupZip.open(zipFile, limits);
  try {
    const contents = await readBackupContents(zip);
    const parent = path.dirname(path.resolve(dataDir));
    await fs.mkdir(parent, { recursive: true });
    const staging = await fs.mkdtemp(path.join(parent, `.${path.basename(dataDir)}-restoring-`));
    try {
      await buildDataFolder(zip, contents, staging, options.synchronous ?? 'FULL');
      await moveIntoPlace(staging, dataDir);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
    return summarize(contents);
  } finally {
    zip.close();
  }
}

async function ensureEmptyFolder(dataDir: string): Promise<void> {
  const stat = await fs.stat(dataDir).catch(() => null);
  if (!stat) return;
  if (!stat.isDirectory()) throw new RestoreError(`${dataDir} is a file, not a folder: set KOPA_DATA_DIR to a new, empty folder.`);
  if ((await fs.readdir(dataDir)).length > 0) {
    throw new RestoreError(
      `The data folder ${dataDir} is not empty: a backup is restored only into an empty folder, so nothing is overwritten. Set KOPA_DATA_DIR to a new folder and try again.`,
    );
  }
}

async function buildDataFolder(zip: BackupZip, contents: BackupContents, staging: string, synchronous: 'FULL' | 'NORMAL'): Promise<void> {
  const db = openDatabase(path.join(staging, 'kopa.db'), { synchronous });
  try {
    // One transaction, held across the reads of the zip: this database is ours alone until it is moved in.
    db.exec('BEGIN');
    // Rows refer to each other in cycles (people ↔ invites): foreign keys are checked once all are in.
    db.pragma('defer_foreign_keys = ON');
    insertRows(db, contents);
    const trails = new Map<string, Y.Doc>();
    const checksums = new Map(contents.manifest.entries.map((entry) => [entry.path, entry.sha256]));
    try {
      for (const entry of contents.planned) await restoreEntry(zip, checksums, entry, db, staging, trails);
    } finally {
      for (const doc of trails.values()) doc.destroy();
    }
    checkForeignKeys(db);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error instanceof RestoreError ? error : describeDatabaseError(error);
  } finally {
    db.close();
  }
}

function insertRows(db: SqliteDatabase, contents: BackupContents): void {
  for (const table of BACKUP_TABLES) {
    const columns = columnsOf(table);
    const insert = db.prepare(`INSERT INTO "${table.name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    for (const row of contents.rows.get(table.name)!) {
      // A BLOB column is filled from its own entry once that is checked.
      insert.run(table.blob && row[table.blob.column] !== null ? { ...row, [table.blob.column]: Buffer.alloc(0) } : row);
    }
  }
}

async function restoreEntry(
  zip: BackupZip,
  checksums: ReadonlyMap<string, string>,
  entry: PlannedEntry,
  db: SqliteDatabase,
  staging: string,
  trails: Map<string, Y.Doc>,
): Promise<void> {
  const { bytes, sha256 } = await zip.read(entry.path);
  if (sha256 !== checksums.get(entry.path)) {
    throw new RestoreError(`The backup is damaged or was changed: the checksum of ${entry.path} does not match its manifest.`);
  }

  if (entry.kind === 'document') {
    refuseContent(entry.path, checkYjsContent(entry.itemType, bytes));
    db.prepare('INSERT INTO doc_snapshots (doc_id, data, upto_seq) VALUES (?, ?, 0)').run(entry.docId, bytes);
    return;
  }
  if (entry.kind === 'picture') {
    if (!isWebp(bytes)) throw new RestoreError(`The backup is refused: ${entry.path} is not a WebP picture.`);
    const dir = path.join(staging, 'files', entry.uploadId);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `${entry.width}.webp`), bytes, { flag: 'wx' });
    return;
  }

  const blob = entry.table.blob!;
  if (blob.kind === 'webp') {
    if (!isWebp(bytes)) throw new RestoreError(`The backup is refused: ${entry.path} is not a WebP picture.`);
  } else {
    const type = entry.itemType as ItemType;
    if (entry.table.name === 'live_edits' || entry.table.name === 'live_item_bases') {
      // A lesson's trail: each change must apply, guarded, onto its item's base and the changes before it.
      const key = `${String(entry.row.session_id)} ${String(entry.row.item_id)}`;
      let base = trails.get(key);
      if (!base) trails.set(key, (base = new Y.Doc({ gc: true })));
      refuseContent(entry.path, checkYjsContent(type, bytes, base));
    } else {
      refuseContent(entry.path, checkYjsContent(type, bytes));
    }
  }
  const keys = blob.keys.map((key) => `"${key}" = @${key}`).join(' AND ');
  const updated = db
    .prepare(`UPDATE "${entry.table.name}" SET "${blob.column}" = @bytes WHERE ${keys}`)
    .run({ ...Object.fromEntries(blob.keys.map((key) => [key, entry.row[key]])), bytes });
  if (updated.changes !== 1) throw new RestoreError(`The backup is inconsistent: ${entry.path} belongs to no single row.`);
}

function refuseContent(entryPath: string, problem: string | null): void {
  if (problem) throw new RestoreError(`The backup is refused: ${entryPath} is not content Kopa writes (${problem}).`);
}

/** RIFF…WEBP: the only pictures Kopa keeps. */
function isWebp(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';
}

function checkForeignKeys(db: SqliteDatabase): void {
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  const first = broken[0];
  if (first) {
    throw new RestoreError(`The backup is inconsistent: a row of ${first.table} refers to a row of ${first.parent} that is not in it.`);
  }
}

function describeDatabaseError(error: unknown): Error {
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new RestoreError(`The backup is inconsistent: ${(error as Error).message}.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The built folder becomes the data folder (which is empty, or does not exist yet). */
async function moveIntoPlace(staging: string, dataDir: string): Promise<void> {
  try {
    await fs.rmdir(dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') {
      throw new RestoreError(`The data folder ${dataDir} is no longer empty (is Kopa running on it?): nothing was restored.`);
    }
    if (code !== 'ENOENT') throw error;
  }
  await fs.rename(staging, dataDir);
}

function summarize(contents: BackupContents): RestoreSummary {
  const count = (table: string) => contents.rows.get(table)?.length ?? 0;
  return {
    partnershipTitle: contents.manifest.partnership.title,
    people: count('users'),
    spaces: count('spaces'),
    items: count('items'),
    documents: contents.manifest.counts.documents,
    versions: count('item_versions'),
    pictures: count('uploads'),
  };
}
