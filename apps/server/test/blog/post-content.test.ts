import { describe, expect, it } from 'vitest';
import { contentText, excerptOf } from '../../src/blog/post-content.js';

/** Serialized Lexical states as readDocumentContent returns them, with ImageNode's `image` nodes. */
const text = (value: string) => ({ type: 'text', text: value, version: 1, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children });
const image = (altText: string) => ({ type: 'image', version: 1, uploadId: 'u1', altText, width: 640, height: 480 });
const state = (...children: object[]) => ({ root: { type: 'root', version: 1, children } });

describe('reading a post’s serialized content', () => {
  it('tolerates content that is not a Lexical state', () => {
    expect(contentText(undefined)).toBe('');
    expect(contentText({ root: { children: 'nope' } })).toBe('');
  });

  it('gives the text one block per line, line breaks kept, empty blocks left out', () => {
    const content = state(
      { type: 'heading', tag: 'h1', version: 1, children: [text('Gijón')] },
      paragraph(),
      paragraph(text('Sea'), { type: 'linebreak', version: 1 }, text('and sun'), image('a beach')),
      {
        type: 'list',
        version: 1,
        children: [
          { type: 'listitem', version: 1, children: [text('one')] },
          { type: 'listitem', version: 1, children: [text('two')] },
        ],
      },
    );
    expect(contentText(content)).toBe('Gijón\nSea\nand sun\none\ntwo');
  });

  it('cuts excerpts at a word boundary', () => {
    expect(excerptOf('Short  and\nsweet')).toBe('Short and sweet');
    const long = 'word '.repeat(100);
    const excerpt = excerptOf(long, 23);
    expect(excerpt).toBe('word word word word…');
  });
});
