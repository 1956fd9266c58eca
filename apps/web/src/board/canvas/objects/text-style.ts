import { FRAME_TITLE_FONT_SIZE, NOTE_FONT_SIZE, NOTE_PADDING, TEXT_FONT_SIZES } from '@kopa/board';

/**
 * Font sizes in board units (text grows and shrinks with the zoom like everything
 * else) — the same as boardToSvg's, so a download looks like the board.
 */
export const TEXT_SIZE_UNITS = TEXT_FONT_SIZES;
export const NOTE_FONT_UNITS = NOTE_FONT_SIZE;
export const NOTE_PADDING_UNITS = NOTE_PADDING;
export const LABEL_FONT_UNITS = NOTE_FONT_SIZE;
export const FRAME_TITLE_UNITS = FRAME_TITLE_FONT_SIZE;
