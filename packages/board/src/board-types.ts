import type { BoardLayout } from '@kopa/protocol';

/**
 * The board as plain data: what renderers (the web canvas, the SVG export, the
 * server's thumbnails) read. The Yjs layout behind it is in board-doc.ts; only
 * BoardModel writes it.
 */

/** Named colours; their values live in board-colors.ts so every renderer paints the same. */
export const BOARD_COLORS = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green', 'grey', 'black'] as const;
export type BoardColor = (typeof BOARD_COLORS)[number];

// The layouts are part of the API (a board is created with one), so they live in the protocol package.
export { BOARD_LAYOUTS, type BoardLayout } from '@kopa/protocol';

export const OBJECT_TYPES = ['note', 'text', 'shape', 'line', 'connector', 'stroke', 'image', 'frame'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export const SHAPE_KINDS = ['rect', 'ellipse'] as const;
export type ShapeKind = (typeof SHAPE_KINDS)[number];

export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Bounds the server enforces on every update and the UI stays inside. */
export const BOARD_LIMITS = {
  maxObjects: 5000,
  maxTextLength: 2000,
  maxTitleLength: 120,
  maxAltLength: 300,
  /** Numbers in a stroke's point list (x, y, pressure per point). */
  maxStrokeNumbers: 3 * 4000,
  /** Every coordinate and size stays within ± this. */
  maxCoordinate: 1_000_000,
  maxColumns: 20,
  maxIdLength: 40,
} as const;

/**
 * What the server's update guard allows: twice the model's own limits. Each writer keeps its
 * changes within BOARD_LIMITS, but two people writing at once (both filling one note, both adding
 * the last objects) can pass them together. Refusing the second would close their connection on
 * every retry, so their work would never land; the guard only stops what no honest client sends.
 */
export const GUARD_LIMITS = {
  maxObjects: 2 * BOARD_LIMITS.maxObjects,
  maxTextLength: 2 * BOARD_LIMITS.maxTextLength,
  maxStrokeNumbers: 2 * BOARD_LIMITS.maxStrokeNumbers,
  maxColumns: 2 * BOARD_LIMITS.maxColumns,
} as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface ObjectBase {
  id: string;
  /** Stacking order: a fractional index; ties (concurrent inserts) break by id. */
  order: string;
  /** The frame this object belongs to, if any (frames move their members). */
  frameId: string | null;
}

/** Every object except connectors has a box; lines use w/h as a signed vector from (x, y). */
interface Boxed extends ObjectBase, Box {}

export interface NoteObject extends Boxed {
  type: 'note';
  color: BoardColor;
  text: string;
  /** Wall layout: the column this note sits in (null: the first column). */
  column: string | null;
  /** Wall layout: place within the column, a fractional index (ties by id). */
  columnOrder: string;
}

export interface TextObject extends Boxed {
  type: 'text';
  color: BoardColor;
  text: string;
  size: TextSize;
}

export interface ShapeObject extends Boxed {
  type: 'shape';
  kind: ShapeKind;
  color: BoardColor;
  /** Filled with the colour's light tint, or outline only. */
  filled: boolean;
  /** A label written inside the shape. */
  text: string;
}

export interface LineObject extends Boxed {
  type: 'line';
  color: BoardColor;
  /** An arrowhead at (x + w, y + h). */
  arrow: boolean;
}

/** An arrow or line between two objects that follows them when they move. */
export interface ConnectorObject extends ObjectBase {
  type: 'connector';
  fromId: string;
  toId: string;
  color: BoardColor;
  arrow: boolean;
}

export interface StrokeObject extends Boxed {
  type: 'stroke';
  color: BoardColor;
  /** Pen width in board units. */
  size: number;
  /**
   * Flat [x, y, pressure, x, y, pressure, …] relative to (x, y), as drawn.
   * While `w`/`h` are 0 the stroke is drawn at its natural size; once set (a
   * finished or resized stroke) the points are scaled to fit the box.
   */
  points: number[];
}

export interface ImageObject extends Boxed {
  type: 'image';
  /** A picture from the upload pipeline (metadata stripped, WebP variants). */
  uploadId: string;
  /** Its description for screen readers; may be empty while the pupil writes it. */
  alt: string;
  /** The picture's largest stored width (0: not known); which variants exist follows from it. */
  largestWidth: number;
}

export interface FrameObject extends Boxed {
  type: 'frame';
  title: string;
  color: BoardColor;
}

export type BoardObject =
  | NoteObject
  | TextObject
  | ShapeObject
  | LineObject
  | ConnectorObject
  | StrokeObject
  | ImageObject
  | FrameObject;

export type BoxedObject = Exclude<BoardObject, ConnectorObject>;

export interface BoardColumn {
  id: string;
  title: string;
  order: string;
}

export interface BoardSnapshot {
  layout: BoardLayout;
  /**
   * In stacking order, bottom first. Dangling references never show here: a
   * connector whose end is gone is left out, a member of a deleted frame has
   * `frameId: null` (board-repair.ts removes them from the Yjs state too).
   */
  objects: readonly BoardObject[];
  /** Quick lookup by id (same objects as above). */
  byId: ReadonlyMap<string, BoardObject>;
  /** Wall layout columns, in order. */
  columns: readonly BoardColumn[];
}

/** What `BoardModel.add` takes: an object without its id, order and frame (the model sets them). */
export type NewObject = DistributiveOmit<BoardObject, 'id' | 'order' | 'frameId' | 'columnOrder'> & {
  /** Wall notes: where in the column (default: the end). */
  columnOrder?: string;
};

/** Fields that may change after creation (text goes through setText, points through addStrokePoints). */
export type ObjectPatch = Partial<{
  x: number;
  y: number;
  w: number;
  h: number;
  color: BoardColor;
  filled: boolean;
  arrow: boolean;
  size: TextSize | number;
  kind: ShapeKind;
  title: string;
  alt: string;
}>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
