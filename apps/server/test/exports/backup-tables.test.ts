import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/db/migrations.js';
import { BACKUP_TABLES, columnsOf, EXCLUDED_TABLES, isInternalTable } from '../../src/exports/backup/backup-tables.js';

/**
 * Every table and column of the schema is decided for the backup: a migration that adds one
 * fails here until backup-tables.ts says whether (and how) it is kept.
 */
describe('what a backup holds of the schema', () => {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) db.exec(migration);
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => row.name);
  const fullTextIndexes = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
    .all()
    .map((row) => row.name);

  it('decides about every table: kept, or left out with a reason', () => {
    const undecided = tables.filter(
      (name) => !isInternalTable(name, fullTextIndexes) && !(name in EXCLUDED_TABLES) && !BACKUP_TABLES.some((table) => table.name === name),
    );
    expect(undecided).toEqual([]);
    for (const table of BACKUP_TABLES) expect(tables).toContain(table.name);
    expect(new Set(BACKUP_TABLES.map((table) => table.name)).size).toBe(BACKUP_TABLES.length);
  });

  it('keeps every column of the tables it keeps, under the same names', () => {
    for (const table of BACKUP_TABLES) {
      const columns = db.prepare<[], { name: string }>(`PRAGMA table_info("${table.name}")`).all().map((column) => column.name);
      expect(columnsOf(table).sort(), table.name).toEqual(columns.sort());
    }
  });

  it('never keeps sessions', () => {
    expect(BACKUP_TABLES.map((table) => table.name)).not.toContain('sessions');
    expect(EXCLUDED_TABLES.sessions).toBeDefined();
  });
});
