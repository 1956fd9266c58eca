import type { BoardColor } from './board-types.js';

/**
 * What each named colour paints, the same in every renderer. `ink` is for
 * strokes, lines and text (at least 4.5:1 on white and on its own fill, WCAG AA);
 * `fill` is the light tint of notes, filled shapes and frames.
 */
export const COLOR_VALUES: Readonly<Record<BoardColor, { ink: string; fill: string }>> = {
  yellow: { ink: '#7a5a00', fill: '#fff1a8' },
  orange: { ink: '#a43f00', fill: '#ffdcbf' },
  pink: { ink: '#a8155f', fill: '#fdd5e7' },
  purple: { ink: '#5b34b0', fill: '#e4dafb' },
  blue: { ink: '#1753b8', fill: '#d5e5ff' },
  green: { ink: '#0b6b3f', fill: '#cff2dd' },
  grey: { ink: '#475467', fill: '#e7e9ee' },
  black: { ink: '#101828', fill: '#d8dce3' },
};

/** Text on a note: dark on every tint, so notes of any colour read alike. */
export const NOTE_TEXT_INK = '#101828';
