export * from './board-types.js';
export { BOARD_ROOTS, boardRoots, columnsOf, objectsOf, settingsOf } from './board-doc.js';
export { BoardModel, type BoardModelOptions, type ReorderDirection, type StrokeInit } from './board-model.js';
export { readBoard } from './board-snapshot.js';
export { createBoardUndo, type BoardUndo } from './board-undo.js';
export { REPAIR_ORIGIN, repairBoard } from './board-repair.js';
export { createBoardContent, type BoardContentInit } from './create-board-content.js';
export { compareOrdered } from './board-order.js';
export { newBoardId, BOARD_ID_PATTERN } from './board-id.js';
export { checkBoardUpdate } from './board-update-guard.js';
export { COLOR_VALUES, NOTE_TEXT_INK } from './board-colors.js';
export { boardBounds, boxCenter, boxContains, boxesIntersect, objectBounds, unionOf, type BoardPoint } from './object-bounds.js';
export { connectorEnds, type ConnectorEnds } from './connector-geometry.js';
export { strokeOutlinePath, strokePoints } from './stroke-outline.js';
export { boardToSvg } from './board-svg.js';
export { wallToSvg, WALL_COLUMN_GAP, WALL_COLUMN_WIDTH } from './wall-svg.js';
export { drawBoard } from './board-drawing.js';
export { wallColumns, type WallColumn } from './wall-columns.js';
export type { BoardSvg, BoardSvgOptions } from './svg-document.js';
export {
  FRAME_TITLE_FONT_SIZE,
  FRAME_TITLE_SPACE,
  LINE_HEIGHT,
  lineBaseline,
  NOTE_FONT_SIZE,
  NOTE_PADDING,
  TEXT_FONT_SIZES,
} from './text-metrics.js';
export { textWidth, wrapText } from './text-wrap.js';
export { objectTextLayout, type TextLayout } from './object-text-layout.js';
