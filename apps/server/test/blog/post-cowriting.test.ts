import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { createUndoManager } from '@lexical/yjs';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { waitFor } from '@kopa/testkit';
import { getJson, login, sendJson } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { seededRandom } from '../support/seeded-random.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A blog post written by a mixed team at once, in the same paragraph: real
 * y-websocket clients with headless Lexical editors, interleaved from a seed.
 */

const PUPILS = ['janis', 'lucia', 'giulia'] as const;
type Pupil = (typeof PUPILS)[number];

/** Inserts " <token>" into the first paragraph, at its end or just before a space (never inside a word). */
function typeToken(client: CollabClient, token: string, random: ReturnType<typeof seededRandom>): void {
  client.editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild();
      if (!$isElementNode(paragraph)) throw new Error('the post has no first paragraph');
      const textNode = paragraph.getFirstChild();
      if (!$isTextNode(textNode)) throw new Error('the first paragraph has no text');
      const text = textNode.getTextContent();
      const boundaries = [text.length, ...[...text].flatMap((char, index) => (char === ' ' ? [index] : []))];
      const offset = random.pick(boundaries);
      textNode.select(offset, offset).insertText(` ${token}`);
    },
    { discrete: true },
  );
}

const tokensIn = (text: string) => text.split(/\s+/).filter((word) => /^[JLG]\d+$/.test(word));

describe('co-writing a blog post', () => {
  let server: TestServer;
  let post: ItemSummary;
  const clients = {} as Record<Pupil, CollabClient>;

  beforeAll(async () => {
    server = await startTestServer();
    const sessions = await Promise.all(PUPILS.map((pupil) => login(server.url, pupil)));
    const { body: spaces } = await getJson<SpaceSummary[]>(server.url, '/api/spaces', sessions[0]!.cookie);
    const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
    const created = await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${team.id}/items`, {
      cookie: sessions[0]!.cookie,
      body: { type: 'post', title: 'Our day in Gijón' },
    });
    expect(created.status).toBe(201);
    post = created.body;
    expect(post.type).toBe('post');
    PUPILS.forEach((pupil, index) => {
      clients[pupil] = connectCollabClient(server.url, post.docId, { cookie: sessions[index]!.cookie });
    });
    await Promise.all(PUPILS.map((pupil) => clients[pupil].synced()));
    // The server wrote the first paragraph; each editor learns it a moment after the sync.
    await waitFor(() => PUPILS.every((pupil) => clients[pupil].editor.getEditorState().read(() => $getRoot().getChildrenSize() === 1)), {
      message: 'every editor to show the first paragraph',
    });
    // One pupil starts the paragraph. (@lexical/yjs loses text when two editors create the first text
    // of an empty paragraph at the same instant; from then on, typing anywhere in it merges.)
    clients.janis.editor.update(() => $getRoot().selectEnd().insertText('Today'), { discrete: true });
    await waitFor(() => PUPILS.every((pupil) => clients[pupil].text() === 'Today'), { message: 'everyone to see the first word' });
  });

  afterAll(async () => {
    for (const client of Object.values(clients)) client.destroy();
    await server?.stop();
  });

  const converged = (expectedTokens: number) =>
    waitFor(
      () => {
        const texts = PUPILS.map((pupil) => clients[pupil].text());
        return texts.every((text) => text === texts[0]) && tokensIn(texts[0]!).length === expectedTokens;
      },
      { message: `three editors to agree on ${expectedTokens} words: ${JSON.stringify(PUPILS.map((pupil) => clients[pupil].text()))}` },
    );

  for (const [seed, writers] of [
    [7, ['janis', 'lucia']],
    [42, ['janis', 'lucia', 'giulia']],
  ] as const) {
    it(`${writers.length} pupils typing into one paragraph at once converge (seed ${seed})`, async () => {
      const random = seededRandom(seed);
      const before = tokensIn(clients.janis.text()).length;
      const written: string[] = [];
      for (let round = 0; round < 30; round++) {
        const writer = random.pick(writers);
        const token = `${writer[0]!.toUpperCase()}${seed}${round}`;
        typeToken(clients[writer], token, random);
        written.push(token);
      }
      await converged(before + written.length);
      const text = clients.giulia.text();
      for (const token of written) expect(tokensIn(text)).toContain(token);
    });
  }

  it("each pupil's undo takes back only their own words, never a peer's, in the same paragraph", async () => {
    const random = seededRandom(2026);
    const undo = Object.fromEntries(
      PUPILS.map((pupil) => [pupil, createUndoManager(clients[pupil].binding, clients[pupil].doc.get('root') as Y.XmlText)]),
    ) as Record<Pupil, ReturnType<typeof createUndoManager>>;
    const before = tokensIn(clients.janis.text());
    const mine: Record<Pupil, string[]> = { janis: [], lucia: [], giulia: [] };
    for (let round = 0; round < 24; round++) {
      const writer = PUPILS[round % 3]!;
      const token = `${writer[0]!.toUpperCase()}9${round}`;
      typeToken(clients[writer], token, random);
      undo[writer].stopCapturing();
      mine[writer].push(token);
    }
    await converged(before.length + 24);

    // Lucía undoes everything she typed while the others keep their words.
    while (undo.lucia.canUndo()) undo.lucia.undo();
    await converged(before.length + 16);
    const after = tokensIn(clients.giulia.text());
    for (const token of mine.lucia) expect(after).not.toContain(token);
    for (const token of [...mine.janis, ...mine.giulia, ...before]) expect(after).toContain(token);

    // Redo brings her words back and still touches nobody else's.
    while (undo.lucia.canRedo()) undo.lucia.redo();
    await converged(before.length + 24);
    expect(tokensIn(clients.janis.text()).sort()).toEqual([...before, ...mine.janis, ...mine.lucia, ...mine.giulia].sort());
    for (const manager of Object.values(undo)) manager.destroy();
  });
});
