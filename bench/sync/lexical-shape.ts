import * as Y from 'yjs';

/**
 * Kopa refuses Yjs updates that do not have the shape @lexical/yjs writes (see
 * packages/editor/src/document-update-guard.ts), so bench edits are Lexical-shaped:
 *
 *   root (XmlText "root")
 *     └ paragraph (XmlText, __type "paragraph")
 *         ├ text node properties (Map, __type "text")
 *         └ "Bench room …" + every typing burst
 *
 * New Kopa documents already hold an empty paragraph; the baseline's start empty.
 * The same edits go to both servers.
 */
const ROOT = 'root';
const PARAGRAPH_PROPS = { __type: 'paragraph', __format: 0, __style: '', __indent: 0, __dir: null, __textFormat: 0, __textStyle: '' };
const TEXT_PROPS = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 };

function root(doc: Y.Doc): Y.XmlText {
  return doc.get(ROOT, Y.XmlText);
}

function firstParagraph(doc: Y.Doc): Y.XmlText | null {
  for (const op of root(doc).toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlText && op.insert.getAttribute('__type') === 'paragraph') return op.insert;
  }
  return null;
}

/** The paragraph to type into once it starts with a text node, else null (not seeded or not synced yet). */
export function typingTarget(doc: Y.Doc): Y.XmlText | null {
  const paragraph = firstParagraph(doc);
  const first = paragraph?.toDelta()[0] as { insert: unknown } | undefined;
  return first?.insert instanceof Y.Map && first.insert.get('__type') === 'text' ? paragraph : null;
}

/** Gives the document a paragraph with a text node (one update), unless it has one already. */
export function seedRoom(doc: Y.Doc, label: string): void {
  if (typingTarget(doc)) return;
  doc.transact(() => {
    let paragraph = firstParagraph(doc);
    if (!paragraph) {
      paragraph = new Y.XmlText();
      root(doc).insertEmbed(root(doc).length, paragraph);
      for (const [key, value] of Object.entries(PARAGRAPH_PROPS)) paragraph.setAttribute(key, value as string);
    }
    const textNode = new Y.Map<unknown>();
    paragraph.insertEmbed(0, textNode);
    for (const [key, value] of Object.entries(TEXT_PROPS)) textNode.set(key, value);
    paragraph.insert(1, label);
  });
}

/** Inserts `burst` somewhere inside the paragraph's text node (after its properties Map at index 0). */
export function typeInto(paragraph: Y.XmlText, burst: string): void {
  paragraph.insert(1 + Math.floor(Math.random() * paragraph.length), burst);
}
