import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SqliteDatabase } from '../../db/open-database.js';
import { MIGRATIONS } from '../../db/migrations.js';
import type { DocumentStore } from '../../storage/document-store.js';
import { documentState } from '../document-state.js';
import { ExportError, yieldToEventLoop, type ExportEntry, type ExportFormat, type ExportProgress, type ExportScope } from '../export-format.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest, type ManifestEntry } from './backup-manifest.js';
import { BACKUP_TABLES, columnsOf, type BackupTable } from './backup-tables.js';

export interface BackupDeps {
  db: SqliteDatabase;
  /** Where documents are read from: everything stored, as the sync server would load it. */
  store: DocumentStore;
  /** Resolves once every change applied so far is on disk (the sync server's persistence queue). */
  flushed(): Promise<void>;
  /** `<data>/files`: the pictures' bytes. */
  filesDir: string;
  now?: () => Date;
}

type Row = Record<string, unknown>;

/**
 * The complete backup of one partnership (see docs/api.md, "Backups"): `tables/<name>.json` with
 * every row that belongs to it, `docs/<docId>.yjs` with each item's Yjs state, `versions/<id>.yjs`,
 * `thumbnails/<itemId>.webp`, the live-lesson trails, `files/<uploadId>/<width>.webp` with every
 * picture's bytes, and last `manifest.json` with each entry's size and SHA-256.
 */
export function backupFormat(deps: BackupDeps): ExportFormat {
  return {
    name: 'backup',
    // A backup restores into an empty Kopa: a whole partnership, with the people and structure its spaces need.
    scopes: ['partnership'],
    produce: (scope, progress) => produceBackup(deps, scope, progress),
  };
}

async function* produceBackup(deps: BackupDeps, scope: ExportScope, progress: ExportProgress): AsyncGenerator<ExportEntry> {
  if (scope.kind !== 'partnership') throw new ExportError('A backup holds a whole partnership, not one space.');
  const createdAt = (deps.now ?? (() => new Date()))();
  // Every change received so far is on disk, then the rows are read in one consistent go.
  await deps.flushed();
  const snapshot = readPartnershipRows(deps.db, scope.partnershipId);
  const partnership = snapshot.rows.get('partnerships')?.[0];
  if (!partnership) throw new ExportError('The partnership no longer exists.');

  // Every document: the items' own, then the posts' versions in other languages.
  const docIds = [...(snapshot.rows.get('items') ?? []), ...(snapshot.rows.get('post_translations') ?? [])].map((row) => String(row.doc_id));
  const lazyBlobs = BACKUP_TABLES.filter((table) => table.blob && !table.blob.readWithRows).flatMap((table) =>
    (snapshot.rows.get(table.name) ?? []).filter((row) => row[table.blob!.column] !== null).map((row) => ({ table, row })),
  );
  const pictures = (snapshot.rows.get('uploads') ?? []).flatMap((upload) =>
    (JSON.parse(String(upload.variants)) as number[]).map((width) => ({ uploadId: String(upload.id), width })),
  );
  progress.setTotal(BACKUP_TABLES.length + snapshot.blobs.size + docIds.length + lazyBlobs.length + pictures.length + 1);

  const entries: ManifestEntry[] = [];
  const entry = (entryPath: string, bytes: Uint8Array, compress = true): ExportEntry => {
    entries.push({ path: entryPath, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });
    return { path: entryPath, bytes, compress };
  };
  const step = async () => {
    progress.advance();
    await yieldToEventLoop();
    progress.signal.throwIfAborted();
  };

  for (const table of BACKUP_TABLES) {
    yield entry(`tables/${table.name}.json`, jsonLines(snapshot.rows.get(table.name) ?? []));
    await step();
  }
  for (const [entryPath, bytes] of snapshot.blobs) {
    yield entry(entryPath, bytes);
    await step();
  }

  let documents = 0;
  for (const docId of docIds) {
    const state = await documentState(deps.store, docId);
    if (state) {
      documents++;
      yield entry(`docs/${docId}.yjs`, state);
    }
    await step();
  }

  for (const { table, row } of lazyBlobs) {
    const blob = table.blob!;
    const bytes = readBlob(deps.db, table, row);
    if (!bytes) throw new ExportError(`A row of ${table.name} lost its content while the backup was made: start it again.`);
    yield entry(blob.path(row), bytes, blob.kind !== 'webp');
    await step();
  }

  for (const { uploadId, width } of pictures) {
    const file = path.join(deps.filesDir, uploadId, `${width}.webp`);
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        throw new ExportError(`A picture (${uploadId}, ${width} px) is missing from the files folder, so the backup would not be complete.`);
      }
      throw error;
    });
    yield entry(`files/${uploadId}/${width}.webp`, bytes, false);
    await step();
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kopaSchemaVersion: MIGRATIONS.length,
    createdAt: createdAt.toISOString(),
    partnership: { id: String(partnership.id), title: String(partnership.title) },
    counts: {
      tables: Object.fromEntries(BACKUP_TABLES.map((table) => [table.name, snapshot.rows.get(table.name)?.length ?? 0])),
      documents,
      versions: snapshot.rows.get('item_versions')?.length ?? 0,
      files: pictures.length,
    },
    entries,
  };
  yield { path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
  progress.advance();
}

interface PartnershipRows {
  rows: Map<string, Row[]>;
  /** BLOB columns read with the rows, by their entry's path. */
  blobs: Map<string, Uint8Array>;
}

/**
 * Every row of the partnership, read in one transaction (one consistent moment), in
 * rowid order. BLOB columns become the path of the entry holding their bytes.
 */
export function readPartnershipRows(db: SqliteDatabase, partnershipId: string): PartnershipRows {
  const rows = new Map<string, Row[]>();
  const blobs = new Map<string, Uint8Array>();
  db.transaction(() => {
    for (const table of BACKUP_TABLES) {
      const lazy = table.blob && !table.blob.readWithRows ? table.blob.column : null;
      const columns = columnsOf(table).filter((column) => column !== lazy);
      // A nullable column read later: only whether it holds anything (no entry when it does not).
      const nullFlag = lazy && table.blob!.nullable ? `, ${quote(lazy)} IS NULL AS ${quote(NULL_FLAG)}` : '';
      const selected = db
        .prepare<{ p: string }, Row>(`SELECT ${columns.map(quote).join(', ')}${nullFlag} FROM ${quote(table.name)} WHERE ${table.where} ORDER BY rowid`)
        .all({ p: partnershipId });
      rows.set(
        table.name,
        selected.map((row) => {
          if (!table.blob) return row;
          const empty = table.blob.nullable === true && (table.blob.readWithRows ? row[table.blob.column] === null : row[NULL_FLAG] === 1);
          const entryPath = empty ? null : table.blob.path(row);
          if (table.blob.readWithRows && entryPath !== null) blobs.set(entryPath, new Uint8Array(row[table.blob.column] as Buffer));
          return Object.fromEntries(columnsOf(table).map((column) => [column, column === table.blob!.column ? entryPath : row[column]]));
        }),
      );
    }
  })();

  // People outside the partnership (the administrator who made the coordinator's invite) are not in it.
  const people = new Set((rows.get('users') ?? []).map((user) => String(user.id)));
  for (const table of BACKUP_TABLES) {
    for (const row of rows.get(table.name) ?? []) {
      for (const column of table.personColumns ?? []) {
        if (row[column] !== null && !people.has(String(row[column]))) row[column] = null;
      }
    }
  }
  return { rows, blobs };
}

function readBlob(db: SqliteDatabase, table: BackupTable, row: Row): Uint8Array | null {
  const blob = table.blob!;
  const found = db
    .prepare<unknown[], Record<string, Buffer>>(
      `SELECT ${quote(blob.column)} FROM ${quote(table.name)} WHERE ${blob.keys.map((key) => `${quote(key)} = ?`).join(' AND ')}`,
    )
    .get(...blob.keys.map((key) => row[key]));
  return found ? new Uint8Array(found[blob.column]!) : null;
}

/** A JSON array with one row per line: readable, and diffs well. */
function jsonLines(rows: readonly Row[]): Uint8Array {
  return Buffer.from(rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
}

/** The alias of "is this nullable BLOB column NULL?" in a table's SELECT (never a column of ours). */
const NULL_FLAG = '__kopa_blob_is_null';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
