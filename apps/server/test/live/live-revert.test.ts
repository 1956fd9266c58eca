import type { ItemSummary, RevertResult, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { $getRoot, $isTextNode, type ElementNode } from 'lexical';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson } from '../support/api-client.js';
import { connectBoardClient, storedBoard, type BoardClient } from '../support/board-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Edits the first paragraph's text as a pupil typing or deleting there would. */
function editFirstParagraph(client: CollabClient, change: (text: string) => string): void {
  client.editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild<ElementNode>()!;
      const node = paragraph.getFirstChild();
      if ($isTextNode(node)) node.setTextContent(change(node.getTextContent()));
      else paragraph.selectEnd().insertText(change(''));
    },
    { discrete: true },
  );
}

describe('live sessions: a host takes back one pupil’s changes', () => {
  let server: TestServer;
  let item: ItemSummary;
  let sessionId: string;
  let carmen: ControlClient;
  const clients: Record<string, CollabClient> = {};
  const ids: Record<string, string> = {};
  const sockets: ControlClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const teacher = await login(server.url, 'carmen');
    const welcome = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', teacher.cookie)).body.find((space) => space.title === 'Welcome')!;
    item = (await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${welcome.id}/items`, { cookie: teacher.cookie, body: { type: 'doc', title: 'Our recipe' } })).body;
    carmen = connectControlClient(server.url, { cookie: teacher.cookie });
    sockets.push(carmen);
    await connected(carmen);
    const started = await carmen.emitWithAck('live:start', { spaceId: welcome.id, title: 'Cooking together' });
    sessionId = (started as { sessionId: string }).sessionId;
    for (const name of ['janis', 'lucia', 'giulia']) {
      const { cookie, me } = await login(server.url, name);
      ids[name] = me.id;
      clients[name] = connectCollabClient(server.url, item.docId, { cookie });
      await clients[name].synced();
    }
  });
  afterAll(async () => {
    for (const client of Object.values(clients)) client.destroy();
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  const everyoneSees = (text: string) =>
    waitFor(() => Object.values(clients).every((client) => client.text() === text), { message: `everyone to read “${text}”` });

  it('three writers interleave; reverting Lucía since a moment leaves exactly the others’ words, and what she deleted comes back', async () => {
    const { janis, lucia, giulia } = clients as Record<'janis' | 'lucia' | 'giulia', CollabClient>;
    editFirstParagraph(janis, () => 'Take');
    await everyoneSees('Take');
    // Lucía's first word comes before the moment the teacher will pick: it stays.
    editFirstParagraph(lucia, (text) => `${text} two`);
    await everyoneSees('Take two');
    // The moment the teacher picks comes after her first word was stored (a later millisecond).
    await server.registry.queue.idle();
    const since = Date.now() + 1;
    await waitFor(() => Date.now() >= since, { message: 'the next millisecond' });

    const script: [CollabClient, (text: string) => string, string][] = [
      [janis, (text) => `${text} apples,`, 'Take two apples,'],
      [lucia, (text) => `${text} rotten`, 'Take two apples, rotten'],
      [giulia, (text) => `${text} one lemon`, 'Take two apples, rotten one lemon'],
      [lucia, (text) => `${text} and mud`, 'Take two apples, rotten one lemon and mud'],
      [janis, (text) => `${text} and sugar.`, 'Take two apples, rotten one lemon and mud and sugar.'],
      // Lucía deletes Giulia's lemon.
      [lucia, (text) => text.replace(' one lemon', ''), 'Take two apples, rotten and mud and sugar.'],
      [giulia, (text) => `${text} Mix!`, 'Take two apples, rotten and mud and sugar. Mix!'],
    ];
    for (const [client, change, expected] of script) {
      editFirstParagraph(client, change);
      await everyoneSees(expected);
    }

    const luciaControl = connectControlClient(server.url, { cookie: (await login(server.url, 'lucia')).cookie });
    sockets.push(luciaControl);
    await connected(luciaControl);
    const told = new Promise<{ itemTitle: string; byName: string }>((resolve) => luciaControl.once('live:reverted', resolve));
    const ack = await carmen.emitWithAck('live:revert', { sessionId, userId: ids.lucia!, itemId: item.id, since });
    // Lucía is told why her words went, so she does not think Kopa lost them.
    expect(await told).toMatchObject({ itemTitle: 'Our recipe', byName: 'Carmen' });
    expect(ack.ok).toBe(true);
    const result = ack as { ok: true } & RevertResult;
    // Counted as a reader would: the letters of the words that went and came back.
    expect(result.removed).toBe('rottenandmud'.length);
    expect(result.restored).toBe('onelemon'.length);

    const expected = 'Take two apples, one lemon and sugar. Mix!';
    await everyoneSees(expected);
    await server.registry.queue.idle();
    expect(await readStoredText(server.dataDir, item.docId)).toBe(expected);

    // Everyone goes on writing afterwards, Lucía too.
    editFirstParagraph(lucia, (text) => `${text} Bake.`);
    await everyoneSees(`${expected} Bake.`);

    const db = new Database(path.join(server.dataDir, 'kopa.db'), { readonly: true });
    const audit = db.prepare("SELECT subject_user_id, detail FROM audit_log WHERE action = 'live.revert'").all() as { subject_user_id: string; detail: string }[];
    db.close();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.subject_user_id).toBe(ids.lucia);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ item: 'Our recipe', removed: result.removed, restored: result.restored });
  });

  it('only a teacher of the pupil’s own school (or the coordinator) may revert, and only in a running session', async () => {
    // Carmen teaches in Gijón: Jānis (Daugavpils) is not hers.
    expect(await carmen.emitWithAck('live:revert', { sessionId, userId: ids.janis!, itemId: item.id, since: 0 })).toMatchObject({ ok: false, code: 'forbidden' });
    const pupil = connectControlClient(server.url, { cookie: (await login(server.url, 'janis')).cookie });
    sockets.push(pupil);
    await connected(pupil);
    expect(await pupil.emitWithAck('live:revert', { sessionId, userId: ids.lucia!, itemId: item.id, since: 0 })).toMatchObject({ ok: false, code: 'forbidden' });
    // Reverting twice takes back nothing more.
    expect(await carmen.emitWithAck('live:revert', { sessionId, userId: ids.lucia!, itemId: item.id, since: Date.now() })).toEqual({ ok: true, removed: 0, restored: 0 });
  });

  it('on a board: Lucía’s notes go, the note she deleted and the one she moved come back, Giulia’s stay', async () => {
    const teacher = await login(server.url, 'carmen');
    const welcome = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', teacher.cookie)).body.find((space) => space.title === 'Welcome')!;
    const board = (await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${welcome.id}/items`, { cookie: teacher.cookie, body: { type: 'board', title: 'Ideas' } })).body;
    const boards: BoardClient[] = [];
    const open = async (name: string) => {
      const client = connectBoardClient(server.url, board.docId, { cookie: (await login(server.url, name)).cookie });
      boards.push(client);
      await client.synced();
      return client;
    };
    try {
      const [giulia, lucia] = [await open('giulia'), await open('lucia')];
      const note = (client: BoardClient, text: string, x: number) =>
        client.model.add({ type: 'note', x, y: 0, w: 200, h: 160, color: 'yellow', text, column: null });
      const texts = (client: BoardClient) => client.model.snapshot().objects.map((object) => (object.type === 'note' ? `${object.text}@${object.x}` : object.type)).sort();

      const museum = note(giulia, 'Visit the museum', 0);
      const beach = note(giulia, 'Go to the beach', 300);
      await waitFor(() => texts(lucia).length === 2, { message: 'Lucía to see Giulia’s notes' });
      await server.registry.queue.idle();
      const since = Date.now() + 1;
      await waitFor(() => Date.now() >= since, { message: 'the next millisecond' });

      note(lucia, 'Sleep all day', 600);
      lucia.model.remove([museum]);
      lucia.model.moveBy([beach], 1000, 0);
      note(giulia, 'Eat pizza', 900);
      await waitFor(() => texts(giulia).join() === ['Eat pizza@900', 'Go to the beach@1300', 'Sleep all day@600'].join(), { message: 'Giulia to see Lucía’s changes' });

      const ack = await carmen.emitWithAck('live:revert', { sessionId, userId: ids.lucia!, itemId: board.id, since });
      // Counted in things: her note went; the museum and the beach were put back as they were.
      expect(ack).toEqual({ ok: true, removed: 1, restored: 2 });
      const expected = ['Eat pizza@900', 'Go to the beach@300', 'Visit the museum@0'];
      await waitFor(() => texts(giulia).join() === expected.join() && texts(lucia).join() === expected.join(), { message: 'both to see the board as it was, with Giulia’s pizza' });
      const stored = await storedBoard(server, board.docId);
      expect(stored.objects.map((object) => (object.type === 'note' ? object.text : object.type)).sort()).toEqual(['Eat pizza', 'Go to the beach', 'Visit the museum']);
    } finally {
      for (const client of boards) client.destroy();
    }
  });
});
