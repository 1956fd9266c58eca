import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { imagesWithoutAltText } from '../src/index.js';

const image = (altText: unknown) => ({ type: 'image', version: 1, uploadId: 'up_1', altText, width: 640, height: 480 });
const block = (type: string, children: unknown[]) => ({ type, version: 1, children });
const documentWith = (...children: unknown[]) =>
  ({ root: { type: 'root', version: 1, children: children as SerializedLexicalNode[] } }) as unknown as SerializedEditorState;

describe('imagesWithoutAltText', () => {
  it('counts the pictures whose description is empty, blank or missing, wherever they sit', () => {
    const content = documentWith(
      block('paragraph', [{ type: 'text', text: 'Hello', version: 1 }]),
      image('A river at sunset'),
      image(''),
      image('   '),
      block('list', [block('listitem', [image(undefined)])]),
    );
    expect(imagesWithoutAltText(content)).toBe(3);
  });

  it('is 0 for a document without pictures or with every picture described', () => {
    expect(imagesWithoutAltText(documentWith(block('paragraph', [])))).toBe(0);
    expect(imagesWithoutAltText(documentWith(image('Our school'), image('Lunch in Gijón')))).toBe(0);
  });
});
