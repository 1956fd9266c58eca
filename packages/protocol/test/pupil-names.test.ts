import { describe, expect, it } from 'vitest';
import { checkPupilNames, countPupilNames, MAX_PUPILS_AT_ONCE, splitPupilLines } from '../src/index.js';

describe('a pasted class list', () => {
  it('splits on any line ending and counts only lines with a name', () => {
    const lines = splitPupilLines('Anna\r\nBen\rCarla\n\n   \nDāvis');
    expect(lines).toEqual(['Anna', 'Ben', 'Carla', '', '   ', 'Dāvis']);
    expect(countPupilNames(lines)).toBe(4);
  });

  it('trims, skips empty lines and numbers lines as the teacher sees them', () => {
    expect(checkPupilNames(['', '  Jānis  ', '', 'Ђорђе', '\t'])).toEqual({
      ok: true,
      names: [
        { line: 2, displayName: 'Jānis', shortened: false },
        { line: 4, displayName: 'Ђорђе', shortened: false },
      ],
    });
  });

  it('keeps the first word only, and says so', () => {
    const check = checkPupilNames(['Maria  Popescu', 'Ioana-Maria', "D'Arcy"]);
    expect(check).toEqual({
      ok: true,
      names: [
        { line: 1, displayName: 'Maria', shortened: true },
        { line: 2, displayName: 'Ioana-Maria', shortened: false },
        { line: 3, displayName: "D'Arcy", shortened: false },
      ],
    });
  });

  it('allows the same name twice', () => {
    const check = checkPupilNames(['Anna', 'Anna']);
    expect(check.ok && check.names.map((name) => name.displayName)).toEqual(['Anna', 'Anna']);
  });

  it('composes decomposed letters (text pasted from a Mac)', () => {
    const decomposed = 'S\u0326tefan'; // S + combining comma below
    const check = checkPupilNames([decomposed]);
    expect(check.ok && check.names[0]!.displayName).toBe('Ștefan');
  });

  it('refuses an empty list', () => {
    expect(checkPupilNames([])).toEqual({ ok: false, problem: 'none' });
    expect(checkPupilNames(['', '  ', '\t'])).toEqual({ ok: false, problem: 'none' });
  });

  it('refuses more names than fit in one go, counting names, not lines', () => {
    const names = (n: number) => Array.from({ length: n }, () => 'Anna');
    expect(checkPupilNames(names(500))).toEqual({ ok: false, problem: 'too_many', count: 500 });
    expect(checkPupilNames([...names(MAX_PUPILS_AT_ONCE), '', '']).ok).toBe(true);
    expect(checkPupilNames(names(MAX_PUPILS_AT_ONCE + 1))).toMatchObject({ problem: 'too_many' });
  });

  it('names every line that is not a name', () => {
    expect(checkPupilNames(['Anna', '1. Ben', '', 'Carla 🙂', '🙂', '-Dan', 'Eva', 'x'.repeat(41)])).toEqual({
      ok: false,
      problem: 'not_names',
      lines: [2, 4, 5, 6, 8],
    });
  });
});
