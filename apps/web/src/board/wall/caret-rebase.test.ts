import { describe, expect, it } from 'vitest';
import { rebaseCaret } from './caret-rebase';

describe('rebaseCaret', () => {
  it('keeps the caret before a change further on', () => {
    expect(rebaseCaret('hello world', 'hello big world', 3)).toBe(3);
  });

  it('shifts the caret after a change before it', () => {
    expect(rebaseCaret('hello world', 'oh hello world', 8)).toBe(11);
    expect(rebaseCaret('hello world', 'world', 11)).toBe(5);
  });

  it('puts the caret at the end of a change around it', () => {
    expect(rebaseCaret('abcdef', 'abXYZef', 3)).toBe(5);
  });

  it('stays inside the text', () => {
    expect(rebaseCaret('aaaa', 'aa', 4)).toBe(2);
    expect(rebaseCaret('', 'new', 0)).toBe(0);
    expect(rebaseCaret('same', 'same', 2)).toBe(2);
  });
});
