import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  authorshipRuns,
  authorshipText,
  bindHeadlessEditor,
  createDocumentContent,
  editorSettled,
  type HeadlessCollabEditor,
} from '../src/index.js';

const REMOTE = Symbol('remote');

/** Two headless editors on two Y.Docs with fixed client ids, every change relayed to the other at once. */
function twoWriters(clientA: number, clientB: number) {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  docA.clientID = clientA;
  docB.clientID = clientB;
  const a = bindHeadlessEditor(docA);
  const b = bindHeadlessEditor(docB);
  const relay = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(to, update, REMOTE);
  };
  docA.on('update', relay(docB));
  docB.on('update', relay(docA));
  return { docA, docB, a, b, dispose: () => [a, b].forEach((headless) => headless.dispose()) };
}

/** Types at the end of the first paragraph, as a caret placed there would. */
function typeAtEnd(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild();
      if (!$isElementNode(paragraph)) throw new Error('no first paragraph');
      paragraph.selectEnd().insertText(text);
    },
    { discrete: true },
  );
}

const settled = (...editors: HeadlessCollabEditor[]) => Promise.all(editors.map((headless) => editorSettled(headless)));

describe('authorshipRuns', () => {
  let cleanUp: (() => void) | undefined;
  afterEach(() => {
    cleanUp?.();
    cleanUp = undefined;
  });

  it('attributes each stretch of one paragraph to the client that typed it', async () => {
    const { docA, docB, a, b, dispose } = twoWriters(101, 202);
    cleanUp = dispose;
    Y.applyUpdate(docA, createDocumentContent());
    await settled(a, b);

    typeAtEnd(a.editor, 'Hello ');
    await settled(b);
    typeAtEnd(b.editor, 'world');
    await settled(a);
    typeAtEnd(a.editor, '!');
    await settled(b);

    const runs = [
      { text: 'Hello ', clientId: 101 },
      { text: 'world', clientId: 202 },
      { text: '!', clientId: 101 },
    ];
    const expected = [{ type: 'paragraph', runs }];
    expect(authorshipRuns(docA)).toEqual(expected);
    // Both replicas tell the same story.
    expect(authorshipRuns(docB)).toEqual(expected);
  });

  it('leaves out text that was deleted, whoever deletes it', async () => {
    const { docA, docB, a, b, dispose } = twoWriters(7, 8);
    cleanUp = dispose;
    Y.applyUpdate(docA, createDocumentContent());
    await settled(a, b);
    typeAtEnd(a.editor, 'We saw the sea');
    await settled(b);
    typeAtEnd(b.editor, ' and the port');
    await settled(a);

    // B removes A's "the sea" and their own " and": A's text around it stays A's.
    b.editor.update(
      () => {
        const paragraph = $getRoot().getFirstChild();
        if (!$isElementNode(paragraph)) throw new Error('no first paragraph');
        const text = paragraph.getFirstChild();
        if (!$isTextNode(text)) throw new Error('no text in the paragraph');
        text.select(7, 18).insertText('');
      },
      { discrete: true },
    );
    await settled(a);

    expect(authorshipRuns(docA)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'We saw ', clientId: 7 },
          { text: ' the port', clientId: 8 },
        ],
      },
    ]);
    expect(authorshipRuns(docB)).toEqual(authorshipRuns(docA));
  });

  it('reads headings, nested lists, links and line breaks as blocks of text', async () => {
    const doc = new Y.Doc();
    doc.clientID = 55;
    const headless = bindHeadlessEditor(doc);
    cleanUp = () => headless.dispose();
    headless.editor.update(
      () => {
        const nested = $createListNode('bullet').append($createListItemNode().append($createTextNode('fish soup')));
        $getRoot().append(
          $createHeadingNode('h1').append($createTextNode('Day one')),
          $createParagraphNode().append(
            $createTextNode('Map: '),
            $createLinkNode('https://example.org').append($createTextNode('the route')),
            $createLineBreakNode(),
            $createTextNode('then lunch'),
          ),
          $createListNode('bullet').append(
            $createListItemNode().append($createTextNode('We ate:')),
            $createListItemNode().append(nested),
          ),
        );
      },
      { discrete: true },
    );

    const blocks = authorshipRuns(doc);
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'listitem', 'listitem']);
    expect(authorshipText(blocks)).toBe('Day one\nMap: the route\nthen lunch\nWe ate:\nfish soup');
    // One writer: every block is a single run.
    expect(blocks.every((block) => block.runs.length === 1 && block.runs[0]!.clientId === 55)).toBe(true);
  });

  it('reads an empty document as one empty paragraph', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createDocumentContent());
    expect(authorshipRuns(doc)).toEqual([{ type: 'paragraph', runs: [] }]);
  });
});
