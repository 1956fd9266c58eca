import { BOARD_LIMITS, COLOR_VALUES, objectBounds, type BoardModel, type BoardObject, type BoardSnapshot } from '@kopa/board';
import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { useContentLanguage } from '../../languages/ItemLanguageContext';
import { boardToScreen } from '../viewport';
import { kindLabel } from '../object-description';
import { FRAME_TITLE_UNITS, LABEL_FONT_UNITS, NOTE_FONT_UNITS, NOTE_PADDING_UNITS, TEXT_SIZE_UNITS } from './objects/text-style';
import { useViewport } from './use-viewport';
import type { ViewportStore } from './viewport-store';
import './TextEditor.css';

type Editable = Extract<BoardObject, { type: 'note' | 'text' | 'shape' | 'frame' }>;

export function isTextEditable(object: BoardObject | undefined): object is Editable {
  return object !== undefined && (object.type === 'note' || object.type === 'text' || object.type === 'shape' || object.type === 'frame');
}

interface TextEditorProps {
  model: BoardModel;
  snapshot: BoardSnapshot;
  object: Editable;
  store: ViewportStore;
  /** Writing ends (Escape, Ctrl+Enter, or focus left). */
  onDone(): void;
}

/**
 * Writing in a note, text box or shape, or naming a frame: a textarea laid
 * exactly over the object, every keystroke going to the shared text through
 * the model (so others see it typed), growing the object when the text needs room.
 */
export function TextEditor({ model, snapshot, object, store, onDone }: TextEditorProps) {
  const t = useT();
  // Spelling is checked in the board's language.
  const language = useContentLanguage();
  const viewport = useViewport(store);
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const remote = object.type === 'frame' ? object.title : object.text;
  const [value, setValue] = useState(remote);
  const lastSent = useRef(remote);

  // Someone else wrote in it meanwhile: take their text (ours went out already).
  useEffect(() => {
    if (remote !== lastSent.current) {
      lastSent.current = remote;
      setValue(remote);
    }
  }, [remote]);

  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    // A frame's title is short and often still "Frame": typing replaces it. Text continues at its end.
    if (object.type === 'frame') element.select();
    else element.setSelectionRange(element.value.length, element.value.length);
    // Only when the editor opens, not when the object changes under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Grow the object when its text needs more room than it has.
  useLayoutEffect(() => {
    const element = field.current;
    if (!element || object.type === 'frame' || object.type === 'shape') return;
    const needed = Math.ceil(element.scrollHeight / viewport.zoom);
    if (needed > object.h + 1) model.update(object.id, { h: needed });
  }, [value, object, model, viewport.zoom]);

  const change = (next: string) => {
    const limited = next.slice(0, object.type === 'frame' ? BOARD_LIMITS.maxTitleLength : BOARD_LIMITS.maxTextLength);
    setValue(limited);
    lastSent.current = limited;
    if (object.type === 'frame') model.update(object.id, { title: limited });
    else model.setText(object.id, limited);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey || object.type === 'frame'))) {
      event.preventDefault();
      event.nativeEvent.preventDefault();
      onDone();
    }
  };

  const bounds = objectBounds(object, snapshot);
  const topLeft = boardToScreen(viewport, { x: bounds.x, y: bounds.y });
  const zoom = viewport.zoom;
  const style: CSSProperties = { left: topLeft.x, top: topLeft.y, width: bounds.w * zoom, height: bounds.h * zoom };
  let className = 'board-text-editor';
  switch (object.type) {
    case 'note':
      Object.assign(style, { fontSize: NOTE_FONT_UNITS * zoom, padding: NOTE_PADDING_UNITS * zoom, background: COLOR_VALUES[object.color].fill });
      className += ' board-text-editor--note';
      break;
    case 'text':
      Object.assign(style, { fontSize: TEXT_SIZE_UNITS[object.size] * zoom, color: COLOR_VALUES[object.color].ink });
      break;
    case 'shape':
      Object.assign(style, { fontSize: LABEL_FONT_UNITS * zoom, padding: 12 * zoom, color: COLOR_VALUES[object.color].ink });
      className += ' board-text-editor--label';
      break;
    case 'frame':
      Object.assign(style, {
        fontSize: FRAME_TITLE_UNITS * zoom,
        top: topLeft.y - (FRAME_TITLE_UNITS + 16) * zoom,
        height: (FRAME_TITLE_UNITS + 12) * zoom,
        color: COLOR_VALUES[object.color].ink,
      });
      className += ' board-text-editor--title';
      break;
  }

  return (
    <>
      <textarea
        ref={field}
        data-canvas-ui
        lang={language || undefined}
        className={className}
        style={style}
        value={value}
        aria-label={object.type === 'frame' ? t('board.frameTitle') : t('board.textOf', { kind: t(kindLabel(object)) })}
        aria-describedby={hintId}
        rows={1}
        spellCheck
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onDone}
      />
      <span id={hintId} hidden>
        {t('board.editDone')}
      </span>
    </>
  );
}
