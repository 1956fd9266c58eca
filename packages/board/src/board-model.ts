import * as Y from 'yjs';
import { columnsOf, objectsOf, POINTS_FIELD, settingsOf, TEXT_FIELD, type ObjectMap } from './board-doc.js';
import { newBoardId } from './board-id.js';
import { compareOrdered, isOrderKey, keyAfterAll, rekey, type Ordered } from './board-order.js';
import { repairBoard } from './board-repair.js';
import { assembleSnapshot, readColumns, readLayout, readObject } from './board-snapshot.js';
import {
  BOARD_LAYOUTS,
  BOARD_LIMITS,
  type BoardColor,
  type BoardLayout,
  type BoardObject,
  type BoardSnapshot,
  type Box,
  type BoxedObject,
  type FrameObject,
  type NewObject,
  type ObjectPatch,
} from './board-types.js';
import { canJoinFrame, frameFor } from './frame-membership.js';
import { boxOf, centreOf, containsPoint, normaliseBox, pointsExtent } from './object-box.js';
import { cleanPoints, patchWrites, writeObject } from './object-writer.js';
import { restack, type ReorderDirection } from './stacking-order.js';
import { applyTextDiff } from './text-diff.js';
import { clampCoordinate, cleanText } from './value-limits.js';
import { columnEndKey, notesInColumn } from './wall-notes.js';

export type { ReorderDirection } from './stacking-order.js';

export interface BoardModelOptions {
  /** The transaction origin of every local change (what the undo manager tracks). */
  origin?: object;
}

export interface StrokeInit {
  x: number;
  y: number;
  color: BoardColor;
  size: number;
  points: number[];
}

type Listener = (snapshot: BoardSnapshot) => void;

const BOX_PATCH_KEYS = ['x', 'y', 'w', 'h'] as const;

/**
 * The only writer of a board's Yjs document. Every change is one transaction
 * with `origin`, stays inside the limits the server's guard enforces, and
 * reads the current state (not a stale snapshot), so calls compose inside
 * `transact`.
 */
export class BoardModel {
  readonly doc: Y.Doc;
  readonly origin: object;
  private readonly objects: Y.Map<ObjectMap>;
  private readonly listeners = new Set<Listener>();
  /** Read objects by id, reused between snapshots while unchanged. */
  private readonly readCache = new Map<string, BoardObject | null>();
  private dirty: Set<string> | 'all' = 'all';
  private cached: BoardSnapshot | null = null;

  constructor(doc: Y.Doc, options: BoardModelOptions = {}) {
    this.doc = doc;
    this.origin = options.origin ?? { board: 'local' };
    this.objects = objectsOf(doc);
    doc.on('afterTransaction', this.onTransaction);
  }

  /** Stops listening to the document. */
  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  snapshot(): BoardSnapshot {
    if (this.cached) return this.cached;
    if (this.dirty === 'all') {
      this.readCache.clear();
      this.objects.forEach((map, id) => this.readCache.set(id, readObject(id, map)));
    } else {
      for (const id of this.dirty) {
        const map = this.objects.get(id);
        if (map === undefined) this.readCache.delete(id);
        else this.readCache.set(id, readObject(id, map));
      }
    }
    this.dirty = new Set();
    const read: BoardObject[] = [];
    for (const object of this.readCache.values()) if (object) read.push(object);
    this.cached = assembleSnapshot(readLayout(this.doc), read, readColumns(this.doc));
    return this.cached;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Several calls as one change (one undo step). */
  transact<T>(fn: () => T): T {
    let result: T | undefined;
    this.doc.transact(() => {
      result = fn();
    }, this.origin);
    return result as T;
  }

  repair(): void {
    repairBoard(this.doc);
  }

  // ---- objects ----

  add(init: NewObject): string {
    this.ensureRoom(1);
    const snapshot = this.snapshot();
    const id = newBoardId();
    const object = { ...init, id, order: keyAfterAll(snapshot.objects.map((o) => o.order)), frameId: null } as BoardObject;
    if (object.type === 'connector') this.assertConnectable(object.fromId, object.toId, snapshot);
    if (object.type === 'note') {
      object.columnOrder = isOrderKey(init.columnOrder) ? init.columnOrder : columnEndKey(snapshot, object.column);
    }
    if (canJoinFrame(object)) object.frameId = frameFor(object, snapshot);
    this.transact(() => {
      writeObject(this.objects, object);
      this.touch(id);
      if (object.type === 'frame') this.refreshFrame(id);
    });
    return id;
  }

  update(id: string, patch: ObjectPatch): void {
    const object = this.snapshot().byId.get(id);
    if (!object) return;
    const writes = patchWrites(object, patch);
    if (writes.length === 0) return;
    this.transact(() => {
      const map = this.edit(id);
      if (!map) return;
      for (const [key, value] of writes) map.set(key, value);
      if (writes.some(([key]) => (BOX_PATCH_KEYS as readonly string[]).includes(key))) this.refreshAfterBoxChange(object);
    });
  }

  setText(id: string, text: string): void {
    const object = this.snapshot().byId.get(id);
    if (!object || (object.type !== 'note' && object.type !== 'text' && object.type !== 'shape')) return;
    const next = cleanText(text, BOARD_LIMITS.maxTextLength);
    this.transact(() => {
      const map = this.edit(id);
      const current = map?.get(TEXT_FIELD);
      if (current instanceof Y.Text) applyTextDiff(current, next);
      else map?.set(TEXT_FIELD, new Y.Text(next));
    });
  }

  moveBy(ids: readonly string[], dx: number, dy: number): void {
    if (!Number.isFinite(dx) || !Number.isFinite(dy) || (dx === 0 && dy === 0)) return;
    const snapshot = this.snapshot();
    const movedFrames = new Set<string>();
    const moving = new Set<string>();
    for (const id of ids) {
      const object = snapshot.byId.get(id);
      if (!object || object.type === 'connector') continue;
      moving.add(id);
      if (object.type === 'frame') movedFrames.add(id);
    }
    if (moving.size === 0) return;
    for (const object of snapshot.objects) {
      if (object.frameId !== null && movedFrames.has(object.frameId)) moving.add(object.id);
    }
    this.transact(() => {
      for (const id of moving) {
        const object = snapshot.byId.get(id) as BoxedObject;
        const map = this.edit(id);
        map?.set('x', clampCoordinate(object.x + dx));
        map?.set('y', clampCoordinate(object.y + dy));
      }
      // Objects carried by their frame stay in it; the others join or leave frames where they land.
      this.refreshMembership(
        ids.filter((id) => {
          const object = snapshot.byId.get(id);
          return !!object && canJoinFrame(object) && !(object.frameId !== null && movedFrames.has(object.frameId));
        }),
      );
    });
  }

  resize(id: string, box: Box): void {
    const object = this.snapshot().byId.get(id);
    if (!object || object.type === 'connector') return;
    const normal = normaliseBox(box);
    const target = {
      x: clampCoordinate(normal.x),
      y: clampCoordinate(normal.y),
      w: clampCoordinate(normal.w),
      h: clampCoordinate(normal.h),
    };
    // A line keeps its direction: its signed vector flips with the box it had.
    if (object.type === 'line') {
      if (object.w < 0) Object.assign(target, { x: clampCoordinate(target.x + target.w), w: -target.w });
      if (object.h < 0) Object.assign(target, { y: clampCoordinate(target.y + target.h), h: -target.h });
    }
    this.transact(() => {
      if (object.type === 'stroke' && object.w === 0 && object.h === 0) this.settleStroke(id);
      const map = this.edit(id);
      for (const key of BOX_PATCH_KEYS) if (map?.get(key) !== target[key]) map?.set(key, target[key]);
      this.refreshAfterBoxChange(object);
    });
  }

  remove(ids: readonly string[]): void {
    const snapshot = this.snapshot();
    const removing = new Set(ids.filter((id) => this.objects.has(id)));
    for (const object of snapshot.objects) {
      if (object.frameId !== null && removing.has(object.frameId)) removing.add(object.id);
    }
    this.objects.forEach((map, id) => {
      const object = readObject(id, map);
      if (object?.type === 'connector' && (removing.has(object.fromId) || removing.has(object.toId))) removing.add(id);
    });
    if (removing.size === 0) return;
    this.transact(() => {
      for (const id of removing) {
        this.objects.delete(id);
        this.touch(id);
      }
    });
  }

  duplicate(ids: readonly string[], offset: { dx: number; dy: number } = { dx: 24, dy: 24 }): string[] {
    const snapshot = this.snapshot();
    const given = ids.map((id) => snapshot.byId.get(id)).filter((object) => object !== undefined);
    const copying = new Map(given.map((object) => [object.id, object]));
    for (const object of snapshot.objects) {
      if (object.frameId !== null && copying.get(object.frameId)?.type === 'frame') copying.set(object.id, object);
    }
    for (const object of snapshot.objects) {
      if (object.type === 'connector' && copying.has(object.fromId) && copying.has(object.toId)) {
        copying.set(object.id, object);
      }
    }
    if (copying.size === 0) return [];
    this.ensureRoom(copying.size);
    const newIds = new Map([...copying.keys()].map((id) => [id, newBoardId()]));
    const sources = [...copying.values()].sort(compareOrdered);
    let lastOrder = keyAfterAll(snapshot.objects.map((o) => o.order));
    const dx = clampCoordinate(offset.dx);
    const dy = clampCoordinate(offset.dy);
    this.transact(() => {
      const rejoin: string[] = [];
      for (const source of sources) {
        const id = newIds.get(source.id)!;
        const copy = { ...source, id, order: lastOrder } as BoardObject;
        lastOrder = keyAfterAll([lastOrder]);
        if (copy.type === 'connector') {
          copy.fromId = newIds.get(copy.fromId) ?? copy.fromId;
          copy.toId = newIds.get(copy.toId) ?? copy.toId;
        } else {
          copy.x = source.type === 'connector' ? 0 : clampCoordinate(source.x + dx);
          copy.y = source.type === 'connector' ? 0 : clampCoordinate(source.y + dy);
          const frameCopy = source.frameId === null ? undefined : newIds.get(source.frameId);
          copy.frameId = frameCopy ?? null;
          if (frameCopy === undefined && canJoinFrame(copy)) rejoin.push(id);
        }
        if (copy.type === 'note') copy.columnOrder = columnEndKey(this.snapshot(), copy.column);
        writeObject(this.objects, copy);
        this.touch(id);
      }
      this.refreshMembership(rejoin);
    });
    return given.map((object) => newIds.get(object.id)!);
  }

  reorder(ids: readonly string[], direction: ReorderDirection): void {
    const snapshot = this.snapshot();
    const selected = new Set(ids.filter((id) => snapshot.byId.has(id)));
    if (selected.size === 0) return;
    const sequence = restack(snapshot.objects, selected, direction);
    this.writeKeys(rekey(sequence, selected), 'order');
  }

  // ---- strokes ----

  startStroke(init: StrokeInit): string {
    return this.add({ type: 'stroke', x: init.x, y: init.y, w: 0, h: 0, color: init.color, size: init.size, points: init.points });
  }

  /** Appends to the stroke's point list, so others see it being drawn. */
  addStrokePoints(id: string, points: readonly number[]): void {
    const list = this.objects.get(id)?.get(POINTS_FIELD);
    if (!(list instanceof Y.Array) || points.length === 0) return;
    const clean = cleanPoints(points, BOARD_LIMITS.maxStrokeNumbers - list.length);
    if (clean.length === 0) return;
    this.transact(() => {
      this.touch(id);
      list.push(clean);
    });
  }

  /** Gives the stroke the box of its points (from then on the points scale with the box). */
  finishStroke(id: string): void {
    if (this.snapshot().byId.get(id)?.type !== 'stroke') return;
    this.transact(() => {
      const extent = this.settleStroke(id);
      const map = this.edit(id);
      if (map?.get('w') !== extent.w) map?.set('w', extent.w);
      if (map?.get('h') !== extent.h) map?.set('h', extent.h);
      this.refreshMembership([id]);
    });
  }

  // ---- wall ----

  setLayout(layout: BoardLayout): void {
    if (!BOARD_LAYOUTS.includes(layout) || settingsOf(this.doc).get('layout') === layout) return;
    this.transact(() => {
      settingsOf(this.doc).set('layout', layout);
      this.cached = null;
    });
  }

  addColumn(title: string): string {
    const columns = this.snapshot().columns;
    if (columnsOf(this.doc).size >= BOARD_LIMITS.maxColumns) throw new RangeError('The board has as many columns as it can hold');
    const id = newBoardId();
    this.transact(() => {
      const map = new Y.Map<unknown>();
      columnsOf(this.doc).set(id, map);
      map.set('title', cleanText(title, BOARD_LIMITS.maxTitleLength));
      map.set('order', keyAfterAll(columns.map((column) => column.order)));
      this.cached = null;
    });
    return id;
  }

  renameColumn(id: string, title: string): void {
    const map = columnsOf(this.doc).get(id);
    const next = cleanText(title, BOARD_LIMITS.maxTitleLength);
    if (!(map instanceof Y.Map) || map.get('title') === next) return;
    this.transact(() => {
      map.set('title', next);
      this.cached = null;
    });
  }

  /** Removes a column; its notes move to the end of the first remaining column (or to no column). */
  removeColumn(id: string): void {
    const snapshot = this.snapshot();
    if (!columnsOf(this.doc).has(id)) return;
    const target = snapshot.columns.find((column) => column.id !== id)?.id ?? null;
    const leaving = notesInColumn(snapshot, id);
    this.transact(() => {
      // Notes without a column are in the first one: staying when it stays, leaving when it goes.
      const staying = target === null ? [] : notesInColumn(snapshot, target);
      let last = staying.length > 0 ? staying[staying.length - 1]!.columnOrder : null;
      columnsOf(this.doc).delete(id);
      this.cached = null;
      for (const note of leaving) {
        last = keyAfterAll(last === null ? [] : [last]);
        const map = this.edit(note.id);
        map?.set('column', target);
        map?.set('columnOrder', last);
      }
    });
  }

  moveColumn(id: string, beforeId: string | null): void {
    const columns = this.snapshot().columns;
    const column = columns.find((c) => c.id === id);
    if (!column || id === beforeId) return;
    const sequence: Ordered[] = columns.filter((c) => c.id !== id);
    const at = beforeId === null ? -1 : sequence.findIndex((c) => c.id === beforeId);
    sequence.splice(at < 0 ? sequence.length : at, 0, column);
    const keys = rekey(sequence, new Set([id]));
    if (keys.size === 0) return;
    this.transact(() => {
      for (const [columnId, key] of keys) columnsOf(this.doc).get(columnId)?.set('order', key);
      this.cached = null;
    });
  }

  /** Puts a note into a column (null: the first), before another note or at the end. */
  placeNote(noteId: string, columnId: string | null, beforeNoteId: string | null): void {
    const snapshot = this.snapshot();
    const note = snapshot.byId.get(noteId);
    if (note?.type !== 'note' || (columnId !== null && !snapshot.columns.some((c) => c.id === columnId))) return;
    const target = columnId ?? snapshot.columns[0]?.id ?? null;
    const sequence = notesInColumn(snapshot, target)
      .filter((n) => n.id !== noteId)
      .map((n) => ({ id: n.id, order: n.columnOrder }));
    const at = beforeNoteId === null ? -1 : sequence.findIndex((n) => n.id === beforeNoteId);
    sequence.splice(at < 0 ? sequence.length : at, 0, { id: noteId, order: note.columnOrder });
    const keys = rekey(sequence, new Set([noteId]));
    this.transact(() => {
      if (note.column !== columnId) this.edit(noteId)?.set('column', columnId);
      this.writeKeys(keys, 'columnOrder');
    });
  }

  // ---- internals ----

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size === 0) return;
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.objects) {
        for (const key of keys) if (key !== null) this.markDirty(key);
        continue;
      }
      const id = this.objectIdOf(type);
      if (id !== null) this.markDirty(id);
    }
    this.cached = null;
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of [...this.listeners]) listener(snapshot);
  };

  /** The id of the object a nested shared type (an object map, its text or points) belongs to. */
  private objectIdOf(type: { _item: Y.Item | null }): string | null {
    let item = type._item;
    while (item) {
      if (item.parent === this.objects) return item.parentSub;
      const parent = item.parent;
      item = parent instanceof Y.AbstractType ? parent._item : null;
    }
    return null;
  }

  private markDirty(id: string): void {
    if (this.dirty !== 'all') this.dirty.add(id);
  }

  /** Marks an object changed by this model, so reads inside the same transaction see it. */
  private touch(id: string): void {
    this.markDirty(id);
    this.cached = null;
  }

  private edit(id: string): ObjectMap | null {
    const map = this.objects.get(id);
    if (!(map instanceof Y.Map)) return null;
    this.touch(id);
    return map;
  }

  private ensureRoom(count: number): void {
    if (this.objects.size + count > BOARD_LIMITS.maxObjects) throw new RangeError('The board is full');
  }

  private assertConnectable(fromId: string, toId: string, snapshot: BoardSnapshot): void {
    const from = snapshot.byId.get(fromId);
    const to = snapshot.byId.get(toId);
    if (!from || !to || from.type === 'connector' || to.type === 'connector') {
      throw new Error('A connector joins two objects on the board');
    }
  }

  private writeKeys(keys: ReadonlyMap<string, string>, field: 'order' | 'columnOrder'): void {
    if (keys.size === 0) return;
    this.transact(() => {
      for (const [id, key] of keys) this.edit(id)?.set(field, key);
    });
  }

  /** Membership after an object's box changed: a frame takes in or lets go; others join or leave. */
  private refreshAfterBoxChange(object: BoardObject): void {
    if (object.type === 'frame') this.refreshFrame(object.id);
    else if (canJoinFrame(object)) this.refreshMembership([object.id]);
  }

  /** A frame's members and the free objects under it join or leave it by centre containment. */
  private refreshFrame(frameId: string): void {
    const snapshot = this.snapshot();
    const frame = snapshot.byId.get(frameId) as FrameObject | undefined;
    if (!frame) return;
    const box = boxOf(frame);
    const candidates = snapshot.objects.filter(
      (object) =>
        canJoinFrame(object) &&
        (object.frameId === frameId || (object.frameId === null && containsPoint(box, centreOf(boxOf(object))))),
    );
    this.refreshMembership(candidates.map((object) => object.id));
  }

  private refreshMembership(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const snapshot = this.snapshot();
    for (const id of ids) {
      const object = snapshot.byId.get(id);
      if (!object || !canJoinFrame(object)) continue;
      const frameId = frameFor(object, snapshot);
      const map = this.objects.get(id);
      if (map && (map.get('frameId') ?? null) !== frameId) this.edit(id)?.set('frameId', frameId);
    }
  }

  /**
   * Moves a stroke's origin to the top-left of its points (points then start
   * at 0, 0), so the box and the points agree however a renderer scales them.
   * Returns the points' extent.
   */
  private settleStroke(id: string): Box {
    const map = this.objects.get(id);
    const list = map?.get(POINTS_FIELD);
    const object = this.snapshot().byId.get(id);
    if (!map || !(list instanceof Y.Array) || object?.type !== 'stroke') return { x: 0, y: 0, w: 0, h: 0 };
    const extent = pointsExtent(object.points);
    if (extent.x !== 0 || extent.y !== 0) {
      const shifted = object.points.map((value, i) => (i % 3 === 0 ? value - extent.x : i % 3 === 1 ? value - extent.y : value));
      this.touch(id);
      list.delete(0, list.length);
      list.push(cleanPoints(shifted));
      map.set('x', clampCoordinate(object.x + extent.x));
      map.set('y', clampCoordinate(object.y + extent.y));
    }
    return { x: 0, y: 0, w: clampCoordinate(extent.w), h: clampCoordinate(extent.h) };
  }
}

