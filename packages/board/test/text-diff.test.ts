import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff, textDiff } from '../src/text-diff.js';

describe('textDiff', () => {
  it('replaces only the changed middle', () => {
    expect(textDiff('hello world', 'hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
    expect(textDiff('abcdef', 'abXef')).toEqual({ index: 2, remove: 2, insert: 'X' });
    expect(textDiff('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' });
    expect(textDiff('same', 'same')).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const change = textDiff('a😀b', 'a😃b')!;
    expect(change.index).toBe(1);
    expect(change.remove).toBe(2);
    expect(change.insert).toBe('😃');
  });

  it('keeps a concurrent edit elsewhere in the text', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'one two three');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextDiff(a.getText('t'), 'ONE two three');
    applyTextDiff(b.getText('t'), 'one two THREE');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('t').toString()).toBe('ONE two THREE');
    expect(b.getText('t').toString()).toBe('ONE two THREE');
  });
});
