import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../src/text-wrap.js';

describe('wrapText', () => {
  it('breaks at spaces, keeping every word and every line within the width', () => {
    const text = 'The quick brown fox jumps over the lazy dog near the riverbank';
    const lines = wrapText(text, 120, 16);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(120);
  });

  it('keeps newlines and empty lines', () => {
    expect(wrapText('one\n\ntwo', 500, 16)).toEqual(['one', '', 'two']);
  });

  it('breaks a word that is too long on its own', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 80, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(80);
  });

  it('never splits an emoji or a surrogate pair', () => {
    const lines = wrapText('🙂'.repeat(10), 40, 16);
    expect(lines.every((line) => Array.from(line).every((char) => char === '🙂'))).toBe(true);
  });

  it('cuts to maxLines with an ellipsis', () => {
    const lines = wrapText('word '.repeat(50), 100, 16, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(textWidth(lines[2]!, 16)).toBeLessThanOrEqual(100);
    expect(wrapText('anything', 100, 16, 0)).toEqual([]);
  });

  it('counts wide characters wider than narrow ones', () => {
    expect(textWidth('漢字', 10)).toBeGreaterThan(textWidth('il', 10) * 2);
  });
});
