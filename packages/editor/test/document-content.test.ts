import { describe, expect, it } from 'vitest';
import { createDocumentContent, readDocumentContent } from '../src/index.js';

describe('readDocumentContent', () => {
  it('reads a Yjs state back as the Lexical content it holds', async () => {
    const state = createDocumentContent([
      { type: 'heading', tag: 'h1', text: 'Our visit to Gijón' },
      { type: 'paragraph', text: 'We tasted cachopo.' },
    ]);
    const content = await readDocumentContent(state);
    const blocks = content.root.children as unknown as { type: string; children: { text: string }[] }[];
    expect(blocks.map((block) => [block.type, block.children.map((child) => child.text).join('')])).toEqual([
      ['heading', 'Our visit to Gijón'],
      ['paragraph', 'We tasted cachopo.'],
    ]);
  });

  it('reads an empty document as one empty paragraph', async () => {
    const content = await readDocumentContent(createDocumentContent());
    expect(content.root.children).toHaveLength(1);
    expect(content.root.children[0]?.type).toBe('paragraph');
  });
});
