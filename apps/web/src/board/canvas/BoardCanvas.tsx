import { objectBounds, unionOf, type BoardColor, type BoardModel, type BoardSnapshot, type BoardUndo, type Box } from '@kopa/board';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useCoarsePointer } from '../../images/use-coarse-pointer';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { gatherAnnouncement, selectionAnnouncement } from '../object-description';
import { useFollow } from '../presence/use-follow';
import type { BoardPeer } from '../presence/use-board-awareness';
import { ColorSwatches } from '../tools/ColorSwatches';
import { connectorForSelection } from '../tools/connect-selection';
import type { KeyboardSelection } from '../tools/keyboard-selection';
import { PictureDescription } from '../tools/PictureDescription';
import { SelectionBar } from '../tools/SelectionBar';
import { ReadingBar, readableObject } from '../tools/ReadingBar';
import { Toolbar } from '../tools/Toolbar';
import { clearOfOthers, isPlaceTool, newObjectAt, type PlaceTool } from '../tools/new-objects';
import { DEFAULT_TOOL_COLORS, toolEdits, toolHasColor, toolHint, type ToolId } from '../tools/tools';
import { useBoardClipboard, type ClipboardContext } from '../tools/use-board-clipboard';
import { useBoardKeys, type KeyContext } from '../tools/use-board-keys';
import { useBoardPictures } from '../tools/use-board-pictures';
import { usePictureDrop } from '../tools/use-picture-drop';
import { usePointerGestures, type GestureContext } from '../tools/use-pointer-gestures';
import type { Point, Viewport } from '../viewport';
import type { GesturePreview } from './gesture-types';
import { LiveCursors } from './LiveCursors';
import { ObjectsLayer } from './ObjectsLayer';
import { SelectionOverlay } from './SelectionOverlay';
import { isTextEditable, TextEditor } from './TextEditor';
import { GridLayer } from './grid-layer';
import { useSelectionBarPlacement } from './use-selection-bar-placement';
import { fitBoard, revealObject, zoomCentre } from './viewport-moves';
import { ViewportStore } from './viewport-store';
import { ZoomControls } from './ZoomControls';
import { useContentLanguage } from '../../languages/ItemLanguageContext';
import './BoardCanvas.css';

interface BoardCanvasProps {
  model: BoardModel;
  undo: BoardUndo;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  title: string;
  spaceId: string;
  /** The first sync arrived: the board is shown whole once, then left where the user puts it. */
  synced: boolean;
  peers: readonly BoardPeer[];
  following: number | null;
  onFollow(clientId: number | null): void;
  publish(state: { cursor: Point | null; viewport: Viewport }): void;
}

/** After the last pan or zoom event, this long before the view counts as settled (culling, sharing). */
const SETTLE_MS = 150;

declare global {
  interface Window {
    /**
     * The open board, for the performance benchmark (bench/), which pans and
     * zooms through `setViewport` and adds objects through `model`. Set in every
     * build: it offers nothing the page's own controls do not.
     */
    __kopaBoard?: { model: BoardModel; setViewport(viewport: Viewport): void };
  }
}

/**
 * The free canvas: one SVG in board units inside a layer whose CSS transform is
 * the viewport (pans and zooms change only that, straight on the DOM), with the
 * selection, cursors and the text being written drawn on top in screen space.
 */
export function BoardCanvas({ model, undo, snapshot, canEdit, title, spaceId, synced, peers, following, onFollow, publish }: BoardCanvasProps) {
  const t = useT();
  // The notes' language (the board's): fonts, hyphenation and read aloud follow it.
  const language = useContentLanguage();
  const helpId = useId();
  const root = useRef<HTMLDivElement>(null);
  const world = useRef<HTMLDivElement>(null);
  const gridElement = useRef<HTMLDivElement>(null);
  const [store] = useState(() => new ViewportStore({ x: -400, y: -300, zoom: 1, width: 800, height: 600 }));
  const [settled, setSettled] = useState<Viewport>(store.get);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [chosenTool, setToolState] = useState<ToolId>('select');
  // When the board is locked while a drawing tool is in hand, the hand goes back to selecting.
  const tool = canEdit || !toolEdits(chosenTool) ? chosenTool : 'select';
  const [colors, setColors] = useState<Record<ToolId, BoardColor>>(DEFAULT_TOOL_COLORS);
  const [selection, setSelectionState] = useState<string[]>([]);
  /** Keyboard gathering of a selection (Shift+Space): the object Tab is on. */
  const [keyFocus, setKeyFocus] = useState<{ focus: string | null; gathering: boolean }>({ focus: null, gathering: false });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [describingId, setDescribingId] = useState<string | null>(null);
  const [preview, setPreview] = useState<GesturePreview | null>(null);
  const [spaceHeld, setSpaceHeld] = useState(false);
  // Fingers tap, mice click: the empty board's hint says which.
  const touch = useCoarsePointer();
  const cursor = useRef<Point | null>(null);
  const fitted = useRef(false);
  const barLayer = useRef<HTMLDivElement>(null);
  const topStack = useRef<HTMLDivElement>(null);
  const bottomStack = useRef<HTMLDivElement>(null);

  // Objects deleted by someone else leave the selection.
  const liveSelection = useMemo(() => selection.filter((id) => snapshot.byId.has(id)), [selection, snapshot]);
  /** The box around everything selected, in board units (the selection's bar keeps clear of it). */
  const selectionBox = useMemo(() => selectionBounds(liveSelection, snapshot), [liveSelection, snapshot]);
  const focusId = keyFocus.focus !== null && snapshot.byId.has(keyFocus.focus) ? keyFocus.focus : null;
  // Writing ends when the board is locked (the server would refuse the words).
  const editing = editingId && canEdit ? snapshot.byId.get(editingId) : undefined;
  const describing = describingId ? snapshot.byId.get(describingId) : undefined;

  // Selecting with the mouse, or by any button, ends keyboard gathering.
  const setSelection = useCallback((ids: string[]) => {
    setSelectionState(ids);
    setKeyFocus({ focus: null, gathering: false });
  }, []);
  const setKeyboardSelection = useCallback((state: KeyboardSelection) => {
    setSelectionState([...state.selection]);
    setKeyFocus({ focus: state.focus, gathering: state.gathering });
  }, []);
  const setTool = useCallback((next: ToolId) => {
    setToolState(next);
    if (next !== 'select') setEditingId(null);
  }, []);
  const startEditing = useCallback(
    (id: string) => {
      const object = model.snapshot().byId.get(id);
      if (!canEdit || !object) return;
      undo.stopCapturing();
      if (object.type === 'image') setDescribingId(id);
      else if (isTextEditable(object)) setEditingId(id);
    },
    [model, undo, canEdit],
  );
  const stopEditing = useCallback(() => {
    setEditingId((id) => {
      const object = id ? model.snapshot().byId.get(id) : undefined;
      // A text box left empty is removed, as in drawing programs; notes stay.
      if (object?.type === 'text' && object.text.trim() === '') model.remove([object.id]);
      return null;
    });
    root.current?.focus({ preventScroll: true });
  }, [model]);

  const setViewportByUser = useCallback(
    (viewport: Viewport) => {
      store.set(viewport);
      if (following !== null) onFollow(null);
    },
    [store, following, onFollow],
  );

  // The viewport goes straight to the DOM: the group's transform and the dotted grid's.
  useLayoutEffect(() => {
    const grid = gridElement.current ? new GridLayer(gridElement.current) : null;
    const apply = (viewport: Viewport) => {
      // No will-change here: the board as a layer of its own made chromium sort every object's touch and
      // wheel regions again on each frame (the canvas takes both), far slower than drawing it anew.
      if (world.current) world.current.style.transform = `translate(${-viewport.x * viewport.zoom}px, ${-viewport.y * viewport.zoom}px) scale(${viewport.zoom})`;
      grid?.apply(viewport);
    };
    apply(store.get());
    grid?.apply(store.get(), true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((viewport) => {
      apply(viewport);
      publish({ cursor: cursor.current, viewport });
      clearTimeout(timer);
      timer = setTimeout(() => {
        grid?.apply(store.get(), true);
        setSettled(store.get());
      }, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, publish]);

  // The canvas's size, kept in the viewport (others fit our view to theirs with it).
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      const current = store.get();
      // Keep the middle of the view where it was.
      const centre = { x: current.x + current.width / current.zoom / 2, y: current.y + current.height / current.zoom / 2 };
      store.set({ ...current, width, height, x: centre.x - width / current.zoom / 2, y: centre.y - height / current.zoom / 2 });
      setSize({ width, height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [store]);

  // Once the board has arrived, show all of it.
  useEffect(() => {
    if (!synced || fitted.current || size.width === 0) return;
    fitted.current = true;
    store.set(fitBoard(store.get(), model.snapshot()));
  }, [synced, size, store, model]);

  useFollow(peers, following, size, (viewport) => store.set(viewport), () => onFollow(null));

  useEffect(() => {
    window.__kopaBoard = { model, setViewport: (viewport) => store.set(viewport) };
    return () => {
      if (window.__kopaBoard?.model === model) delete window.__kopaBoard;
    };
  }, [model, store]);

  const publishCursor = useCallback(
    (point: Point | null) => {
      cursor.current = point;
      publish({ cursor: point, viewport: store.get() });
    },
    [publish, store],
  );

  const fileInput = useRef<HTMLInputElement>(null);
  const pictures = useBoardPictures(model, spaceId, fileInput, (id) => {
    setSelection([id]);
    setTool('select');
    setDescribingId(id);
  });

  const uploadDropped = useRef(pictures.uploadAt);
  useLayoutEffect(() => {
    uploadDropped.current = pictures.uploadAt;
  });
  usePictureDrop(root, store, canEdit, uploadDropped);

  const zoomBy = useCallback((factor: number) => setViewportByUser(zoomCentre(store.get(), store.get().zoom * factor)), [store, setViewportByUser]);
  const zoomReset = useCallback(() => setViewportByUser(zoomCentre(store.get(), 1)), [store, setViewportByUser]);
  const zoomFit = useCallback(() => setViewportByUser(fitBoard(store.get(), model.snapshot())), [store, model, setViewportByUser]);

  const color = colors[tool];
  const gestureContext = useRef<GestureContext>(null!);
  const latestGestureContext: GestureContext = {
    model,
    undo,
    snapshot,
    canEdit,
    tool,
    color,
    selection: liveSelection,
    spaceHeld,
    frameTitle: t('board.newFrame'),
    setSelection,
    setTool,
    startEditing,
    setPreview,
    setViewport: setViewportByUser,
    publishCursor,
    pickImage: pictures.pick,
  };
  // The listeners read the latest context when events come, after this render is committed.
  useLayoutEffect(() => {
    gestureContext.current = latestGestureContext;
  });
  usePointerGestures(root, store, gestureContext);


  /** Keyboard users have no pointer to click with: the new object goes in the middle of the view, ready. */
  const placeAtCentre = useCallback(
    (placed: PlaceTool) => {
      undo.stopCapturing();
      const viewport = store.get();
      const fresh = newObjectAt(placed, centreOf(viewport), colors[placed], t('board.newFrame'));
      // Beside what is already there (never on top of it): in view if it has room, else brought into sight.
      const id = model.add(clearOfOthers(fresh, model.snapshot(), viewOf(viewport)));
      setViewportByUser(revealObject(store.get(), model.snapshot(), id));
      setTool('select');
      setSelection([id]);
      if (placed === 'note' || placed === 'text' || placed === 'frame') startEditing(id);
    },
    [model, undo, store, colors, t, setTool, setSelection, startEditing, setViewportByUser],
  );

  const chooseTool = (next: ToolId, byKeyboard: boolean) => {
    if (next === 'image') {
      pictures.pick(centreOf(store.get()));
      return;
    }
    if (byKeyboard && canEdit && isPlaceTool(next)) {
      placeAtCentre(next);
      return;
    }
    setTool(next);
    if (next !== 'select') setSelection([]);
  };

  /** Joins two selected things with a connector in the Connector tool's colour, and selects it. */
  const connectSelection = () => {
    const connector = canEdit ? connectorForSelection(liveSelection, snapshot, colors.connector) : null;
    if (!connector) return false;
    undo.stopCapturing();
    setSelection([model.add(connector)]);
    root.current?.focus({ preventScroll: true });
    return true;
  };

  const keyContext = useRef<KeyContext>(null!);
  const latestKeyContext: KeyContext = {
    model,
    undo,
    snapshot,
    canEdit,
    selection: liveSelection,
    focus: focusId,
    gathering: keyFocus.gathering,
    setSelection,
    setKeyboardSelection,
    connectSelection,
    setTool: (next) => chooseTool(next, false),
    startEditing,
    placeWithTool: () => {
      if (!isPlaceTool(tool)) return false;
      placeAtCentre(tool);
      return true;
    },
    reveal: (id) => setViewportByUser(revealObject(store.get(), model.snapshot(), id)),
    zoomBy,
    zoomReset,
    zoomFit,
    panBy: (dx, dy) => {
      const viewport = store.get();
      setViewportByUser({ ...viewport, x: viewport.x + dx / viewport.zoom, y: viewport.y + dy / viewport.zoom });
    },
    setSpaceHeld,
  };
  useLayoutEffect(() => {
    keyContext.current = latestKeyContext;
  });
  useBoardKeys(root, keyContext);

  const clipboardContext = useRef<ClipboardContext>(null!);
  const latestClipboardContext: ClipboardContext = {
    model,
    undo,
    canEdit,
    selection: liveSelection,
    setSelection,
    view: () => viewOf(store.get()),
  };
  useLayoutEffect(() => {
    clipboardContext.current = latestClipboardContext;
  });
  useBoardClipboard(root, clipboardContext);

  const announcement =
    keyFocus.gathering && focusId !== null
      ? gatherAnnouncement(focusId, liveSelection, snapshot, t)
      : selectionAnnouncement(liveSelection, snapshot, t);
  const hint = toolHint(tool);
  // Readers get a bar too when one note with words is chosen: it reads the note aloud.
  const readable = !canEdit && liveSelection.length === 1 ? readableObject(snapshot.byId.get(liveSelection[0]!)) : null;
  const showSelectionBar = (canEdit || readable !== null) && editingId === null && selectionBox !== null;
  useSelectionBarPlacement({ bar: barLayer, top: topStack, bottom: bottomStack }, store, showSelectionBar ? selectionBox : null);
  const showToolColor = canEdit && liveSelection.length === 0 && toolHasColor(tool);
  const cursorClass = spaceHeld || tool === 'hand' ? 'board-canvas--hand' : tool === 'select' ? '' : 'board-canvas--draw';

  return (
    <div className="board-workspace">
      <Toolbar tool={tool} canEdit={canEdit} onTool={chooseTool} />
      <div className="board-stage">
        <div
          ref={root}
          className={`board-canvas ${cursorClass}`}
          tabIndex={0}
          role="application"
          aria-label={t('board.canvasLabel', { title })}
          aria-describedby={helpId}
        >
          <div ref={gridElement} className="board-canvas__grid" aria-hidden="true" />
          <div ref={world} className="board-canvas__world">
            <svg className="board-canvas__svg" aria-hidden="true" lang={language || undefined}>
              <ObjectsLayer snapshot={snapshot} editingId={editing ? editing.id : null} settledViewport={settled} />
            </svg>
          </div>
          <SelectionOverlay
            store={store}
            snapshot={snapshot}
            selection={liveSelection}
            focusId={keyFocus.gathering ? focusId : null}
            preview={preview}
            canResize={canEdit && editingId === null}
          />
          <LiveCursors peers={peers} store={store} />
          {editing && isTextEditable(editing) ? (
            <TextEditor key={editing.id} model={model} snapshot={snapshot} object={editing} store={store} onDone={stopEditing} />
          ) : null}
        </div>
        {showSelectionBar ? (
          // Beside the selection, never over it (see use-selection-bar-placement); after the canvas for Tab.
          <div ref={barLayer} className="board-stage__selection">
            {readable ? (
              <ReadingBar object={readable} />
            ) : (
              <SelectionBar
                model={model}
                undo={undo}
                snapshot={snapshot}
                selection={liveSelection}
                setSelection={setSelection}
                startEditing={startEditing}
                describeImage={setDescribingId}
                connect={connectSelection}
              />
            )}
          </div>
        ) : null}
        <div ref={topStack} className="board-stage__top">
          {showToolColor ? (
            <div className="board-stage__tool-style" data-canvas-ui>
              <ColorSwatches value={color} onChange={(next) => setColors((all) => ({ ...all, [tool]: next }))} />
            </div>
          ) : null}
          {hint && (canEdit || tool === 'hand') && liveSelection.length === 0 ? <p className="board-stage__hint">{t(hint)}</p> : null}
          {synced && snapshot.objects.length === 0 && tool === 'select' ? (
            <p className="board-stage__hint">{t(!canEdit ? 'board.emptyHintReadOnly' : touch ? 'board.emptyHintTouch' : 'board.emptyHint')}</p>
          ) : null}
        </div>
        <div ref={bottomStack} className="board-stage__bottom">
          {pictures.progress !== null ? (
            <p className="board-stage__hint" role="status">
              {t('board.imageUploading', { percent: Math.round(pictures.progress * 100) })}
            </p>
          ) : null}
          {pictures.error ? (
            <Banner tone="error" action={<Button variant="secondary" onClick={pictures.dismissError}>{t('images.dismiss')}</Button>}>
              {pictures.error}
            </Banner>
          ) : null}
          {describing?.type === 'image' && canEdit ? (
            <PictureDescription key={describing.id} model={model} image={describing} onDone={() => {
              setDescribingId(null);
              root.current?.focus({ preventScroll: true });
            }} />
          ) : null}
          <ZoomControls store={store} zoomBy={zoomBy} zoomReset={zoomReset} zoomFit={zoomFit} />
        </div>
        <p id={helpId} className="visually-hidden">
          {t('board.canvasHelp')}
        </p>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </div>
      <input ref={fileInput} type="file" accept="image/*" hidden onChange={pictures.onFileChosen} />
    </div>
  );
}

function selectionBounds(selection: readonly string[], snapshot: BoardSnapshot): Box | null {
  let bounds: Box | null = null;
  for (const id of selection) {
    const object = snapshot.byId.get(id);
    if (!object) continue;
    const box = objectBounds(object, snapshot);
    bounds = bounds ? unionOf(bounds, box) : box;
  }
  return bounds;
}

/** The part of the board in view, in board units. */
function viewOf(viewport: Viewport): Box {
  return { x: viewport.x, y: viewport.y, w: viewport.width / viewport.zoom, h: viewport.height / viewport.zoom };
}

function centreOf(viewport: Viewport): Point {
  return { x: viewport.x + viewport.width / viewport.zoom / 2, y: viewport.y + viewport.height / viewport.zoom / 2 };
}
