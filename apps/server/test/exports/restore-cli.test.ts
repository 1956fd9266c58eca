import fs from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir, runKopaCli as kopaCli } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { backupToFile } from './backup-files.js';

describe('npm run kopa -- restore <file.zip>', () => {
  let work: Awaited<ReturnType<typeof makeTempDir>>;
  let source: TestServer;
  let restored: TestServer | undefined;

  beforeAll(async () => {
    work = await makeTempDir('kopa-restore-cli-');
    source = await startTestServer();
    const ilze = await login(source.url, 'ilze');
    await backupToFile(source.url, ilze.cookie, ilze.me.partnershipId!, path.join(work.path, 'backup.zip'));
  });
  afterAll(async () => {
    await restored?.stop();
    await source?.stop();
    await work?.remove();
  });

  it('restores a backup (a path relative to where it is typed) into an empty data folder, and the server starts on it', async () => {
    const dataDir = path.join(work.path, 'data');
    const result = await kopaCli(work.path, dataDir, 'restore', 'backup.zip');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Restored "Together in our diversity" into ${dataDir}:`);
    expect(result.stdout).toMatch(/9 people, \d+ spaces, \d+ items? \(/);
    restored = await startTestServer({ dataDir });
    expect((await login(restored.url, 'lucia')).me.partnershipId).toBeTruthy();
  });

  it('refuses a folder that is not empty, and a file that is not a backup, with exit code 1 and one sentence', async () => {
    const busy = await kopaCli(work.path, path.join(work.path, 'data'), 'restore', 'backup.zip');
    expect(busy.code).toBe(1);
    expect(busy.stderr.trim()).toBe(
      `The data folder ${path.join(work.path, 'data')} is not empty: a backup is restored only into an empty folder, so nothing is overwritten. Set KOPA_DATA_DIR to a new folder and try again.`,
    );
    await fs.writeFile(path.join(work.path, 'notes.zip'), 'just some notes');
    const foreign = await kopaCli(work.path, path.join(work.path, 'elsewhere'), 'restore', 'notes.zip');
    expect(foreign).toMatchObject({ code: 1, stdout: '' });
    expect(foreign.stderr.trim()).toBe('notes.zip is not a Kopa backup: it is not a zip file, or it is damaged.');
    await expect(fs.stat(path.join(work.path, 'elsewhere'))).rejects.toMatchObject({ code: 'ENOENT' });
    const usage = await kopaCli(work.path, path.join(work.path, 'elsewhere'), 'restore');
    expect(usage.code).toBe(2);
  });
});
