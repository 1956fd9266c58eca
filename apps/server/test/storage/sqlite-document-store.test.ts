import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { makeTempDir } from '@kopa/testkit';
import { documentStoreContract } from './document-store-contract.js';

documentStoreContract('SQLite file', async () => {
  const temp = await makeTempDir();
  const db = openDatabase(path.join(temp.path, 'kopa.db'), { synchronous: 'FULL' });
  return {
    store: new SqliteDocumentStore(db),
    async close() {
      db.close();
      await temp.remove();
    },
  };
});

describe('SQLite document store on disk', () => {
  it('keeps what was appended across closing and reopening the file', async () => {
    const temp = await makeTempDir();
    const file = path.join(temp.path, 'kopa.db');
    try {
      const first = openDatabase(file, { synchronous: 'FULL' });
      await new SqliteDocumentStore(first).appendUpdates([{ docId: 'doc-a', update: new Uint8Array([1, 2]) }]);
      first.close();

      const second = openDatabase(file, { synchronous: 'FULL' });
      expect((await new SqliteDocumentStore(second).load('doc-a'))?.updates).toEqual([new Uint8Array([1, 2])]);
      expect(second.pragma('journal_mode', { simple: true })).toBe('wal');
      second.close();
    } finally {
      await temp.remove();
    }
  });
});
