import { describe, expect, it } from 'vitest';
import { NO_KEYBOARD_SELECTION, tabStep, toggleFocused, type KeyboardSelection } from './keyboard-selection';

const order = ['a', 'b', 'c'];

describe('keyboard selection', () => {
  it('selects what Tab lands on, and gives null past the end so focus can leave with the selection kept', () => {
    const first = tabStep(order, NO_KEYBOARD_SELECTION, false);
    expect(first).toEqual({ selection: ['a'], focus: 'a', gathering: false });
    expect(tabStep(order, first!, false)).toEqual({ selection: ['b'], focus: 'b', gathering: false });
    expect(tabStep(order, { selection: ['c'], focus: 'c', gathering: false }, false)).toBeNull();
    expect(tabStep(order, NO_KEYBOARD_SELECTION, true)?.selection).toEqual(['c']);
  });

  it('gathers several: Shift+Space keeps what is selected, Tab then only moves the focus, Shift+Space adds and takes out', () => {
    let state: KeyboardSelection = tabStep(order, NO_KEYBOARD_SELECTION, false)!;
    state = toggleFocused(state);
    expect(state).toEqual({ selection: ['a'], focus: 'a', gathering: true });
    state = tabStep(order, state, false)!;
    expect(state).toEqual({ selection: ['a'], focus: 'b', gathering: true });
    state = tabStep(order, state, false)!;
    state = toggleFocused(state);
    expect(state.selection).toEqual(['a', 'c']);
    state = tabStep(order, state, true)!;
    state = tabStep(order, state, true)!;
    expect(state.focus).toBe('a');
    state = toggleFocused(state);
    expect(state).toEqual({ selection: ['c'], focus: 'a', gathering: true });
  });

  it('starts gathering from a selection made otherwise (Ctrl+A, the mouse), Tab then starting at the top', () => {
    let state = toggleFocused({ selection: ['b', 'c'], focus: null, gathering: false });
    expect(state).toEqual({ selection: ['b', 'c'], focus: null, gathering: true });
    expect(toggleFocused(state)).toBe(state);
    state = tabStep(order, state, false)!;
    expect(state).toEqual({ selection: ['b', 'c'], focus: 'a', gathering: true });
    expect(toggleFocused(state).selection).toEqual(['b', 'c', 'a']);
  });

  it('gathers from nothing selected too', () => {
    const state = tabStep(order, toggleFocused(NO_KEYBOARD_SELECTION), false)!;
    expect(state).toEqual({ selection: [], focus: 'a', gathering: true });
    expect(toggleFocused(state).selection).toEqual(['a']);
  });
});
