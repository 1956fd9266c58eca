/**
 * Where the caret goes when someone else changes the text being written in:
 * before the change it stays, after it it shifts by the change's length, inside
 * it moves to the change's end. The change is found as in BoardModel.setText
 * (common prefix and suffix).
 */
export function rebaseCaret(before: string, after: string, caret: number): number {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1;
  if (caret <= prefix) return caret;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  if (caret >= before.length - suffix) return Math.min(after.length, caret + after.length - before.length);
  return after.length - suffix;
}
