import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  bindHeadlessEditor,
  createDocumentContent,
  editorSettled,
  mainWriter,
  readDocumentContent,
  readDocumentText,
  restoreDocumentBlocks,
  restoreDocumentContent,
  topLevelBlockWriters,
  type HeadlessCollabEditor,
} from '../src/index.js';

const REMOTE = Symbol('remote');

/** Every client's clock in `after` is at least what it was in `before`: nothing was rewound. */
function onlyGrew(before: Map<number, number>, after: Map<number, number>): boolean {
  return [...before].every(([client, clock]) => (after.get(client) ?? -1) >= clock);
}

describe('restoreDocumentContent', () => {
  const editors: HeadlessCollabEditor[] = [];
  afterEach(() => editors.splice(0).forEach((headless) => headless.dispose()));

  it('turns the live content back into a version as a new change that a peer receives like any edit', async () => {
    const live = new Y.Doc();
    const peer = new Y.Doc();
    live.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(peer, update, REMOTE));
    peer.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(live, update, REMOTE));
    const peerEditor = bindHeadlessEditor(peer);
    editors.push(peerEditor);
    Y.applyUpdate(
      live,
      createDocumentContent([
        { type: 'heading', tag: 'h1', text: 'Our trip' },
        { type: 'paragraph', text: 'We took the bus to Riga.' },
      ]),
    );
    const versionState = Y.encodeStateAsUpdate(live);
    const versionContent = await readDocumentContent(versionState);

    // The peer keeps writing after the version: a new paragraph and a change in the first one.
    await editorSettled(peerEditor);
    peerEditor.editor.update(
      () => {
        const heading = $getRoot().getFirstChild();
        if (!$isElementNode(heading)) throw new Error('no heading');
        heading.selectEnd().insertText(' to Latvia');
        $getRoot().append($createParagraphNode().append($createTextNode('Then it rained.')));
      },
      { discrete: true },
    );
    expect(readDocumentText(peerEditor.editor)).toContain('Then it rained.');
    const before = Y.decodeStateVector(Y.encodeStateVector(live));

    const update = await restoreDocumentContent(Y.encodeStateAsUpdate(live), versionContent);
    Y.applyUpdate(live, update);

    expect(await readDocumentContent(Y.encodeStateAsUpdate(live))).toEqual(versionContent);
    expect(onlyGrew(before, Y.decodeStateVector(Y.encodeStateVector(live)))).toBe(true);
    // The peer's editor shows the restored content.
    await editorSettled(peerEditor);
    expect(readDocumentText(peerEditor.editor)).toBe('Our trip\n\nWe took the bus to Riga.');
  });

  it('restores an empty version as one empty paragraph', async () => {
    const empty = await readDocumentContent(createDocumentContent());
    const live = createDocumentContent([{ type: 'paragraph', text: 'Some words' }]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, live);
    Y.applyUpdate(doc, await restoreDocumentContent(live, empty));
    expect(await readDocumentContent(Y.encodeStateAsUpdate(doc))).toEqual(empty);
  });
});

describe('restoreDocumentBlocks', () => {
  const editors: HeadlessCollabEditor[] = [];
  afterEach(() => editors.splice(0).forEach((headless) => headless.dispose()));

  it('keeps the blocks the live content shares with the version and writes each missing one under a fresh client id', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      createDocumentContent([
        { type: 'heading', tag: 'h1', text: 'Our trip' },
        { type: 'paragraph', text: 'We took the bus to Riga.' },
        { type: 'paragraph', text: 'The bus was late.' },
      ]),
    );
    const versionState = Y.encodeStateAsUpdate(doc);
    const versionContent = await readDocumentContent(versionState);
    const originalClients = [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()];
    const writersBefore = topLevelBlockWriters(doc).map(mainWriter);

    // Later the middle paragraph was removed and another one added at the end.
    const peer = new Y.Doc();
    const peerEditor = bindHeadlessEditor(peer);
    editors.push(peerEditor);
    Y.applyUpdate(peer, versionState);
    await editorSettled(peerEditor);
    peerEditor.editor.update(
      () => {
        $getRoot().getChildAtIndex(1)?.remove();
        $getRoot().append($createParagraphNode().append($createTextNode('Then it rained.')));
      },
      { discrete: true },
    );
    const live = Y.encodeStateAsUpdate(peer);
    const liveDoc = new Y.Doc();
    Y.applyUpdate(liveDoc, live);

    const change = await restoreDocumentBlocks(live, versionContent);
    Y.applyUpdate(liveDoc, change.update);

    expect(await readDocumentContent(Y.encodeStateAsUpdate(liveDoc))).toEqual(versionContent);
    // Only the removed paragraph is written anew, by a client nobody used before.
    expect(change.insertedBlocks.map((block) => block.versionIndex)).toEqual([1]);
    const [inserted] = change.insertedBlocks;
    expect(originalClients).not.toContain(inserted!.clientId);
    const writersAfter = topLevelBlockWriters(liveDoc).map(mainWriter);
    expect(writersAfter).toEqual([writersBefore[0], inserted!.clientId, writersBefore[2]]);
  });

  it('writes each inserted block under its own client id', async () => {
    const version = await readDocumentContent(
      createDocumentContent([
        { type: 'paragraph', text: 'One' },
        { type: 'paragraph', text: 'Two' },
      ]),
    );
    const live = createDocumentContent([{ type: 'paragraph', text: 'Something else' }]);
    const change = await restoreDocumentBlocks(live, version);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, live);
    Y.applyUpdate(doc, change.update);
    expect(await readDocumentContent(Y.encodeStateAsUpdate(doc))).toEqual(version);
    const clients = change.insertedBlocks.map((block) => block.clientId);
    expect(new Set(clients).size).toBe(2);
    expect(topLevelBlockWriters(doc).map(mainWriter)).toEqual(clients);
  });
});
