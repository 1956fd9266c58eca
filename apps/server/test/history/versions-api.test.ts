import type { ItemSummary, VersionDetail, VersionDiff, VersionSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kopa/testkit';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { isStored } from '../support/edit-probe.js';
import { createSecondPartnership, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { listVersions, nameVersion, newTeamItem, replaceWord } from './history-fixture.js';

/** The text of a version as the API returns it: its serialized Lexical blocks' text, one per line. */
function textOf(detail: VersionDetail): string {
  const root = (detail.content as { root: { children: { children?: { text?: string }[] }[] } }).root;
  return root.children.map((block) => (block.children ?? []).map((child) => child.text ?? '').join('')).join('\n');
}

describe('versions of a document', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let guest: LoggedIn;
  let ilze: LoggedIn;
  let other: SecondPartnership;
  let item: ItemSummary;
  let writer: CollabClient;

  beforeAll(async () => {
    server = await startTestServer();
    [janis, guest, ilze] = await Promise.all([login(server.url, 'janis'), login(server.url, 'guest'), login(server.url, 'ilze')]);
    other = await createSecondPartnership(server);
    item = await newTeamItem(server, janis.cookie, 'Our trip to Riga');
    writer = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    await writer.synced();
  });

  afterAll(async () => {
    writer?.destroy();
    await server?.stop();
  });

  it('names a version of the current content, lists it newest first, renames it and reads it back', async () => {
    writer.appendParagraph('We visited the old castle.');
    await waitFor(() => isStored(server, item.docId, 'old castle'), { message: 'the first words to be stored' });

    const named = await nameVersion(server, item.id, janis.cookie, 'First draft');
    expect(named).toMatchObject({ kind: 'named', name: 'First draft', createdBy: { userId: janis.me.id, displayName: janis.me.displayName } });

    writer.appendParagraph('Then we ate soup.');
    await waitFor(() => isStored(server, item.docId, 'ate soup'), { message: 'more words to be stored' });
    const second = await nameVersion(server, item.id, janis.cookie, 'With lunch');
    expect((await listVersions(server, item.id, janis.cookie)).map((version) => version.id)).toEqual([second.id, named.id]);

    const renamed = await sendJson<VersionSummary>(server.url, 'PATCH', `/api/items/${item.id}/versions/${named.id}`, {
      cookie: janis.cookie,
      body: { name: '  Castle only ' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: named.id, name: 'Castle only', kind: 'named' });

    // Every member reads versions, guests too; the content is what the document held then.
    const first = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${named.id}`, guest.cookie);
    expect(first.status).toBe(200);
    expect(first.body.name).toBe('Castle only');
    expect(textOf(first.body)).toBe('\nWe visited the old castle.');
    const latest = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${second.id}`, guest.cookie);
    expect(textOf(latest.body)).toBe('\nWe visited the old castle.\nThen we ate soup.');
  });

  it('refuses a version without a name, and versions of another item', async () => {
    const unnamed = await sendJson<{ code: string; field?: string }>(server.url, 'POST', `/api/items/${item.id}/versions`, {
      cookie: janis.cookie,
      body: { name: '   ' },
    });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body).toMatchObject({ code: 'invalid_request', field: 'name' });

    const elsewhere = await newTeamItem(server, janis.cookie, 'Another page');
    const [version] = await listVersions(server, item.id, janis.cookie);
    const crossed = await getJson(server.url, `/api/items/${elsewhere.id}/versions/${version!.id}`, janis.cookie);
    expect(crossed.status).toBe(404);
  });

  it('shows word by word what changed since a version, against the live document or another version', async () => {
    const [latest] = await listVersions(server, item.id, janis.cookie);
    replaceWord(writer, 'old', 'new');
    writer.appendParagraph('It was sunny.');
    await waitFor(() => isStored(server, item.docId, 'sunny'), { message: 'the changes to be stored' });

    const diff = await getJson<VersionDiff>(server.url, `/api/items/${item.id}/versions/${latest!.id}/diff`, guest.cookie);
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toContainEqual({ type: 'delete', text: 'old' });
    expect(diff.body.changes).toContainEqual({ type: 'insert', text: 'new' });
    expect(diff.body.changes.filter((change) => change.type === 'insert').map((change) => change.text).join('')).toContain('It was sunny.');
    // Applying the changes to the old text gives the new one.
    const after = diff.body.changes.filter((change) => change.type !== 'delete').map((change) => change.text).join('');
    expect(after).toBe('\nWe visited the new castle.\nThen we ate soup.\nIt was sunny.');

    const sunny = await nameVersion(server, item.id, janis.cookie, 'Sunny');
    const betweenPath = `/api/items/${item.id}/versions/${latest!.id}/diff?against=${sunny.id}`;
    const between = await getJson<VersionDiff>(server.url, betweenPath, janis.cookie);
    expect(between.body).toEqual(diff.body);
    const same = await getJson<VersionDiff>(server.url, `/api/items/${item.id}/versions/${sunny.id}/diff?against=current`, janis.cookie);
    expect(same.body.changes.every((change) => change.type === 'equal')).toBe(true);
    const unknown = await getJson(server.url, `/api/items/${item.id}/versions/${latest!.id}/diff?against=nope`, janis.cookie);
    expect(unknown.status).toBe(404);
  });

  it('lets guests read the history but not name or restore; another partnership sees nothing', async () => {
    const [version] = await listVersions(server, item.id, janis.cookie);
    const path = `/api/items/${item.id}/versions`;
    expect((await getJson(server.url, path, guest.cookie)).status).toBe(200);
    expect((await getJson(server.url, `/api/items/${item.id}/authors`, guest.cookie)).status).toBe(200);

    const forbidden = [
      await sendJson(server.url, 'POST', path, { cookie: guest.cookie, body: { name: 'Mine' } }),
      await sendJson(server.url, 'PATCH', `${path}/${version!.id}`, { cookie: guest.cookie, body: { name: 'Mine' } }),
      await sendJson(server.url, 'POST', `${path}/${version!.id}/restore`, { cookie: guest.cookie }),
    ];
    for (const response of forbidden) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'forbidden' });
    }

    const bea = other.bea.cookie;
    for (const response of [
      await getJson(server.url, path, bea),
      await getJson(server.url, `${path}/${version!.id}`, bea),
      await getJson(server.url, `${path}/${version!.id}/diff`, bea),
      await getJson(server.url, `/api/items/${item.id}/authors`, bea),
      await sendJson(server.url, 'POST', path, { cookie: bea, body: { name: 'Theirs' } }),
      await sendJson(server.url, 'POST', `${path}/${version!.id}/restore`, { cookie: bea }),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await getJson(server.url, path)).status).toBe(401);
  });

  it('keeps an archived item read-only: its history can be read, not changed', async () => {
    const archivedItem = await newTeamItem(server, janis.cookie, 'Finished page');
    const version = await nameVersion(server, archivedItem.id, janis.cookie, 'Done');
    const archiving = await sendJson(server.url, 'PATCH', `/api/items/${archivedItem.id}`, { cookie: ilze.cookie, body: { archived: true } });
    expect(archiving.status).toBe(200);

    expect((await getJson(server.url, `/api/items/${archivedItem.id}/versions`, janis.cookie)).status).toBe(200);
    for (const response of [
      await sendJson(server.url, 'POST', `/api/items/${archivedItem.id}/versions`, { cookie: ilze.cookie, body: { name: 'Late' } }),
      await sendJson(server.url, 'POST', `/api/items/${archivedItem.id}/versions/${version.id}/restore`, { cookie: janis.cookie }),
    ]) {
      expect(response.status).toBe(403);
    }
  });
});
