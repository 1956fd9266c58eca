import type { ItemType } from '@kopa/protocol';
import { MIGRATIONS } from '../../db/migrations.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupManifestSchema, type BackupManifest } from './backup-manifest.js';
import { BACKUP_TABLES, type BackupTable } from './backup-tables.js';
import type { BackupZip } from './backup-zip.js';
import { RestoreError } from './restore-error.js';

export type Row = Record<string, unknown>;

/** An entry besides the manifest and the tables, with what it is for. */
export type PlannedEntry =
  | { kind: 'document'; path: string; docId: string; itemType: ItemType }
  | { kind: 'blob'; path: string; table: BackupTable; row: Row; itemType: ItemType | null }
  | { kind: 'picture'; path: string; uploadId: string; width: number };

export interface BackupContents {
  manifest: BackupManifest;
  /** Every table's rows, each checked against its schema. */
  rows: ReadonlyMap<string, readonly Row[]>;
  /** The other entries, in the order they are restored (a trail's base before its changes). */
  planned: PlannedEntry[];
}

const DOCUMENT = /^docs\/([A-Za-z0-9_-]{16,64})\.yjs$/;
const PICTURE = /^files\/([0-9a-f-]{36})\/([1-9][0-9]{0,5})\.webp$/;
const TABLE = /^tables\/([a-z_]+)\.json$/;

/**
 * Reads and checks everything but the documents' and pictures' bytes: the manifest (format,
 * versions, every entry listed with its size), each table's JSON (checksum, one schema per row,
 * every row of the one partnership), and that each remaining entry is exactly what a row calls for.
 * Nothing is written; any problem is a RestoreError in one sentence.
 */
export async function readBackupContents(zip: BackupZip): Promise<BackupContents> {
  const manifest = await readManifest(zip);
  const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
  if (listed.size !== manifest.entries.length) throw new RestoreError('The backup is damaged: its manifest lists a file twice.');
  for (const [entryPath, entry] of zip.entries) {
    if (entryPath === 'manifest.json') continue;
    const expected = listed.get(entryPath);
    if (!expected) throw new RestoreError(`The backup was changed: it holds ${entryPath}, which its manifest does not list.`);
    if (entry.uncompressedSize !== expected.size) {
      throw new RestoreError(`The backup is damaged or was changed: ${entryPath} is not the size its manifest says.`);
    }
  }
  for (const entryPath of listed.keys()) {
    if (!zip.entries.has(entryPath)) throw new RestoreError(`The backup is incomplete: ${entryPath} is listed in its manifest but missing from the zip.`);
  }
  for (const entryPath of listed.keys()) {
    const table = TABLE.exec(entryPath)?.[1];
    if (table && !BACKUP_TABLES.some((known) => known.name === table)) {
      throw new RestoreError(`The backup holds a table Kopa does not know, ${entryPath}: it is not a backup this Kopa can restore.`);
    }
  }

  const rows = new Map<string, Row[]>();
  for (const table of BACKUP_TABLES) {
    const entryPath = `tables/${table.name}.json`;
    const entry = listed.get(entryPath);
    if (!entry && manifest.kopaSchemaVersion < MIGRATIONS.length && !(table.name in manifest.counts.tables)) {
      // A table added after this backup was made: it had nothing to hold.
      rows.set(table.name, []);
      continue;
    }
    if (!entry) throw new RestoreError(`The backup is incomplete: it has no ${entryPath}.`);
    const { bytes, sha256 } = await zip.read(entryPath);
    if (sha256 !== entry.sha256) throw new RestoreError(`The backup is damaged or was changed: the checksum of ${entryPath} does not match its manifest.`);
    rows.set(table.name, parseTable(table, entryPath, bytes));
    if (manifest.counts.tables[table.name] !== rows.get(table.name)!.length) {
      throw new RestoreError(`The backup is inconsistent: ${entryPath} does not hold as many rows as its manifest says.`);
    }
  }

  const planned = planEntries(manifest, rows, new Set(listed.keys()));
  return { manifest, rows, planned };
}

async function readManifest(zip: BackupZip): Promise<BackupManifest> {
  if (!zip.entries.has('manifest.json')) throw new RestoreError(`${zip.fileName} is not a Kopa backup: it has no manifest.json.`);
  const { bytes } = await zip.read('manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RestoreError(`${zip.fileName} is not a Kopa backup: its manifest.json is not JSON.`);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    throw new RestoreError(
      `${zip.fileName} is not a Kopa backup: its manifest.json describes ${typeof format === 'string' ? `a "${format.slice(0, 40)}"` : 'something else'}.`,
    );
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new RestoreError(`${zip.fileName} was made by a newer Kopa (backup format ${version}): update this Kopa, then restore it.`);
  }
  const schema = (json as { kopaSchemaVersion?: unknown }).kopaSchemaVersion;
  if (typeof schema === 'number' && schema > MIGRATIONS.length) {
    throw new RestoreError(
      `${zip.fileName} was made by a newer Kopa (database schema ${schema}, this one has ${MIGRATIONS.length}): update this Kopa, then restore it.`,
    );
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RestoreError(`The backup is damaged: its manifest.json is not valid (${issue?.path.join('.') || 'the whole file'}: ${issue?.message ?? 'unknown'}).`);
  }
  return parsed.data;
}

function parseTable(table: BackupTable, entryPath: string, bytes: Buffer): Row[] {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RestoreError(`The backup is damaged: ${entryPath} is not JSON.`);
  }
  if (!Array.isArray(json)) throw new RestoreError(`The backup is damaged: ${entryPath} is not a list of rows.`);
  return json.map((value: unknown, index) => {
    const parsed = table.row.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RestoreError(
        `The backup is damaged or was changed: row ${index + 1} of ${entryPath} is not valid (${issue?.path.join('.') || 'the row'}: ${issue?.message ?? 'unknown'}).`,
      );
    }
    return parsed.data as Row;
  });
}

/** Matches the remaining entries with the rows that call for them: nothing missing, nothing extra. */
function planEntries(manifest: BackupManifest, rows: ReadonlyMap<string, readonly Row[]>, listed: ReadonlySet<string>): PlannedEntry[] {
  const partnershipId = manifest.partnership.id;
  const partnershipRows = rows.get('partnerships')!;
  if (partnershipRows.length !== 1 || partnershipRows[0]!.id !== partnershipId) {
    throw new RestoreError('The backup is inconsistent: it must hold exactly the one partnership its manifest names.');
  }
  for (const table of BACKUP_TABLES) {
    if (!table.partnershipColumn) continue;
    if (rows.get(table.name)!.some((row) => row[table.partnershipColumn!] !== partnershipId)) {
      throw new RestoreError(`The backup is inconsistent: tables/${table.name}.json holds rows of another partnership.`);
    }
  }

  const items = rows.get('items')!;
  const itemsById = new Map(items.map((item) => [String(item.id), item]));
  // A post's versions in other languages are documents of the post's kind.
  const versions = rows.get('post_translations') ?? [];
  const typeByDocId = new Map([
    ...items.map((item) => [String(item.doc_id), item.type as ItemType] as const),
    ...versions.map((version) => [String(version.doc_id), itemsById.get(String(version.item_id))?.type as ItemType] as const),
  ]);
  if (typeByDocId.size !== items.length + versions.length) throw new RestoreError('The backup is inconsistent: two items share one document.');
  if (versions.some((version) => itemsById.get(String(version.item_id))?.type !== 'post')) {
    throw new RestoreError('The backup is inconsistent: tables/post_translations.json names a post that is not in it.');
  }
  for (const tableName of ['doc_authors', 'doc_refused_clients']) {
    if (rows.get(tableName)!.some((row) => !typeByDocId.has(String(row.doc_id)))) {
      throw new RestoreError(`The backup is inconsistent: tables/${tableName}.json names a document that is not in it.`);
    }
  }
  if (rows.get('post_search')!.some((row) => !itemsById.has(String(row.item_id)))) {
    throw new RestoreError('The backup is inconsistent: tables/post_search.json names a post that is not in it.');
  }

  const planned: PlannedEntry[] = [];
  const claimed = new Set<string>(['manifest.json', ...BACKUP_TABLES.map((table) => `tables/${table.name}.json`)]);
  const claim = (entryPath: string, what: string) => {
    if (!listed.has(entryPath)) throw new RestoreError(`The backup is incomplete: ${what} has no ${entryPath}.`);
    if (claimed.has(entryPath)) throw new RestoreError(`The backup is inconsistent: two rows call for ${entryPath}.`);
    claimed.add(entryPath);
  };

  for (const table of BACKUP_TABLES) {
    const blob = table.blob;
    if (!blob) continue;
    for (const row of rows.get(table.name)!) {
      if (blob.nullable && row[blob.column] === null) continue;
      const entryPath = blob.path(row);
      if (row[blob.column] !== entryPath) {
        throw new RestoreError(`The backup is damaged or was changed: a row of tables/${table.name}.json names ${String(row[blob.column])} instead of ${entryPath}.`);
      }
      claim(entryPath, `a row of tables/${table.name}.json`);
      const item = 'item_id' in row ? itemsById.get(String(row.item_id)) : undefined;
      if (blob.kind === 'yjs' && !item) throw new RestoreError(`The backup is inconsistent: ${entryPath} belongs to an item that is not in it.`);
      planned.push({ kind: 'blob', path: entryPath, table, row, itemType: (item?.type as ItemType | undefined) ?? null });
    }
  }

  let documents = 0;
  let files = 0;
  for (const entryPath of listed) {
    if (claimed.has(entryPath)) continue;
    const docId = DOCUMENT.exec(entryPath)?.[1];
    if (docId !== undefined) {
      const itemType = typeByDocId.get(docId);
      if (!itemType) throw new RestoreError(`The backup is inconsistent: ${entryPath} is the content of no item in it.`);
      planned.push({ kind: 'document', path: entryPath, docId, itemType });
      documents++;
      continue;
    }
    const picture = PICTURE.exec(entryPath);
    if (picture) {
      planned.push({ kind: 'picture', path: entryPath, uploadId: picture[1]!, width: Number(picture[2]) });
      files++;
      continue;
    }
    throw new RestoreError(`The backup holds a file Kopa does not know, ${entryPath}: it was changed, or it is not a Kopa backup.`);
  }

  // Every picture a row lists is there, and every picture there is listed by a row.
  const widths = new Map(rows.get('uploads')!.map((upload) => [String(upload.id), new Set(JSON.parse(String(upload.variants)) as number[])]));
  const seen = new Set<string>();
  for (const entry of planned) {
    if (entry.kind !== 'picture') continue;
    if (!widths.get(entry.uploadId)?.has(entry.width)) throw new RestoreError(`The backup is inconsistent: ${entry.path} is a picture no row lists.`);
    seen.add(entry.path);
  }
  for (const [uploadId, set] of widths) {
    for (const width of set) {
      if (!seen.has(`files/${uploadId}/${width}.webp`)) {
        throw new RestoreError(`The backup is incomplete: the picture ${uploadId} has no files/${uploadId}/${width}.webp.`);
      }
    }
  }

  if (documents !== manifest.counts.documents || files !== manifest.counts.files || rows.get('item_versions')!.length !== manifest.counts.versions) {
    throw new RestoreError('The backup is inconsistent: it does not hold as many documents, versions or pictures as its manifest says.');
  }
  // A live lesson's changes replay onto its base, oldest first.
  const order = (entry: PlannedEntry) => (entry.kind === 'blob' && entry.table.name === 'live_edits' ? Number(entry.row.seq) : 0);
  return planned.sort((a, b) => order(a) - order(b));
}
