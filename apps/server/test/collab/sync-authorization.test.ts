import { CLOSE_CODES } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { firstWords, login } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { closed, openRawSocket, syncUrl, tryUpgrade } from '../support/raw-sync-socket.js';
import { readStoredDocument, readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '@kopa/testkit';

describe('who may open a document over /yjs', () => {
  let server: TestServer;
  let docId: string;
  let pupilCookie: string;
  let guestCookie: string;

  beforeAll(async () => {
    server = await startTestServer();
    pupilCookie = (await login(server.url, 'janis')).cookie;
    guestCookie = (await login(server.url, 'guest')).cookie;
    docId = (await firstWords(server.url, pupilCookie)).docId;
  });
  afterAll(() => server?.stop());

  it('accepts a member with a session', async () => {
    expect(await tryUpgrade(syncUrl(server.url, docId), { cookie: pupilCookie })).toEqual({ status: 101 });
  });

  it('refuses an upgrade without a session cookie with 401', async () => {
    expect(await tryUpgrade(syncUrl(server.url, docId))).toEqual({ status: 401 });
  });

  it('refuses a session that does not exist with 401', async () => {
    const forged = 'kopa_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await tryUpgrade(syncUrl(server.url, docId), { cookie: forged })).toEqual({ status: 401 });
  });

  it('refuses an unknown or malformed docId with 404', async () => {
    expect(await tryUpgrade(syncUrl(server.url, 'AAAAAAAAAAAAAAAAAAAAAA'), { cookie: pupilCookie })).toEqual({ status: 404 });
    expect(await tryUpgrade(syncUrl(server.url, '..%2F..%2Fetc'), { cookie: pupilCookie })).toEqual({ status: 404 });
  });

  it('refuses a page from another origin with 403 (cross-site WebSocket hijacking)', async () => {
    const headers = { cookie: pupilCookie, origin: 'https://evil.example' };
    expect(await tryUpgrade(syncUrl(server.url, docId), headers)).toEqual({ status: 403 });
  });

  it('accepts the app’s own origin', async () => {
    const headers = { cookie: pupilCookie, origin: server.url };
    expect(await tryUpgrade(syncUrl(server.url, docId), headers)).toEqual({ status: 101 });
  });

  it('refuses other WebSocket paths outright', async () => {
    await expect(tryUpgrade(`${server.url.replace('http', 'ws')}/elsewhere`, { cookie: pupilCookie })).rejects.toThrow();
  });

  it('lets the guest read but refuses every change the guest sends', async () => {
    const before = Y.encodeStateVector(readStoredDocument(server.dataDir, docId));
    const pupil = connectCollabClient(server.url, docId, { cookie: pupilCookie });
    const guest = connectCollabClient(server.url, docId, { cookie: guestCookie });
    try {
      await Promise.all([pupil.synced(), guest.synced()]);
      await waitFor(() => guest.text().includes('Our first words'), { message: 'the guest to read the document' });

      // The guest's edit is refused at once (4409), so the guest's page knows it was not saved.
      const refused = new Promise<number>((resolve) => guest.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
      guest.appendParagraph('A guest should not be able to write this');
      expect(await refused).toBe(CLOSE_CODES.refusedEdits);
      pupil.appendParagraph('The pupil writes this');
      await waitFor(async () => (await readStoredText(server.dataDir, docId)).includes('The pupil writes this'), {
        message: 'the pupil’s edit to be stored',
      });
      expect(pupil.text()).not.toContain('A guest should not');
      await server.registry.queue.idle();
      expect(await readStoredText(server.dataDir, docId)).not.toContain('A guest should not');
      const stored = readStoredDocument(server.dataDir, docId);
      const guestClient = guest.doc.clientID;
      expect(Y.decodeStateVector(Y.encodeStateVector(stored)).has(guestClient)).toBe(false);
      expect(Y.decodeStateVector(before).size).toBeGreaterThan(0);
    } finally {
      pupil.destroy();
      guest.destroy();
    }
  });

  it('refuses a user’s connections beyond the limit with 429, and accepts again once one closes', async () => {
    const limited = await startTestServer({ maxConnectionsPerUser: 3 });
    try {
      const { cookie } = await login(limited.url, 'giulia');
      const doc = (await firstWords(limited.url, cookie)).docId;
      const open = await Promise.all([1, 2, 3].map(() => openRawSocket(syncUrl(limited.url, doc), { cookie })));
      expect(await tryUpgrade(syncUrl(limited.url, doc), { cookie })).toEqual({ status: 429 });
      // Someone else is not affected.
      expect(await tryUpgrade(syncUrl(limited.url, doc), { cookie: (await login(limited.url, 'marco')).cookie })).toEqual({ status: 101 });
      const gone = closed(open[0]!);
      open[0]!.close();
      await gone;
      await waitFor(async () => (await tryUpgrade(syncUrl(limited.url, doc), { cookie })).status === 101, {
        message: 'a free slot after closing one',
      });
      for (const socket of open) socket.close();
    } finally {
      await limited.stop();
    }
  });

  it('closes open connections at logout (4401) and refuses the ended session', async () => {
    const session = await login(server.url, 'lucia');
    const socket = await openRawSocket(syncUrl(server.url, docId), { cookie: session.cookie });
    const ended = closed(socket);
    const logout = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: session.cookie } });
    expect(logout.status).toBe(204);
    expect((await ended).code).toBe(CLOSE_CODES.sessionEnded);
    expect(await tryUpgrade(syncUrl(server.url, docId), { cookie: session.cookie })).toEqual({ status: 401 });
  });
});
