import type { BoardObject } from './board-types.js';

export type ReorderDirection = 'forward' | 'backward' | 'front' | 'back';

/** The stack (bottom first) with the selected objects moved one place or to an end. */
export function restack(stack: readonly BoardObject[], selected: ReadonlySet<string>, direction: ReorderDirection): BoardObject[] {
  const isSelected = (object: BoardObject) => selected.has(object.id);
  if (direction === 'front') return [...stack.filter((o) => !isSelected(o)), ...stack.filter(isSelected)];
  if (direction === 'back') return [...stack.filter(isSelected), ...stack.filter((o) => !isSelected(o))];
  const sequence = [...stack];
  if (direction === 'forward') {
    // From the top down, so a selected block moves up one place together.
    for (let i = sequence.length - 2; i >= 0; i -= 1) {
      if (isSelected(sequence[i]!) && !isSelected(sequence[i + 1]!)) swap(sequence, i, i + 1);
    }
  } else {
    for (let i = 1; i < sequence.length; i += 1) {
      if (isSelected(sequence[i]!) && !isSelected(sequence[i - 1]!)) swap(sequence, i, i - 1);
    }
  }
  return sequence;
}

function swap<T>(list: T[], i: number, j: number): void {
  const a = list[i]!;
  list[i] = list[j]!;
  list[j] = a;
}
