import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { createUndoManager } from '@lexical/yjs';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindHeadlessEditor, checkDocumentUpdate, createDocumentContent } from '../src/index.js';

/** A server-side document and a client editing a copy of it, recording each update it makes. */
function setUp() {
  const server = new Y.Doc();
  Y.applyUpdate(server, createDocumentContent([{ type: 'paragraph', text: 'Hello' }]));
  const clientDoc = new Y.Doc();
  const client = bindHeadlessEditor(clientDoc);
  Y.applyUpdate(clientDoc, Y.encodeStateAsUpdate(server));
  const updates: Uint8Array[] = [];
  clientDoc.on('update', (update: Uint8Array) => updates.push(update));
  /** Checks every update the client made since the last call, applying the good ones to the server. */
  const sendAll = () => {
    const problems = updates.splice(0).map((update) => {
      const problem = checkDocumentUpdate(server, update);
      if (!problem) Y.applyUpdate(server, update);
      return problem;
    });
    return problems.filter((problem) => problem !== null);
  };
  const edit = (change: (editor: LexicalEditor) => void) => change(client.editor);
  return { server, clientDoc, client, sendAll, edit };
}

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

describe('checkDocumentUpdate: what Lexical writes passes', () => {
  it('accepts typing, formatting, headings, lists, links and line breaks', () => {
    const { edit, sendAll } = setUp();
    edit((editor) =>
      update(editor, () => {
        const bold = $createTextNode('bold');
        bold.toggleFormat('bold');
        $getRoot().append(
          $createHeadingNode('h2').append($createTextNode('Our town')),
          $createParagraphNode().append($createTextNode('plain '), bold, $createLineBreakNode()),
          $createParagraphNode().append($createLinkNode('https://kopa.example').append($createTextNode('a link'))),
          $createListNode('number').append($createListItemNode().append($createTextNode('first'))),
        );
      }),
    );
    edit((editor) =>
      update(editor, () => {
        const text = $getRoot().getFirstDescendant();
        if ($isTextNode(text)) text.setTextContent('Hello there, typing');
      }),
    );
    edit((editor) =>
      update(editor, () => {
        const heading = $getRoot().getChildAtIndex(1);
        heading?.replace($createParagraphNode().append($createTextNode('Now a paragraph')));
      }),
    );
    expect(sendAll()).toEqual([]);
  });

  it('accepts deleting paragraphs and undoing and redoing it', () => {
    const { edit, sendAll, client, clientDoc } = setUp();
    const undo = createUndoManager(client.binding, clientDoc.get('root', Y.XmlText));
    edit((editor) => update(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Gone soon')))));
    undo.stopCapturing();
    edit((editor) => update(editor, () => $getRoot().getLastChild()?.remove()));
    undo.stopCapturing();
    undo.undo();
    undo.redo();
    undo.undo();
    expect(sendAll()).toEqual([]);
  });

  it('accepts the whole state of a document as one update (a client’s first sync)', () => {
    const fresh = new Y.Doc();
    const content = createDocumentContent([
      { type: 'heading', tag: 'h1', text: 'Title' },
      { type: 'paragraph', text: 'Text' },
    ]);
    expect(checkDocumentUpdate(fresh, content)).toBeNull();
  });
});

describe('checkDocumentUpdate: what would break Lexical is refused', () => {
  const craft = (server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(doc);
    change(doc);
    return Y.encodeStateAsUpdate(doc, before);
  };

  it('refuses other root types', () => {
    const { server } = setUp();
    expect(checkDocumentUpdate(server, craft(server, (doc) => doc.getText('elsewhere').insert(0, 'x')))).toBe('unknown root');
  });

  it('refuses text directly under the root', () => {
    const { server } = setUp();
    const bad = craft(server, (doc) => doc.get('root', Y.XmlText).insert(0, 'loose text'));
    expect(checkDocumentUpdate(server, bad)).toBe('the root holds something other than elements');
  });

  it('refuses a node without a __type', () => {
    const { server } = setUp();
    const bad = craft(server, (doc) => doc.get('root', Y.XmlText).insertEmbed(0, new Y.XmlText()));
    expect(checkDocumentUpdate(server, bad)).toBe('a node is created without its __type');
  });

  it('refuses a node type Kopa does not know', () => {
    const { server } = setUp();
    const bad = craft(server, (doc) => {
      const node = new Y.XmlText();
      doc.get('root', Y.XmlText).insertEmbed(0, node);
      node.setAttribute('__type', 'script');
    });
    expect(checkDocumentUpdate(server, bad)).toBe('unknown node type');
  });

  it('refuses removing the __type of a node that stays', () => {
    const { server } = setUp();
    const bad = craft(server, (doc) => {
      const paragraph = doc.get('root', Y.XmlText).toDelta()[0].insert as Y.XmlText;
      paragraph.removeAttribute('__type');
    });
    expect(checkDocumentUpdate(server, bad)).toBe('the update removes a node’s __type');
  });

  it('refuses binary content and odd property keys', () => {
    const { server } = setUp();
    const binary = craft(server, (doc) => {
      const paragraph = doc.get('root', Y.XmlText).toDelta()[0].insert as Y.XmlText;
      paragraph.insertEmbed(0, new Uint8Array([1, 2, 3]) as unknown as object);
    });
    expect(checkDocumentUpdate(server, binary)).toMatch(/unexpected content|unexpected child/);
    const oddKey = craft(server, (doc) => {
      const paragraph = doc.get('root', Y.XmlText).toDelta()[0].insert as Y.XmlText;
      paragraph.setAttribute('onclick', 'alert(1)');
    });
    expect(checkDocumentUpdate(server, oddKey)).toBe('unexpected property key');
  });

  it('refuses bytes that are not an update', () => {
    expect(checkDocumentUpdate(new Y.Doc(), new Uint8Array([200, 1, 2]))).toBe('the update cannot be decoded');
  });
});
