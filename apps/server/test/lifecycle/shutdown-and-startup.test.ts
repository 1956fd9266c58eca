import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CLOSE_CODES } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { firstWords, login } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { runKopaUntilExit, startKopaProcess } from '@kopa/testkit';
import { countStoredUpdates, readStoredText } from '../support/stored-document.js';
import { makeTempDir } from '@kopa/testkit';
import { waitFor } from '@kopa/testkit';

describe('starting and stopping', () => {
  it('SIGTERM closes connections, compacts every open document, and exits 0', async () => {
    const temp = await makeTempDir();
    try {
      const server = await startKopaProcess(temp.path);
      const andrei = await login(server.url, 'andrei');
      const giulia = await login(server.url, 'giulia');
      const docId = (await firstWords(server.url, andrei.cookie)).docId;
      const writer = connectCollabClient(server.url, docId, { cookie: andrei.cookie });
      const peer = connectCollabClient(server.url, docId, { cookie: giulia.cookie });
      await Promise.all([writer.synced(), peer.synced()]);
      writer.appendParagraph('Salut din Timișoara');
      await waitFor(() => peer.text().includes('Salut din Timișoara'), { message: 'the edit to reach the peer' });

      const closeCode = new Promise<number>((resolve) =>
        writer.provider.ws?.addEventListener('close', (event) => resolve(event.code)),
      );
      server.process.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(await closeCode).toBe(CLOSE_CODES.goingAway);
      writer.destroy();
      peer.destroy();

      expect(await readStoredText(temp.path, docId)).toContain('Salut din Timișoara');
      expect(countStoredUpdates(temp.path, docId)).toBe(0); // folded into the snapshot on the way out
    } finally {
      await temp.remove();
    }
  });

  it('explains an unreadable database in one sentence, without a stack trace', async () => {
    const temp = await makeTempDir();
    try {
      await writeFile(path.join(temp.path, 'kopa.db'), 'this is not a database, just some words '.repeat(200));
      const result = await runKopaUntilExit(temp.path);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Kopa could not start.');
      expect(result.stderr).toContain('not a SQLite database');
      expect(result.stderr).toContain('KOPA_DATA_DIR');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await temp.remove();
    }
  });

  it('explains a bad setting', async () => {
    const temp = await makeTempDir();
    try {
      const result = await runKopaUntilExit(temp.path, { env: { PORT: 'eighty' } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Invalid setting PORT');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await temp.remove();
    }
  });
});

