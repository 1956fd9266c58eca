import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readBoard } from '@kopa/board';
import { readDocumentContent } from '@kopa/editor';
import type { BlogEntry, ExportJob, ItemSummary, PostComment, PublishedPost, SpaceSummary, UploadedImage } from '@kopa/protocol';
import { makeTempDir, waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreBackup } from '../../src/exports/backup/restore-backup.js';
import { blockTexts, publishedPost, writeInto } from '../blog/post-setup.js';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectBoardClient, isNoteStored } from '../support/board-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { createSecondPartnership, expectOk } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { png } from '../uploads/picture-samples.js';
import { fetchFile, uploadPicture } from '../uploads/upload-client.js';
import { backupToFile, download, readZip, startBackup } from './backup-files.js';
import { glossaryOf, propose, words } from '../glossary/glossary-client.js';

/**
 * The round trip: a partnership with posts (reviewed, published, commented, reacted to,
 * reported), documents, a board, a picture, versions and an ended live lesson → a backup over
 * REST → `restoreBackup` into an empty data folder → a real server on it → a backup again: the
 * same rows and the same decoded documents and boards. People log in again with their passwords.
 */
describe('backup → restore into an empty Kopa → backup: nothing is lost', () => {
  let source: TestServer;
  let restored: TestServer | undefined;
  let work: Awaited<ReturnType<typeof makeTempDir>>;
  let ilze: LoggedIn;
  let partnershipId: string;
  const sockets: ControlClient[] = [];
  const firstZip = () => path.join(work.path, 'first.zip');
  const restoredDir = () => path.join(work.path, 'restored');
  const seeded = { postId: '', postDocId: '', boardDocId: '', picture: null as UploadedImage | null, firstWordsId: '', firstWordsDocId: '', lessonId: '', janisId: '' };

  beforeAll(async () => {
    work = await makeTempDir('kopa-backup-');
    source = await startTestServer();
    const [carmen, janis, lucia, guest] = await Promise.all(['carmen', 'janis', 'lucia', 'guest'].map((name) => login(source.url, name)));
    ilze = await login(source.url, 'ilze');
    partnershipId = ilze.me.partnershipId!;
    // Another partnership on the same instance: none of it may end up in this one's backup.
    await createSecondPartnership(source);

    const spaces = (await getJson<SpaceSummary[]>(source.url, '/api/spaces', janis!.cookie)).body;
    const welcome = spaces.find((space) => space.kind === 'team' && space.title === 'Welcome')!;
    const firstWords = welcome.items.find((item) => item.title === 'Our first words')!;
    seeded.firstWordsId = firstWords.id;
    seeded.firstWordsDocId = firstWords.docId;
    seeded.janisId = janis!.me.id;

    // Jānis writes in the demo document, and a named version keeps it.
    const writer = connectCollabClient(source.url, firstWords.docId, { cookie: janis!.cookie });
    await writer.synced();
    await writeInto(source.url, writer, carmen!.cookie, firstWords.docId, ['Jānis was here, in Daugavpils.']);
    writer.destroy();
    await expectOk(sendJson(source.url, 'POST', `/api/items/${firstWords.id}/versions`, { cookie: janis!.cookie, body: { name: 'After our first lesson' } }), 'name a version');

    // A picture, then a post with it as cover: written, submitted, published; commented, reacted to, reported.
    seeded.picture = await expectOk(uploadPicture<UploadedImage>(source.url, welcome.id, await png(900, 600), { cookie: janis!.cookie }), 'upload a picture');
    // The glossary beside the seeded terms: a pupil's proposal, with that picture, waiting for a teacher.
    await expectOk(
      propose(source.url, lucia!, ilze.me.partnershipId!, { translations: { es: 'río', en: 'river' }, pictureUploadId: seeded.picture.id, pictureAlt: 'The river at dusk' }),
      'propose a glossary term',
    );
    const post = await publishedPost(source.url, { pupil: janis!.cookie, teacher: carmen!.cookie }, welcome.id, {
      title: 'Our towns by the river',
      paragraphs: ['Daugavpils has a fortress.', 'Gijón has the sea.'],
      meta: { coverUploadId: seeded.picture.id, coverAlt: 'The river at dusk' },
    });
    seeded.postId = post.id;
    seeded.postDocId = (await getJson<ItemSummary>(source.url, `/api/items/${post.id}`, janis!.cookie)).body.docId;
    const comment = await expectOk(
      sendJson<PostComment>(source.url, 'POST', `/api/posts/${post.id}/comments`, { cookie: lucia!.cookie, body: { body: '¡Qué bonito!' } }),
      'comment',
    );
    await expectOk(sendJson(source.url, 'PUT', `/api/posts/${post.id}/reactions/${encodeURIComponent('🎉')}`, { cookie: lucia!.cookie }), 'react');
    await expectOk(
      sendJson(source.url, 'POST', '/api/reports', { cookie: guest!.cookie, body: { targetType: 'comment', targetId: comment.id, reason: 'Is this fine?' } }),
      'report',
    );
    await expectOk(sendJson(source.url, 'PATCH', `/api/comments/${comment.id}`, { cookie: carmen!.cookie, body: { hidden: true } }), 'hide a comment');

    // A board with notes, locked by a teacher.
    const board = await expectOk(
      sendJson<ItemSummary>(source.url, 'POST', `/api/spaces/${welcome.id}/items`, { cookie: janis!.cookie, body: { type: 'board', title: 'Ideas for the visit' } }),
      'create a board',
    );
    seeded.boardDocId = board.docId;
    const drawer = connectBoardClient(source.url, board.docId, { cookie: janis!.cookie });
    await drawer.synced();
    drawer.model.add({ type: 'note', x: 40, y: 40, w: 200, h: 160, color: 'yellow', text: 'Visit the fortress', column: null });
    drawer.model.add({ type: 'note', x: 300, y: 40, w: 200, h: 160, color: 'blue', text: 'Swim in the sea', column: null });
    await waitFor(() => isNoteStored(source, board.docId, 'Swim in the sea'), { message: 'the notes on disk' });
    drawer.destroy();
    await expectOk(sendJson(source.url, 'PATCH', `/api/items/${board.id}`, { cookie: carmen!.cookie, body: { locked: true } }), 'lock the board');

    // A live lesson on the team space, ended: its summary is a document, its attendance and audit are rows.
    const host = connectControlClient(source.url, { cookie: carmen!.cookie });
    sockets.push(host);
    await connected(host);
    const started = (await host.emitWithAck('live:start', { spaceId: welcome.id, title: 'Our towns' })) as { ok: true; sessionId: string };
    expect(started.ok).toBe(true);
    await host.emitWithAck('live:join', { sessionId: started.sessionId });
    expect(await host.emitWithAck('live:end', { sessionId: started.sessionId, timeZone: 'Europe/Riga' })).toMatchObject({ ok: true });

    // A second lesson, still running when the backup is made: Jānis writes during it (its trail keeps his changes).
    const coordinator = connectControlClient(source.url, { cookie: ilze.cookie });
    sockets.push(coordinator);
    await connected(coordinator);
    const lesson = (await coordinator.emitWithAck('live:start', { spaceId: welcome.id, title: 'Writing together' })) as { ok: true; sessionId: string };
    expect(lesson.ok).toBe(true);
    seeded.lessonId = lesson.sessionId;
    const during = connectCollabClient(source.url, firstWords.docId, { cookie: janis!.cookie });
    await during.synced();
    await writeInto(source.url, during, carmen!.cookie, firstWords.docId, ['Written during the lesson.']);
    during.destroy();
  }, 120_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await restored?.stop();
    await source?.stop();
    await work?.remove();
  });

  it('runs in the background and tells only the person who started it how far it got, over Socket.IO', async () => {
    const ilzeSocket = connectControlClient(source.url, { cookie: ilze.cookie });
    const carmen = await login(source.url, 'carmen');
    const carmenSocket = connectControlClient(source.url, { cookie: carmen.cookie });
    sockets.push(ilzeSocket, carmenSocket);
    await Promise.all([connected(ilzeSocket), connected(carmenSocket)]);
    const progress: ExportJob[] = [];
    const overheard: unknown[] = [];
    ilzeSocket.on('export:progress', (job) => progress.push(job));
    carmenSocket.on('export:progress', (job) => overheard.push(job));
    carmenSocket.on('export:finished', (job) => overheard.push(job));
    const finished = new Promise<ExportJob>((resolve) => ilzeSocket.once('export:finished', resolve));

    const started = await startBackup(source.url, ilze.cookie, partnershipId);
    expect(started).toMatchObject({ format: 'backup', scope: 'partnership', status: 'running', downloadUrl: null });
    const done = await finished;
    expect(done).toMatchObject({ id: started.id, status: 'done', error: null, downloadUrl: `/api/exports/${started.id}/download` });
    expect(done.fileName).toMatch(/^kopa-backup-together-in-our-diversity-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(done.done).toBe(done.total);
    expect(done.expiresAt! - done.finishedAt!).toBe(24 * 60 * 60 * 1000);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((job) => job.id === started.id && job.status === 'running' && job.done <= job.total)).toBe(true);
    expect(progress.some((job) => job.total > 0)).toBe(true);
    expect(overheard).toEqual([]);

    const bytes = await download(source.url, ilze.cookie, done);
    expect([...(await readZip(bytes)).keys()].filter((name) => name.startsWith('live/')).length).toBeGreaterThan(1);
    expect(bytes.length).toBe(done.size);
    await fs.writeFile(firstZip(), bytes);
  });

  it('holds a manifest with the size and SHA-256 of every other entry, password hashes, and no sessions', async () => {
    const entries = await readZip(await fs.readFile(firstZip()));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
      format: string;
      formatVersion: number;
      kopaSchemaVersion: number;
      partnership: { id: string; title: string };
      counts: { tables: Record<string, number>; documents: number; versions: number; files: number };
      entries: { path: string; size: number; sha256: string }[];
    };
    expect(manifest).toMatchObject({ format: 'kopa-backup', formatVersion: 1, partnership: { id: partnershipId, title: 'Together in our diversity' } });
    expect(manifest.entries.map((entry) => entry.path).sort()).toEqual([...entries.keys()].filter((name) => name !== 'manifest.json').sort());
    for (const entry of manifest.entries) {
      const bytes = entries.get(entry.path)!;
      expect(bytes.length, entry.path).toBe(entry.size);
      expect(createHash('sha256').update(bytes).digest('hex'), entry.path).toBe(entry.sha256);
    }
    expect(manifest.counts.files).toBe(seeded.picture!.variants.length);
    expect(entries.has(`files/${seeded.picture!.id}/${seeded.picture!.width}.webp`)).toBe(true);
    expect(entries.has(`docs/${seeded.boardDocId}.yjs`)).toBe(true);
    expect(manifest.counts.versions).toBeGreaterThanOrEqual(3);

    const table = (name: string) => JSON.parse(entries.get(`tables/${name}.json`)!.toString('utf8')) as Record<string, unknown>[];
    const users = table('users');
    expect(users.map((user) => user.username).sort()).toEqual(['andrei', 'ana', 'carmen', 'giulia', 'guest', 'ilze', 'janis', 'lucia', 'marco'].sort());
    expect(users.every((user) => String(user.password_hash).startsWith('$argon2id$') && user.is_admin === 0)).toBe(true);
    expect(entries.has('tables/sessions.json')).toBe(false);
    expect(table('live_sessions').map((session) => session.ended_at === null)).toEqual([false, true]);
    expect(table('comments')).toHaveLength(1);
    expect(table('reports')).toHaveLength(1);
    expect(table('audit_log').map((entry) => entry.action)).toEqual(expect.arrayContaining(['post.publish', 'comment.hide', 'item.lock', 'live.end']));
    expect(table('glossary_terms').map((term) => term.status)).toEqual(['approved', 'approved', 'approved', 'approved', 'approved', 'proposed']);
    expect(table('glossary_translations')).toContainEqual({ term_id: table('glossary_terms')[5]!.id, language: 'es', text: 'río' });
    // Nothing of the other partnership on the same instance.
    const everything = [...entries].filter(([name]) => name.startsWith('tables/')).map(([, bytes]) => bytes.toString('utf8')).join('\n');
    expect(everything).not.toContain('Vistula');
    expect(everything).not.toContain('beata@');
  });

  it('restores into an empty data folder', async () => {
    const summary = await restoreBackup(firstZip(), restoredDir(), { synchronous: 'NORMAL' });
    expect(summary).toMatchObject({ partnershipTitle: 'Together in our diversity', people: 9, pictures: 1 });
    expect((await fs.readdir(restoredDir())).sort()).toEqual(['files', 'kopa.db']);
    expect((await fs.readdir(work.path)).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it('lets a pupil log in with their password and open a document with its text; pictures, board and blog are there', async () => {
    restored = await startTestServer({ dataDir: restoredDir() });
    const janis = await login(restored.url, 'janis');
    expect(janis.me.partnershipId).toBe(partnershipId);

    const reader = connectCollabClient(restored.url, seeded.firstWordsDocId, { cookie: janis.cookie });
    await reader.synced();
    await waitFor(() => reader.text().includes('Jānis was here, in Daugavpils.'), { message: 'the restored text' });
    expect(reader.text()).toContain('Hello from Daugavpils');
    reader.destroy();

    const board = connectBoardClient(restored.url, seeded.boardDocId, { cookie: janis.cookie });
    await board.synced();
    expect(board.model.snapshot().objects.map((object) => (object.type === 'note' ? object.text : null)).sort()).toEqual(['Swim in the sea', 'Visit the fortress']);
    board.destroy();

    const picture = await fetchFile(restored.url, seeded.picture!.url, janis.cookie);
    expect(picture.status).toBe(200);
    const original = await fetchFile(source.url, seeded.picture!.url, ilze.cookie);
    expect(original.status).toBe(200);
    expect(Buffer.from(await picture.arrayBuffer()).equals(Buffer.from(await original.arrayBuffer()))).toBe(true);

    const published = await expectOk(getJson<PublishedPost>(restored.url, `/api/posts/${seeded.postId}/published`, janis.cookie), 'read the post');
    expect(blockTexts(published.content)).toEqual(['Daugavpils has a fortress.', 'Gijón has the sea.']);
    const found = await expectOk(getJson<BlogEntry[]>(restored.url, `/api/partnerships/${partnershipId}/blog?q=gijon`, janis.cookie), 'search');
    expect(found.map((entry) => entry.id)).toEqual([seeded.postId]);
    // The glossary: the approved terms and the proposal with its picture, as they were.
    const glossary = await expectOk(glossaryOf(restored.url, janis, partnershipId), 'the restored glossary');
    expect(words(glossary, 'en')).toEqual(['hello', 'town', 'name', 'beach', 'lunch', 'river']);
    expect(glossary.terms.at(-1)).toMatchObject({ status: 'proposed', pictureAlt: 'The river at dusk', picture: { id: seeded.picture!.id }, createdBy: { displayName: 'Lucía' } });
    // No demo was seeded beside it: the restored partnership is the only one.
    const guest = await login(restored.url, 'guest');
    expect(guest.me.partnershipId).toBe(partnershipId);
  });

  it('backs up the restored Kopa to the same content: rows, documents, boards, versions and pictures', async () => {
    const secondZip = path.join(work.path, 'second.zip');
    const ilzeAgain = await login(restored!.url, 'ilze');
    await backupToFile(restored!.url, ilzeAgain.cookie, partnershipId, secondZip);
    const first = await contentOf(await fs.readFile(firstZip()));
    const second = await contentOf(await fs.readFile(secondZip));
    expect(second.paths).toEqual(first.paths);
    expect(second.tables).toEqual(first.tables);
    expect(second.counts).toEqual(first.counts);
    expect(second.content).toEqual(first.content);
    expect(second.pictures).toEqual(first.pictures);
    // The decoded content is what was written.
    expect(JSON.stringify(first.content[`docs/${seeded.postDocId}.yjs`])).toContain('Gijón has the sea.');
  });

  it('a lesson running at backup time goes on: its host takes back what a pupil wrote in it before the backup', async () => {
    const host = await login(restored!.url, 'ilze');
    const sessions = await expectOk(
      getJson<{ sessions: { id: string }[] }>(restored!.url, `/api/partnerships/${partnershipId}/live-sessions`, host.cookie),
      'running lessons',
    );
    expect(sessions.sessions.map((session) => session.id)).toEqual([seeded.lessonId]);
    const socket = connectControlClient(restored!.url, { cookie: host.cookie });
    sockets.push(socket);
    await connected(socket);
    const reverted = await socket.emitWithAck('live:revert', { sessionId: seeded.lessonId, userId: seeded.janisId, itemId: seeded.firstWordsId, since: 0 });
    // Counted as a reader would: the letters (not the spaces) of the words taken back.
    expect(reverted).toMatchObject({ ok: true, removed: 'Writtenduringthelesson.'.length });

    const janis = await login(restored!.url, 'janis');
    const reader = connectCollabClient(restored!.url, seeded.firstWordsDocId, { cookie: janis.cookie });
    try {
      await reader.synced();
      await waitFor(() => !reader.text().includes('Written during the lesson.'), { message: 'the lesson’s words to go' });
      expect(reader.text()).toContain('Jānis was here, in Daugavpils.');
    } finally {
      reader.destroy();
    }
  });
});

interface BackupContent {
  paths: string[];
  tables: Record<string, unknown>;
  counts: unknown;
  /** Every Yjs entry decoded: Lexical's JSON for documents and posts, the snapshot for boards. */
  content: Record<string, unknown>;
  pictures: Record<string, string>;
}

/** What a backup says, without the bytes that carry times (the zip's, the manifest's createdAt). */
async function contentOf(zip: Buffer): Promise<BackupContent> {
  const entries = await readZip(zip);
  const table = (name: string) => JSON.parse(entries.get(`tables/${name}.json`)!.toString('utf8')) as Record<string, unknown>[];
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { counts: unknown };
  const typeOfItem = new Map(table('items').map((item) => [String(item.id), String(item.type)]));
  const typeOfDoc = new Map(table('items').map((item) => [String(item.doc_id), String(item.type)]));
  const versionItem = new Map(table('item_versions').map((version) => [String(version.id), String(version.item_id)]));
  const tables: Record<string, unknown> = {};
  const content: Record<string, unknown> = {};
  const pictures: Record<string, string> = {};
  for (const [name, bytes] of entries) {
    if (name.startsWith('tables/')) tables[name] = JSON.parse(bytes.toString('utf8'));
    else if (name.endsWith('.webp') || name.startsWith('live/')) pictures[name] = createHash('sha256').update(bytes).digest('hex');
    else if (name.startsWith('docs/') || name.startsWith('versions/')) {
      const id = name.slice(name.indexOf('/') + 1, -'.yjs'.length);
      const type = name.startsWith('docs/') ? typeOfDoc.get(id) : typeOfItem.get(versionItem.get(id)!);
      content[name] = type === 'board' ? boardOf(bytes) : await readDocumentContent(new Uint8Array(bytes));
    }
  }
  return { paths: [...entries.keys()].sort(), tables, counts: manifest.counts, content, pictures };
}

function boardOf(state: Uint8Array): unknown {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readBoard(doc);
  } finally {
    doc.destroy();
  }
}
