import { boardToSvg } from './board-svg.js';
import type { BoardSnapshot } from './board-types.js';
import type { BoardSvg, BoardSvgOptions } from './svg-document.js';
import { wallToSvg } from './wall-svg.js';

/** A board drawn as its layout shows it: a wall's columns, or the free canvas. Every export and thumbnail goes through here. */
export function drawBoard(snapshot: BoardSnapshot, options: BoardSvgOptions): BoardSvg {
  return snapshot.layout === 'wall' ? wallToSvg(snapshot, options) : boardToSvg(snapshot, options);
}
