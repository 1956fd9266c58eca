import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { Window } from 'happy-dom';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  $createLanguageSpanNode,
  $isLanguageSpanNode,
  $markSelectionLanguage,
  $selectionLanguage,
  bindHeadlessEditor,
  checkDocumentUpdate,
  createDocumentContent,
  createEditorConfig,
  editorSettled,
  isLanguageTag,
  readDocumentContent,
} from '../src/index.js';

const change = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

function newEditor(): LexicalEditor {
  return createHeadlessEditor(
    createEditorConfig((error) => {
      throw error;
    }),
  );
}

/** An editor holding one paragraph of one text. */
function withText(text: string): LexicalEditor {
  const editor = newEditor();
  change(editor, () => $getRoot().append($createParagraphNode().append($createTextNode(text))));
  return editor;
}

/** Selects from `start` to `end` (character offsets) within the paragraph's text, across its text nodes. */
function $selectChars(start: number, end: number): void {
  const texts = $getRoot().getAllTextNodes();
  const point = (offset: number): [TextNode, number] => {
    let left = offset;
    for (const text of texts) {
      if (left <= text.getTextContentSize()) return [text, left];
      left -= text.getTextContentSize();
    }
    const last = texts.at(-1)!;
    return [last, last.getTextContentSize()];
  };
  const [anchorNode, anchorOffset] = point(start);
  const [focusNode, focusOffset] = point(end);
  const selection = $createRangeSelection();
  selection.anchor.set(anchorNode.getKey(), anchorOffset, 'text');
  selection.focus.set(focusNode.getKey(), focusOffset, 'text');
  $setSelection(selection);
}

/** The paragraph as plain data: texts, and passages as [lang, text]. */
function shape(editor: LexicalEditor): unknown[] {
  return editor.getEditorState().read(() => {
    const describe = (node: LexicalNode): unknown =>
      $isLanguageSpanNode(node) ? [node.getLanguage(), node.getChildren().map(describe).join('')]
      : $isElementNode(node) ? node.getChildren().map(describe)
      : node.getTextContent();
    const paragraph = $getRoot().getFirstChild();
    return $isElementNode(paragraph) ? paragraph.getChildren().map(describe) : [];
  });
}

/** The language the toolbar would show with the caret at `offset`. */
function languageAt(editor: LexicalEditor, offset: number): string | null {
  let language: string | null = null;
  change(editor, () => {
    $selectChars(offset, offset);
    language = $selectionLanguage();
  });
  return language;
}

const mark = (editor: LexicalEditor, start: number, end: number, language: string | null) =>
  change(editor, () => {
    $selectChars(start, end);
    $markSelectionLanguage(language);
  });

describe('marking the language of a passage', () => {
  it('wraps the selected words in a passage with its language, and only those', () => {
    const editor = withText('We said Labdien! to everyone');
    mark(editor, 8, 16, 'lv');
    expect(shape(editor)).toEqual(['We said ', ['lv', 'Labdien!'], ' to everyone']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('We said Labdien! to everyone');
  });

  it('changes, splits and removes marks: the rest of a passage keeps its language', () => {
    const editor = withText('Hola amigos y amigas');
    mark(editor, 0, 20, 'es');
    expect(shape(editor)).toEqual([['es', 'Hola amigos y amigas']]);
    // The middle of the passage is in fact Italian.
    mark(editor, 5, 11, 'it');
    expect(shape(editor)).toEqual([['es', 'Hola '], ['it', 'amigos'], ['es', ' y amigas']]);
    // Taking the mark off one word leaves plain text between two passages.
    mark(editor, 5, 11, null);
    expect(shape(editor)).toEqual([['es', 'Hola '], 'amigos', ['es', ' y amigas']]);
    // Marking the whole line Spanish again makes one passage of it, not three.
    mark(editor, 0, 20, 'es');
    expect(shape(editor)).toEqual([['es', 'Hola amigos y amigas']]);
  });

  it('with only a caret, changes or removes the passage around it whole', () => {
    const editor = withText('Tere hommikust');
    mark(editor, 0, 14, 'fi');
    mark(editor, 3, 3, 'et');
    expect(shape(editor)).toEqual([['et', 'Tere hommikust']]);
    expect(languageAt(editor, 3)).toBe('et');
    mark(editor, 3, 3, null);
    expect(shape(editor)).toEqual(['Tere hommikust']);
    expect(languageAt(editor, 3)).toBeNull();
  });

  it('refuses a malformed tag and leaves the text as it was', () => {
    const editor = withText('Sveiki');
    mark(editor, 0, 6, 'latvian language');
    mark(editor, 0, 6, '"><img src=x>');
    expect(shape(editor)).toEqual(['Sveiki']);
  });

  it('keeps a link whole inside the passage', () => {
    const editor = newEditor();
    change(editor, () =>
      $getRoot().append($createParagraphNode().append($createTextNode('See '), $createLinkNode('https://lv.example').append($createTextNode('Rīga')))),
    );
    mark(editor, 4, 8, 'lv');
    const json = editor.getEditorState().toJSON();
    const paragraph = json.root.children[0] as unknown as { children: { type: string; lang?: string; children?: { type: string }[] }[] };
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'language-span']);
    expect(paragraph.children[1]).toMatchObject({ lang: 'lv', children: [{ type: 'link' }] });
  });
});

describe('LanguageSpanNode JSON and DOM', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it('survives a JSON round trip (version 1) and reads a malformed tag as none', () => {
    const editor = withText('Bonjour à tous');
    mark(editor, 0, 7, 'fr-BE');
    const json = editor.getEditorState().toJSON();
    expect(JSON.stringify(json)).toContain('"type":"language-span"');
    const again = editor.parseEditorState(JSON.stringify(json));
    expect(again.toJSON()).toEqual(json);
    const span = (json.root.children[0] as unknown as { children: Record<string, unknown>[] }).children[0]!;
    expect(span).toMatchObject({ type: 'language-span', version: 1, lang: 'fr-BE' });

    const crafted = JSON.parse(JSON.stringify(json).replace('"lang":"fr-BE"', '"lang":"\\"><script>"')) as typeof json;
    const read = editor.parseEditorState(crafted);
    expect(read.read(() => ($getRoot().getAllTextNodes()[0]?.getParent() as { getLanguage?: () => string } | null)?.getLanguage?.())).toBe('');
  });

  it('comes out to the DOM as <span lang>, without the editor’s class', () => {
    const window = new Window();
    const previous = globalThis.document;
    globalThis.document = window.document as unknown as Document;
    restore = () => {
      globalThis.document = previous;
      void window.happyDOM.close();
    };
    const editor = withText('Ciao');
    mark(editor, 0, 4, 'it');
    const html = editor.getEditorState().read(() => {
      const span = $getRoot().getAllTextNodes()[0]!.getParent()!;
      const { element } = span.exportDOM(editor);
      return (element as HTMLElement).outerHTML;
    });
    expect(html).toBe('<span lang="it"></span>');
    let created = '';
    change(editor, () => {
      created = $createLanguageSpanNode('it').createDOM(editor._config).outerHTML;
    });
    expect(created).toBe('<span class="kd-lang" lang="it"></span>');
  });
});

describe('passages in a shared document', () => {
  /** A server document and two writers; every update goes through the server's guard. */
  async function twoWriters() {
    const server = new Y.Doc();
    Y.applyUpdate(server, createDocumentContent([{ type: 'paragraph', text: 'We learnt to say Paldies in class.' }]));
    const refused: string[] = [];
    const docs = [new Y.Doc(), new Y.Doc()];
    const writers = docs.map((doc) => bindHeadlessEditor(doc));
    docs.forEach((doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), 'server'));
    docs.forEach((doc, index) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'server') return;
        const problem = checkDocumentUpdate(server, update);
        if (problem) return refused.push(problem);
        Y.applyUpdate(server, update);
        Y.applyUpdate(docs[1 - index]!, update, 'server');
      }),
    );
    await Promise.all(writers.map(editorSettled));
    return { server, first: writers[0]!, second: writers[1]!, refused };
  }

  it('a passage one writer marks passes the guard and reaches the other, and is stored', async () => {
    const { server, first, second, refused } = await twoWriters();
    mark(first.editor, 17, 24, 'lv');
    await editorSettled(second);
    expect(refused).toEqual([]);
    expect(shape(second.editor)).toEqual(['We learnt to say ', ['lv', 'Paldies'], ' in class.']);

    // The other writer changes its language; the first sees it.
    mark(second.editor, 18, 18, 'lt');
    await editorSettled(first);
    expect(refused).toEqual([]);
    expect(shape(first.editor)).toEqual(['We learnt to say ', ['lt', 'Paldies'], ' in class.']);

    const content = await readDocumentContent(Y.encodeStateAsUpdate(server));
    expect(JSON.stringify(content)).toContain('"lang":"lt"');
  });

  it('the guard refuses a passage whose language is not a language tag', async () => {
    const { server, first, second } = await twoWriters();
    mark(first.editor, 17, 24, 'lv');
    await editorSettled(second);
    const crafted = new Y.Doc();
    Y.applyUpdate(crafted, Y.encodeStateAsUpdate(server));
    const span = findSpan(crafted.get('root', Y.XmlText));
    expect(span?.getAttribute('__type')).toBe('language-span');

    for (const bad of ['"><script>alert(1)</script>', 'en_GB', 42, 'x'.repeat(40)]) {
      const attempt = new Y.Doc();
      Y.applyUpdate(attempt, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(attempt);
      findSpan(attempt.get('root', Y.XmlText))!.setAttribute('__lang', bad as string);
      expect(checkDocumentUpdate(server, Y.encodeStateAsUpdate(attempt, before)), String(bad)).toBe('malformed language tag');
    }
    // A well-formed one, or none, is fine.
    for (const good of ['de', 'pt-BR', '']) {
      const attempt = new Y.Doc();
      Y.applyUpdate(attempt, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(attempt);
      findSpan(attempt.get('root', Y.XmlText))!.setAttribute('__lang', good);
      expect(checkDocumentUpdate(server, Y.encodeStateAsUpdate(attempt, before)), good).toBeNull();
    }
  });
});

/** The first language-span XmlText under the root, through the paragraphs. */
function findSpan(type: Y.XmlText): Y.XmlText | null {
  for (const part of type.toDelta() as { insert: unknown }[]) {
    if (!(part.insert instanceof Y.XmlText)) continue;
    if (part.insert.getAttribute('__type') === 'language-span') return part.insert;
    const inner = findSpan(part.insert);
    if (inner) return inner;
  }
  return null;
}

describe('isLanguageTag', () => {
  it('takes BCP 47 tags and nothing else', () => {
    for (const tag of ['lv', 'en-GB', 'en-gb', 'zh-Hant-TW', 'sr-Latn', 'mk', 'pt-BR']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const junk of ['', 'l', 'latvian', 'en_GB', 'en-', '-en', 'en GB', '<b>', 'x'.repeat(40), null, 7]) {
      expect(isLanguageTag(junk), String(junk)).toBe(false);
    }
  });
});
