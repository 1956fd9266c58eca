import { MAX_PUPILS_AT_ONCE, PERSON_NAME } from './schemas.js';

/**
 * A pasted class list, checked the same way by the server (which decides) and
 * the web app (which explains as the teacher types).
 */

/** Longest first name or nickname kept (the same bound as renaming a member). */
export const PUPIL_NAME_MAX_LENGTH = 40;

export interface PupilName {
  /** 1-based line in the pasted text, empty lines counted, so the teacher can find it. */
  line: number;
  /** What the pupil is shown as: the line's first word. */
  displayName: string;
  /** The line had more words (a surname, say): only the first is kept, pupils are never shown by full name. */
  shortened: boolean;
}

export type PupilNamesCheck =
  | { ok: true; names: PupilName[] }
  | { ok: false; problem: 'none' }
  | { ok: false; problem: 'too_many'; count: number }
  | { ok: false; problem: 'not_names'; lines: number[] };

/** The lines of a textarea, whatever the line endings. */
export function splitPupilLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** How many names the lines hold (empty lines are skipped). */
export function countPupilNames(lines: readonly string[]): number {
  return lines.filter((line) => line.trim() !== '').length;
}

/**
 * Trims each line, skips empty ones, keeps the first word of each, and refuses
 * a list that is empty, longer than MAX_PUPILS_AT_ONCE, or has lines that are not
 * names (digits, emoji, symbols). The same name twice is fine: two Annas.
 */
export function checkPupilNames(lines: readonly string[]): PupilNamesCheck {
  const count = countPupilNames(lines);
  if (count === 0) return { ok: false, problem: 'none' };
  if (count > MAX_PUPILS_AT_ONCE) return { ok: false, problem: 'too_many', count };

  const names: PupilName[] = [];
  const bad: number[] = [];
  lines.forEach((raw, index) => {
    // Pasted text may come decomposed (macOS): compose it so "ā" is one letter everywhere.
    const line = raw.normalize('NFC').trim();
    if (line === '') return;
    const words = line.split(/\s+/u);
    const first = words[0]!;
    if (!PERSON_NAME.test(line) || first.length > PUPIL_NAME_MAX_LENGTH) bad.push(index + 1);
    else names.push({ line: index + 1, displayName: first, shortened: words.length > 1 });
  });
  return bad.length > 0 ? { ok: false, problem: 'not_names', lines: bad } : { ok: true, names };
}
