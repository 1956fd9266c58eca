import type { Box } from '@kopa/board';
import type { Point } from '../viewport';
import type { BoxHandle } from './resize-box';

/** What is drawn in screen space while a gesture runs (in board units; the overlay converts). */
export interface GesturePreview {
  marquee?: Box;
  connect?: { from: Point; to: Point };
}

export type LineEnd = 'start' | 'end';
export type Handle = BoxHandle | LineEnd;
