import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindHeadlessEditor, createDocumentContent, readDocumentText, sanitizeLinkUrl } from '../src/index.js';

describe('createDocumentContent', () => {
  it('writes blocks a Lexical editor reads back', async () => {
    const content = createDocumentContent([
      { type: 'heading', tag: 'h1', text: 'Our first words' },
      { type: 'paragraph', text: 'Sveiki!' },
    ]);
    const doc = new Y.Doc();
    const reader = bindHeadlessEditor(doc);
    Y.applyUpdate(doc, content);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readDocumentText(reader.editor)).toBe('Our first words\n\nSveiki!');
    expect(reader.editor.getEditorState().toJSON().root.children[0]).toMatchObject({ type: 'heading', tag: 'h1' });
  });

  it('starts an empty document with one empty paragraph', async () => {
    const doc = new Y.Doc();
    const reader = bindHeadlessEditor(doc);
    Y.applyUpdate(doc, createDocumentContent());
    await new Promise((resolve) => setImmediate(resolve));
    const children = reader.editor.getEditorState().toJSON().root.children;
    expect(children).toHaveLength(1);
    expect(children[0]).toMatchObject({ type: 'paragraph' });
  });
});

describe('sanitizeLinkUrl', () => {
  it('keeps web and mail links, adding https:// when missing', () => {
    expect(sanitizeLinkUrl('https://etwinning.net/x')).toBe('https://etwinning.net/x');
    expect(sanitizeLinkUrl('  www.example.org ')).toBe('https://www.example.org/');
    expect(sanitizeLinkUrl('mailto:ilze@example.lv')).toBe('mailto:ilze@example.lv');
  });

  it('drops script and data links and nonsense', () => {
    expect(sanitizeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(sanitizeLinkUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(sanitizeLinkUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(sanitizeLinkUrl('')).toBeNull();
    expect(sanitizeLinkUrl('http://exa mple.org')).toBeNull();
  });
});
