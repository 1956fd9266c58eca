import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  bindHeadlessEditor,
  createDocumentContent,
  editorSettled,
  readDocumentContent,
  readDocumentText,
  restoreDocumentContent,
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
