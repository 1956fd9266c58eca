import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StartupError } from '../startup-error.js';
import { MIGRATIONS } from './migrations.js';

export type SqliteDatabase = Database.Database;

export interface OpenDatabaseOptions {
  synchronous: 'FULL' | 'NORMAL';
}

/**
 * Opens (or creates) Kopa's SQLite file in WAL mode and brings its schema up to
 * date. Problems an operator can fix become a StartupError with a plain message.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): SqliteDatabase {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new StartupError(`Kopa cannot create its data folder ${path.dirname(file)}: ${describe(error)}.`, {
      cause: error,
    });
  }

  let db: SqliteDatabase | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw new StartupError(
      `Kopa cannot open its database ${file}: ${describe(error)}. ` +
        'If the file is damaged, restore it from a backup, or set KOPA_DATA_DIR to another folder.',
      { cause: error },
    );
  }
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`the database was written by a newer Kopa (schema ${current}, this one knows ${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') return 'the file is not a SQLite database';
    if (code === 'SQLITE_CORRUPT') return 'the file is damaged';
    if (code === 'SQLITE_CANTOPEN' || code === 'EACCES') return 'permission denied or the path is not a file';
    return error.message;
  }
  return String(error);
}
