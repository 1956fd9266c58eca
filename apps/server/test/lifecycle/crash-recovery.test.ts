import { afterEach, describe, expect, it } from 'vitest';
import { firstWords, login } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { startKopaProcess, stopKopaProcess, type KopaProcess } from '@kopa/testkit';
import { makeTempDir } from '@kopa/testkit';
import { waitFor } from '@kopa/testkit';

describe('no lost work', () => {
  const clients: CollabClient[] = [];
  let server: KopaProcess | undefined;
  let cleanUp: (() => Promise<void>) | undefined;

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await stopKopaProcess(server);
    await cleanUp?.();
  });

  it('everything a peer has seen survives kill -9 and a restart', async () => {
    const temp = await makeTempDir();
    cleanUp = temp.remove;
    server = await startKopaProcess(temp.path);

    const janis = await login(server.url, 'janis');
    const lucia = await login(server.url, 'lucia');
    const docId = (await firstWords(server.url, janis.cookie)).docId;
    const writer = connectCollabClient(server.url, docId, { cookie: janis.cookie });
    const peer = connectCollabClient(server.url, docId, { cookie: lucia.cookie });
    clients.push(writer, peer);
    await Promise.all([writer.synced(), peer.synced()]);

    for (let i = 0; i < 50; i++) writer.appendParagraph(`Jānis line ${i}`);
    peer.appendParagraph('Lucía was here');
    await waitFor(() => peer.text().includes('Jānis line 49') && writer.text().includes('Lucía was here'), {
      message: 'each side to see the other',
    });
    const seen = peer.text();

    // No warning, no flush: the process dies where it stands.
    server.process.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    for (const client of clients.splice(0)) client.destroy();

    server = await startKopaProcess(temp.path);
    const again = await login(server.url, 'giulia');
    const fresh = connectCollabClient(server.url, docId, { cookie: again.cookie });
    clients.push(fresh);
    await fresh.synced();
    await waitFor(() => fresh.text() === seen, { message: 'the restarted server to serve everything seen' });
  });
});
