import type { AuditEntry, ItemDetail, ItemSummary, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectBoardClient, isNoteStored, storedBoard, type BoardClient } from '../support/board-client.js';
import { writerFlushed } from '../support/edit-probe.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Boards through the API: creating both layouts, thumbnails for lists, and teachers locking them. */
describe('boards', () => {
  let server: TestServer;
  let carmen: LoggedIn;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let teamSpace: SpaceSummary;
  const clients: BoardClient[] = [];

  const connect = async (who: LoggedIn, docId: string) => {
    const client = connectBoardClient(server.url, docId, { cookie: who.cookie });
    clients.push(client);
    await client.synced();
    return client;
  };
  const createBoard = async (who: LoggedIn, body: Record<string, unknown>) =>
    sendJson<ItemSummary & { field?: string; message?: string }>(server.url, 'POST', `/api/spaces/${teamSpace.id}/items`, { cookie: who.cookie, body });
  const summaryOf = async (who: LoggedIn, itemId: string) => (await getJson<ItemDetail>(server.url, `/api/items/${itemId}`, who.cookie)).body;
  const thumbnail = (who: LoggedIn | null, url: string) => fetch(`${server.url}${url}`, { headers: who ? { cookie: who.cookie } : {} });

  beforeAll(async () => {
    server = await startTestServer();
    [carmen, janis, lucia] = await Promise.all([login(server.url, 'carmen'), login(server.url, 'janis'), login(server.url, 'lucia')]);
    const spaces = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', janis.cookie)).body;
    teamSpace = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  it('a pupil creates a wall with named columns, and it opens with them in order', async () => {
    const created = await createBoard(janis, { type: 'board', title: 'Our trip plan', layout: 'wall', columns: ['Ideas', 'Questions', 'Plans'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'board', title: 'Our trip plan', locked: false, canEdit: true });
    expect(created.body.thumbnailUrl).toMatch(new RegExp(`^/api/items/${created.body.id}/thumbnail\\.webp\\?v=\\d+$`));
    const client = await connect(janis, created.body.docId);
    const board = client.model.snapshot();
    expect(board.layout).toBe('wall');
    expect(board.columns.map((column) => column.title)).toEqual(['Ideas', 'Questions', 'Plans']);
  });

  it('a board is a free canvas unless asked otherwise; a wrong layout is refused with its field', async () => {
    const created = await createBoard(janis, { type: 'board', title: 'Brainstorm' });
    expect(created.status).toBe(201);
    expect((await storedBoard(server, created.body.docId)).layout).toBe('canvas');
    const wrong = await createBoard(janis, { type: 'board', title: 'Odd', layout: 'spiral' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ field: 'layout' });
  });

  it('two pupils draw together: a note and a stroke reach the other while it is still being drawn', async () => {
    const { body: item } = await createBoard(janis, { type: 'board', title: 'Drawing together' });
    const [drawer, watcher] = await Promise.all([connect(janis, item.docId), connect(lucia, item.docId)]);
    drawer.model.add({ type: 'note', x: 40, y: 40, w: 200, h: 160, color: 'yellow', text: 'Hello from Daugavpils', column: null });
    await waitFor(() => watcher.model.snapshot().objects.some((object) => object.type === 'note' && object.text === 'Hello from Daugavpils'), {
      message: 'the note to reach Lucía',
    });

    const stroke = drawer.model.startStroke({ x: 300, y: 100, color: 'blue', size: 6, points: [0, 0, 0.5] });
    const pointsSeen = () => {
      const object = watcher.model.snapshot().byId.get(stroke);
      return object?.type === 'stroke' ? object.points.length : 0;
    };
    await waitFor(() => pointsSeen() === 3, { message: 'the stroke to start on Lucía’s screen' });
    drawer.model.addStrokePoints(stroke, [10, 4, 0.5, 20, 9, 0.5]);
    await waitFor(() => pointsSeen() === 9, { message: 'the stroke to grow on Lucía’s screen before it is finished' });
    drawer.model.finishStroke(stroke);
    await waitFor(() => {
      const object = watcher.model.snapshot().byId.get(stroke);
      return object?.type === 'stroke' && object.w > 0;
    }, { message: 'the finished stroke' });
    expect(await isNoteStored(server, item.docId, 'Hello from Daugavpils')).toBe(true);
  });

  it('each board has a small WebP thumbnail for members only, drawn again after changes', async () => {
    const { body: item } = await createBoard(janis, { type: 'board', title: 'Thumbnail board' });
    const first = await thumbnail(janis, item.thumbnailUrl!);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/webp');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(await sharp(firstBytes).metadata()).toMatchObject({ format: 'webp', width: 320, height: 200 });

    // Signed out: nothing (other partnerships' members: see the authorization matrix).
    expect((await thumbnail(null, item.thumbnailUrl!)).status).toBe(401);

    const versionBefore = (await summaryOf(janis, item.id)).thumbnailUrl;
    const client = await connect(janis, item.docId);
    client.model.add({ type: 'shape', kind: 'rect', x: 0, y: 0, w: 400, h: 250, color: 'purple', filled: true, text: 'Big purple plan' });
    await waitFor(async () => (await summaryOf(janis, item.id)).thumbnailUrl !== versionBefore, { message: 'the thumbnail to be drawn again' });
    const second = Buffer.from(await (await thumbnail(janis, (await summaryOf(janis, item.id)).thumbnailUrl!)).arrayBuffer());
    expect(second.equals(firstBytes)).toBe(false);
    // The drawing has the shape now: a good part of the picture is no longer white.
    const { data, info } = await sharp(second).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let painted = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 235) painted++;
    expect(painted / (info.width * info.height)).toBeGreaterThan(0.2);
  });

  it('a teacher locks a board: pupils look but cannot change it (within 2 s, on their open connection too), and it is logged', async () => {
    const { body: item } = await createBoard(janis, { type: 'board', title: 'Locked later' });
    const [pupil, watcher] = await Promise.all([connect(janis, item.docId), connect(carmen, item.docId)]);
    pupil.model.add({ type: 'note', x: 0, y: 0, w: 200, h: 160, color: 'green', text: 'Before the lock', column: null });
    await waitFor(() => isNoteStored(server, item.docId, 'Before the lock'), { message: 'the note before the lock' });

    const refused = await sendJson(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: lucia.cookie, body: { locked: true } });
    expect(refused.status).toBe(403);

    const lockedAt = Date.now();
    const locked = await sendJson<ItemSummary>(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: carmen.cookie, body: { locked: true } });
    expect(locked.body).toMatchObject({ locked: true, canEdit: true });
    expect(await summaryOf(janis, item.id)).toMatchObject({ locked: true, canEdit: false, canModerate: false });
    // The board page offers the lock to those who may use it.
    expect(await summaryOf(carmen, item.id)).toMatchObject({ locked: true, canEdit: true, canModerate: true });
    pupil.model.add({ type: 'note', x: 0, y: 300, w: 200, h: 160, color: 'pink', text: 'After the lock', column: null });
    await writerFlushed(pupil, watcher);
    expect(Date.now() - lockedAt).toBeLessThan(2000);
    expect(await isNoteStored(server, item.docId, 'After the lock')).toBe(false);
    // The teacher still works on it.
    watcher.model.add({ type: 'note', x: 300, y: 0, w: 200, h: 160, color: 'blue', text: 'Teacher note', column: null });
    await waitFor(() => isNoteStored(server, item.docId, 'Teacher note'), { message: 'the teacher’s note' });

    const audit = await getJson<AuditEntry[]>(server.url, `/api/partnerships/${carmen.me.partnershipId}/audit`, carmen.cookie);
    expect(audit.body.find((entry) => entry.targetId === item.id)).toMatchObject({ action: 'item.lock', detail: { title: 'Locked later' } });

    await sendJson(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: carmen.cookie, body: { locked: false } });
    const again = await connect(janis, item.docId);
    again.model.add({ type: 'note', x: 600, y: 0, w: 200, h: 160, color: 'yellow', text: 'Unlocked again', column: null });
    await waitFor(() => isNoteStored(server, item.docId, 'Unlocked again'), { message: 'writing after unlocking' });
  });
});
