import path from 'node:path';
import { createAdmin as createAdminAccount } from '../../src/cli/admin-accounts.js';
import { openDatabase } from '../../src/db/open-database.js';
import { login, type LoggedIn } from './api-client.js';
import type { TestServer } from './test-server.js';

/**
 * An instance administrator in a running test server, made as `npm run kopa -- admin create`
 * makes one (same code, same database file, in this process), then logged in.
 * `test/partnerships/admin-cli.test.ts` runs the real CLI process.
 */
export async function createAdmin(server: TestServer, username: string): Promise<LoggedIn & { password: string }> {
  const db = openDatabase(path.join(server.dataDir, 'kopa.db'), { synchronous: 'NORMAL' });
  try {
    const { password } = await createAdminAccount(db, username);
    return { ...(await login(server.url, username, password)), password };
  } finally {
    db.close();
  }
}
