import { describe, expect, it } from 'vitest';
import { alignParallelBlocks, blockKind, singleBlockContent, topLevelBlocks } from '../src/index.js';

const text = (value: string) => ({ type: 'text', version: 1, text: value });
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, children: value === '' ? [] : [text(value)] });
const picture = (id: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'image', version: 1, uploadId: id, altText: 'x' }] });
const documentOf = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } });
const words = (cell: unknown) => (cell === null ? null : ((cell as { children: { text: string }[] }).children[0]?.text ?? ''));

describe('alignParallelBlocks', () => {
  it('pairs blocks with words by their index; the longer version goes on alone', () => {
    const rows = alignParallelBlocks([
      documentOf(paragraph('One'), paragraph('Two'), paragraph('Three')),
      documentOf(paragraph('Viens'), paragraph('Divi')),
    ]);
    expect(rows.map((row) => (row.kind === 'aligned' ? row.cells.map(words) : row.kind))).toEqual([
      ['One', 'Viens'],
      ['Two', 'Divi'],
      ['Three', null],
    ]);
    expect(rows.map((row) => row.kind === 'aligned' && row.index)).toEqual([0, 1, 2]);
  });

  it('ignores empty paragraphs, so an extra Enter shifts nothing', () => {
    const rows = alignParallelBlocks([
      documentOf(paragraph('One'), paragraph(''), paragraph('Two')),
      documentOf(paragraph(''), paragraph('Viens'), paragraph('Divi'), paragraph('  ')),
    ]);
    expect(rows.map((row) => (row.kind === 'aligned' ? row.cells.map(words) : null))).toEqual([
      ['One', 'Viens'],
      ['Two', 'Divi'],
    ]);
  });

  it('lets a block of pictures span its row where it stands, without taking a paragraph’s place', () => {
    const rows = alignParallelBlocks([
      documentOf(paragraph('One'), picture('a'), paragraph('Two'), picture('b')),
      documentOf(paragraph('Viens'), paragraph('Divi')),
    ]);
    expect(rows.map((row) => (row.kind === 'aligned' ? row.cells.map(words) : `${row.column}:${(row.block as ReturnType<typeof picture>).children[0]!.uploadId}`))).toEqual([
      ['One', 'Viens'],
      '0:a',
      ['Two', 'Divi'],
      '0:b',
    ]);
  });

  it('takes any number of columns and survives malformed content', () => {
    expect(alignParallelBlocks([null, 'nonsense', { root: { children: 'x' } }])).toEqual([]);
    const rows = alignParallelBlocks([documentOf(paragraph('A')), documentOf(), documentOf(paragraph('B'), paragraph('C'))]);
    expect(rows.map((row) => row.kind === 'aligned' && row.cells.map(words))).toEqual([
      ['A', null, 'B'],
      [null, null, 'C'],
    ]);
  });
});

describe('blockKind and singleBlockContent', () => {
  it('tells words from pictures from nothing, through nesting', () => {
    expect(blockKind(paragraph('Hi'))).toBe('text');
    expect(blockKind(paragraph(' '))).toBe('empty');
    expect(blockKind(picture('a'))).toBe('pictures');
    expect(blockKind({ type: 'list', children: [{ type: 'listitem', children: [text('item')] }] })).toBe('text');
  });

  it('wraps one block as a document of its own, keeping the root’s fields', () => {
    const content = documentOf(paragraph('One'), paragraph('Two'));
    const single = singleBlockContent(content, paragraph('Two'));
    expect(topLevelBlocks(single)).toEqual([paragraph('Two')]);
    expect((single as { root: { type: string } }).root.type).toBe('root');
  });
});
