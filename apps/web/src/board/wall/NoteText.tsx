import { BOARD_LIMITS, type BoardModel } from '@kopa/board';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { rebaseCaret } from './caret-rebase';
import { useContentLanguage } from '../../languages/ItemLanguageContext';

export interface NoteTextProps {
  model: BoardModel;
  noteId: string;
  text: string;
  label: string;
  placeholder: string;
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void;
}

/** Grows with its text: no scrolling inside a note. */
function fitHeight(element: HTMLTextAreaElement) {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight}px`;
}

/**
 * A note's text, written in place. Every keystroke goes to the model at once
 * (others see it live). The field is left uncontrolled so that a change by
 * someone else writing in the same note can come in without moving our caret
 * out of its place in the text.
 */
export function NoteText({ model, noteId, text, label, placeholder, onKeyDown }: NoteTextProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const language = useContentLanguage();

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    // The model's text right now (our own keystrokes are already in it).
    const live = model.snapshot().byId.get(noteId);
    const current = live?.type === 'note' ? live.text : text;
    if (element.value !== current) {
      const focused = document.activeElement === element;
      const start = rebaseCaret(element.value, current, element.selectionStart);
      const end = rebaseCaret(element.value, current, element.selectionEnd);
      element.value = current;
      if (focused) element.setSelectionRange(start, end);
    }
    fitHeight(element);
  }, [text, model, noteId]);

  return (
    <textarea
      ref={area}
      className="wall-note__text"
      lang={language || undefined}
      data-part="text"
      rows={2}
      aria-label={label}
      placeholder={placeholder}
      maxLength={BOARD_LIMITS.maxTextLength}
      defaultValue={text}
      onChange={(event) => {
        fitHeight(event.target);
        model.setText(noteId, event.target.value.slice(0, BOARD_LIMITS.maxTextLength));
      }}
      onKeyDown={onKeyDown}
    />
  );
}
