import { nextInOrder } from './reading-order';

/**
 * Selecting from the keyboard. Tab goes through the board in reading order and
 * selects what it lands on. Shift+Space starts gathering: what is selected stays
 * selected, Tab then only moves the keyboard focus (drawn as a dashed outline),
 * and Shift+Space adds the focused object or takes it out again — the pattern of
 * a multi-select list, with Tab for the arrow keys (those move objects here).
 */
export interface KeyboardSelection {
  selection: readonly string[];
  /** The object Tab is on, or null (the one selected object counts when nothing else is focused). */
  focus: string | null;
  /** Gathering: Tab moves the focus only, Shift+Space toggles. */
  gathering: boolean;
}

export const NO_KEYBOARD_SELECTION: KeyboardSelection = { selection: [], focus: null, gathering: false };

/** Where Tab (or Shift+Tab) goes, or null when past the end: focus leaves the board and the selection stays for its toolbar. */
export function tabStep(order: readonly string[], state: KeyboardSelection, backwards: boolean): KeyboardSelection | null {
  const next = nextInOrder(order, focusOf(state) ?? undefined, backwards);
  if (next === null) return null;
  return state.gathering ? { ...state, focus: next } : { selection: [next], focus: next, gathering: false };
}

/** Shift+Space: starts gathering (keeping the selection), then adds or removes the focused object. */
export function toggleFocused(state: KeyboardSelection): KeyboardSelection {
  const focus = focusOf(state);
  if (!state.gathering) {
    const selection = focus !== null && !state.selection.includes(focus) ? [...state.selection, focus] : state.selection;
    return { selection, focus, gathering: true };
  }
  if (focus === null) return state;
  const selection = state.selection.includes(focus) ? state.selection.filter((id) => id !== focus) : [...state.selection, focus];
  return { selection, focus, gathering: true };
}

/** The focused object: the one Tab is on, or the only selected one. */
export function focusOf(state: KeyboardSelection): string | null {
  return state.focus ?? (state.selection.length === 1 ? state.selection[0]! : null);
}
