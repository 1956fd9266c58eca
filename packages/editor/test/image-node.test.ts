import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  $createImageNode,
  $isImageNode,
  bindHeadlessEditor,
  checkDocumentUpdate,
  createDocumentContent,
  editorSettled,
  imagesWithoutAltText,
  imageVariants,
  readDocumentContent,
  type HeadlessCollabEditor,
  type SerializedImageNode,
} from '../src/index.js';

/**
 * A server document and two writers, each with a headless editor bound to its own
 * copy. Every update a writer makes goes through the server's guard, as over the
 * network; the ones it lets through reach the other writer.
 */
async function twoWriters() {
  const server = new Y.Doc();
  Y.applyUpdate(server, createDocumentContent([{ type: 'paragraph', text: 'Our trip to Riga' }]));
  const refused: string[] = [];
  const writers: HeadlessCollabEditor[] = [];
  const docs: Y.Doc[] = [];
  for (let i = 0; i < 2; i++) {
    const doc = new Y.Doc();
    writers.push(bindHeadlessEditor(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), 'server');
    docs.push(doc);
  }
  docs.forEach((doc, index) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'server') return;
      const problem = checkDocumentUpdate(server, update);
      if (problem) return refused.push(problem);
      Y.applyUpdate(server, update);
      Y.applyUpdate(docs[1 - index]!, update, 'server');
    });
  });
  const [first, second] = writers as [HeadlessCollabEditor, HeadlessCollabEditor];
  // Each editor has the document's content before anyone writes, as after a browser's first sync.
  await Promise.all(writers.map(editorSettled));
  return { server, first, second, refused };
}

const change = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

/** The pictures an editor holds, as plain data. */
const picturesIn = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isImageNode)
      .map((node) => ({ uploadId: node.getUploadId(), altText: node.getAltText(), width: node.getWidth(), height: node.getHeight() })),
  );

const picture = { uploadId: 'up_riga', altText: '', width: 1280, height: 853 };

describe('ImageNode in a shared document', () => {
  it('a picture one writer inserts passes the guard and reaches the other; so does each one’s description', async () => {
    const { first, second, refused, server } = await twoWriters();
    change(first.editor, () => {
      $getRoot().append($createImageNode(picture), $createParagraphNode().append($createTextNode('We saw the old town.')));
    });
    await editorSettled(second);
    expect(refused).toEqual([]);
    expect(picturesIn(second.editor)).toEqual([picture]);

    // The first writer describes it; the second sees the words.
    change(first.editor, () => {
      $getRoot().getChildren().find($isImageNode)?.setAltText('Our class in front of the Riga Cathedral');
    });
    await editorSettled(second);
    expect(picturesIn(second.editor)[0]?.altText).toBe('Our class in front of the Riga Cathedral');

    // The second writer improves it; it comes back to the first.
    change(second.editor, () => {
      $getRoot().getChildren().find($isImageNode)?.setAltText('Twelve pupils in front of the Riga Cathedral');
    });
    await editorSettled(first);
    expect(picturesIn(first.editor)[0]?.altText).toBe('Twelve pupils in front of the Riga Cathedral');
    expect(refused).toEqual([]);

    // What the server stored reads back as the same picture (as a reader or a stored version would).
    const content = await readDocumentContent(Y.encodeStateAsUpdate(server));
    const stored = content.root.children.find((node) => node.type === 'image') as SerializedImageNode | undefined;
    expect(stored).toEqual({
      type: 'image',
      version: 1,
      uploadId: 'up_riga',
      altText: 'Twelve pupils in front of the Riga Cathedral',
      width: 1280,
      height: 853,
    });
  });

  it('deleting a picture passes the guard and removes it for the other writer', async () => {
    const { first, second, refused } = await twoWriters();
    change(first.editor, () => $getRoot().append($createImageNode(picture)));
    await editorSettled(second);
    expect(picturesIn(second.editor)).toHaveLength(1);
    change(second.editor, () => $getRoot().getChildren().find($isImageNode)?.remove());
    await editorSettled(first);
    expect(picturesIn(first.editor)).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('the guard still refuses a picture whose properties hold something other than plain values', async () => {
    const { server } = await twoWriters();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(doc);
    const element = new Y.XmlElement('image');
    doc.get('root', Y.XmlText).insertEmbed(0, element);
    element.setAttribute('__type', 'image');
    element.setAttribute('__altText', new Y.Map() as unknown as string);
    expect(checkDocumentUpdate(server, Y.encodeStateAsUpdate(doc, before))).toBe(
      'a property holds something other than a plain value',
    );
  });
});

describe('ImageNode from a crafted document', () => {
  it('reads a description or size of the wrong kind as empty, so readers and the publish check stay safe', async () => {
    const { first, second, server } = await twoWriters();
    change(first.editor, () => $getRoot().append($createImageNode({ ...picture, altText: 'A bridge' })));
    await editorSettled(second);
    // A client that writes numbers where Kopa writes text: still plain values, so the guard lets them in.
    const crafted = new Y.Doc();
    Y.applyUpdate(crafted, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(crafted);
    const element = crafted
      .get('root', Y.XmlText)
      .toDelta()
      .map((part: { insert: unknown }) => part.insert)
      .find((node: unknown): node is Y.XmlElement => node instanceof Y.XmlElement)!;
    element.setAttribute('__altText', 42 as unknown as string);
    element.setAttribute('__width', 'wide');
    const update = Y.encodeStateAsUpdate(crafted, before);
    expect(checkDocumentUpdate(server, update)).toBeNull();
    Y.applyUpdate(server, update);

    const content = await readDocumentContent(Y.encodeStateAsUpdate(server));
    expect(content.root.children.find((node) => node.type === 'image')).toMatchObject({ altText: '', width: 0, height: 853 });
    expect(imagesWithoutAltText(content)).toBe(1);
  });
});

describe('ImageNode JSON', () => {
  const editorWith = () => {
    const doc = new Y.Doc();
    return { doc, headless: bindHeadlessEditor(doc) };
  };

  it('survives a JSON round trip (version 1)', () => {
    const { headless } = editorWith();
    change(headless.editor, () => $getRoot().append($createImageNode({ ...picture, altText: 'A tram in Daugavpils' })));
    const json = headless.editor.getEditorState().toJSON();
    const again = headless.editor.parseEditorState(JSON.stringify(json));
    expect(again.toJSON()).toEqual(json);
    expect(json.root.children.find((node) => node.type === 'image')).toMatchObject({ version: 1, altText: 'A tram in Daugavpils' });
  });

  it('reads junk from untrusted JSON as empty values rather than failing', () => {
    const { headless } = editorWith();
    const state = headless.editor.parseEditorState({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'image', version: 1, uploadId: 42, altText: { evil: true }, width: -3, height: 'tall' }],
      },
    } as never);
    const node = state.read(() => $getRoot().getFirstChild());
    expect($isImageNode(node)).toBe(true);
    expect(state.read(() => (node && $isImageNode(node) ? [node.getUploadId(), node.getAltText(), node.getWidth(), node.getHeight()] : null))).toEqual(['', '', 0, 0]);
  });
});

describe('imageVariants', () => {
  it('lists the widths the server stores below the largest, then the largest', () => {
    expect(imageVariants('up_1', 1920).map((variant) => variant.width)).toEqual([320, 640, 1280, 1920]);
    expect(imageVariants('up_1', 1000).map((variant) => variant.width)).toEqual([320, 640, 1000]);
    expect(imageVariants('up_1', 200)).toEqual([{ width: 200, url: '/files/up_1/200.webp' }]);
    expect(imageVariants('', 640)).toEqual([]);
  });
});
