import { imageVariants } from '@kopa/editor';
import { LIMITS } from '@kopa/protocol';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { mergeRegister } from '@lexical/utils';
import {
  CLICK_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  COPY_COMMAND,
  CUT_COMMAND,
  DRAGSTART_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ESCAPE_COMMAND,
  PASTE_COMMAND,
  $getSelection,
  $isNodeSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { AlertTriangle, ImageOff, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { PicturePeople } from '../showcase/PicturePeople';
import { takeDescriptionRequest } from './describe-request';
import { $leavePicture, $removePicture, $setPictureDescription } from './picture-commands';
import './ImageView.css';

export interface ImageViewProps {
  nodeKey: NodeKey;
  uploadId: string;
  altText: string;
  width: number;
  height: number;
}

/** The document column is at most about 52rem wide; on phones a picture fills the screen's width. */
const SIZES = '(max-width: 60rem) 100vw, 52rem';
const PANEL_CLASS = 'image-block__panel';

/**
 * A picture in a document. Writers select it (click, or Tab to it and press Enter)
 * to describe or remove it; one without a description says so in words and with an
 * icon. Readers get just the picture with its description as alt text.
 */
export function ImageView({ nodeKey, uploadId, altText, width, height }: ImageViewProps) {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [failed, setFailed] = useState(false);
  const frameRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Just added by this user: the description field takes the focus when it appears.
  const [requested] = useState(() => takeDescriptionRequest(editor, nodeKey));
  const focusOnMount = useRef(requested);
  const fieldRef = useRef<HTMLInputElement | null>(null);
  const setField = useCallback((input: HTMLInputElement | null) => {
    fieldRef.current = input;
    if (input && focusOnMount.current) {
      focusOnMount.current = false;
      input.focus();
    }
  }, []);
  const variants = imageVariants(uploadId, width);
  const described = altText.trim() !== '';
  // Open while the picture is selected, and while the focus is inside the panel: focusing the field
  // can make Lexical drop the picture's selection (after a click that did not move the caret).
  const [focusInPanel, setFocusInPanel] = useState(false);
  const showPanel = editable && (isSelected || focusInPanel);

  const remove = useCallback(() => backToText(editor, () => $removePicture(nodeKey)), [editor, nodeKey]);
  const leave = useCallback(() => backToText(editor, () => $leavePicture(nodeKey)), [editor, nodeKey]);

  useEffect(() => {
    if (!editable) return;
    // By the element, not a ref: Enter or Escape in the field closes the panel before Lexical sees the key.
    const inPanel = (event: Event | null) => event?.target instanceof Element && event.target.closest(`.${PANEL_CLASS}`) !== null;
    const removeWhenSelected = (event: globalThis.KeyboardEvent) => {
      if (!isSelected || !$isNodeSelection($getSelection())) return false;
      event.preventDefault();
      remove();
      return true;
    };
    /**
     * Keys pressed on the picture's own controls are not typing: Lexical would turn
     * Enter into a new line and Backspace in the field into deleting the picture.
     */
    const ownKeys = (event: globalThis.KeyboardEvent) => {
      if (inPanel(event)) return true;
      if (event.target !== frameRef.current) return false;
      // The focused picture: Enter and Space press it (the browser's click), Delete removes it.
      if (event.key === 'Backspace' || event.key === 'Delete') {
        event.preventDefault();
        remove();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        leave();
      }
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_DOWN_COMMAND, ownKeys, COMMAND_PRIORITY_CRITICAL),
      // Copy, cut and paste in the description field are the field's.
      editor.registerCommand(COPY_COMMAND, inPanel, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CUT_COMMAND, inPanel, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(PASTE_COMMAND, inPanel, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(DRAGSTART_COMMAND, inPanel, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!(event.target instanceof Node) || !frameRef.current?.contains(event.target)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          // Enter or Space on the focused picture (a click without a pointer): straight to its description.
          if (event.detail === 0) {
            if (fieldRef.current) fieldRef.current.focus();
            else focusOnMount.current = true;
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, removeWhenSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_DELETE_COMMAND, removeWhenSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          if (!isSelected) return false;
          leave();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, editable, isSelected, clearSelection, setSelected, remove, leave]);

  const image = failed ? (
    <span className="image-block__missing" style={{ aspectRatio: width && height ? `${width} / ${height}` : undefined }}>
      <ImageOff aria-hidden="true" size={28} />
      {t('images.cannotShow')}
    </span>
  ) : (
    <img
      className="image-block__img"
      src={variants.at(-1)?.url}
      srcSet={variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ')}
      sizes={SIZES}
      width={width || undefined}
      height={height || undefined}
      alt={altText}
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setFailed(true)}
    />
  );

  if (!editable) return <figure className="image-block">{image}</figure>;

  return (
    <figure className={isSelected ? 'image-block image-block--selected' : 'image-block'}>
      <button
        ref={frameRef}
        type="button"
        className="image-block__frame"
        aria-label={described ? t('images.picture', { description: altText }) : t('images.pictureWithoutDescription')}
        aria-expanded={isSelected}
        aria-controls={showPanel ? panelId : undefined}
      >
        {image}
      </button>
      {described ? null : (
        <p className="image-block__needs-description">
          <AlertTriangle aria-hidden="true" size={18} />
          {t('images.needsDescription')}
        </p>
      )}
      {showPanel ? (
        <div
          className={PANEL_CLASS}
          id={panelId}
          onFocus={() => setFocusInPanel(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setFocusInPanel(false);
          }}
        >
          <DescriptionField
            ref={setField}
            altText={altText}
            onChange={(next) => editor.update(() => $setPictureDescription(nodeKey, next))}
            onDone={leave}
          />
          <PicturePeople uploadId={uploadId} />
          <div className="image-block__actions">
            <Button onClick={leave}>{t('images.done')}</Button>
            <Button variant="secondary" icon={<Trash2 size={18} />} onClick={remove}>
              {t('images.remove')}
            </Button>
          </div>
        </div>
      ) : null}
    </figure>
  );
}

/**
 * Runs a change that puts the caret back in the text, and gives the text the focus.
 * The writing area is focused first: while the focus is still in the description
 * field (about to disappear), Lexical does not move the browser's caret, and the
 * focus would fall to the page.
 */
function backToText(editor: LexicalEditor, change: () => void): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(change);
  editor.focus();
}

interface DescriptionFieldProps {
  altText: string;
  onChange(altText: string): void;
  onDone(): void;
  ref: Ref<HTMLInputElement>;
}

/**
 * The description as this writer types it. Every keystroke goes into the document
 * (partners see it grow); while the field has the focus, a partner's change to the
 * same description does not pull the text from under the caret.
 */
function DescriptionField({ altText, onChange, onDone, ref }: DescriptionFieldProps) {
  const t = useT();
  const [draft, setDraft] = useState(altText);
  const [seen, setSeen] = useState(altText);
  const [focused, setFocused] = useState(false);
  if (altText !== seen) {
    setSeen(altText);
    if (!focused) setDraft(altText);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <TextField
      ref={ref}
      label={t('images.descriptionLabel')}
      hint={t('images.descriptionHint')}
      value={draft}
      maxLength={LIMITS.altTextMaxLength}
      autoComplete="off"
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        setDraft(altText);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
