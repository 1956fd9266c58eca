import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, $isRangeSelection } from 'lexical';
import { Bold, Heading1, Heading2, Italic, Languages, Link2, List, ListOrdered, Redo2, Undo2 } from 'lucide-react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { LanguageMarkMenu } from '../languages/LanguageMarkMenu';
import { LinkEditor } from './LinkEditor';
import { useToolbarState, type BlockType } from './use-toolbar-state';
import './Toolbar.css';

/** What makes a button one stop of the toolbar's arrow-key navigation. */
export interface ToolStop {
  tabStop: boolean;
  onFocus(): void;
}

export interface ToolbarProps {
  /** More tools after the formatting ones (e.g. pictures); `tool(key)` makes each a stop. */
  extraTools?(tool: (key: string) => ToolStop): ReactNode;
  /** Shown under the toolbar, staying in view with it (e.g. pictures on their way). */
  children?: ReactNode;
}

/**
 * Formatting for young writers: few, large, labelled buttons. One tab stop;
 * arrow keys move between buttons (the ARIA toolbar pattern).
 */
export function Toolbar({ extraTools, children }: ToolbarProps = {}) {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  const [linkOpen, setLinkOpen] = useState(false);
  const [languageOpen, setLanguageOpen] = useState(false);
  const [focused, setFocused] = useState('bold');
  const barRef = useRef<HTMLDivElement>(null);
  // The one tab stop: the last button used, unless it has become disabled.
  const disabled = { undo: !state.canUndo, redo: !state.canRedo } as Record<string, boolean>;
  const tabStop = disabled[focused] ? 'bold' : focused;
  const button = (key: string): ToolStop => ({ tabStop: key === tabStop, onFocus: () => setFocused(key) });

  const setBlock = (target: BlockType) => {
    if (target === 'bullet' || target === 'number') {
      const command = target === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND;
      editor.dispatchCommand(state.block === target ? REMOVE_LIST_COMMAND : command, undefined);
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (target === 'h1' || target === 'h2') {
        const tag = target;
        $setBlocksType(selection, () => (state.block === tag ? $createParagraphNode() : $createHeadingNode(tag)));
      } else {
        $setBlocksType(selection, () => $createParagraphNode());
      }
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(barRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowRight' ? (index + 1) % buttons.length
      : event.key === 'ArrowLeft' ? (index - 1 + buttons.length) % buttons.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? buttons.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} ref={barRef} onKeyDown={onKeyDown}>
        <ToolButton {...button('undo')} label={t('editor.undo')} disabled={!state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
          <Undo2 size={20} />
        </ToolButton>
        <ToolButton {...button('redo')} label={t('editor.redo')} disabled={!state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
          <Redo2 size={20} />
        </ToolButton>
        <span className="toolbar__divider" aria-hidden="true" />
        <ToolButton {...button('bold')} label={t('editor.bold')} pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
          <Bold size={20} />
        </ToolButton>
        <ToolButton {...button('italic')} label={t('editor.italic')} pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
          <Italic size={20} />
        </ToolButton>
        <span className="toolbar__divider" aria-hidden="true" />
        <ToolButton {...button('h1')} label={t('editor.heading1')} pressed={state.block === 'h1'} onClick={() => setBlock('h1')}>
          <Heading1 size={20} />
        </ToolButton>
        <ToolButton {...button('h2')} label={t('editor.heading2')} pressed={state.block === 'h2'} onClick={() => setBlock('h2')}>
          <Heading2 size={20} />
        </ToolButton>
        <ToolButton {...button('bullet')} label={t('editor.bulletList')} pressed={state.block === 'bullet'} onClick={() => setBlock('bullet')}>
          <List size={20} />
        </ToolButton>
        <ToolButton {...button('number')} label={t('editor.numberedList')} pressed={state.block === 'number'} onClick={() => setBlock('number')}>
          <ListOrdered size={20} />
        </ToolButton>
        <span className="toolbar__divider" aria-hidden="true" />
        <ToolButton {...button('link')} label={t('editor.link')} pressed={state.link || linkOpen} expanded={linkOpen} onClick={() => setLinkOpen((open) => !open)}>
          <Link2 size={20} />
        </ToolButton>
        <ToolButton {...button('language')} label={t('languages.mark.button')} expanded={languageOpen} onClick={() => setLanguageOpen((open) => !open)}>
          <Languages size={20} />
        </ToolButton>
        {extraTools ? (
          <>
            <span className="toolbar__divider" aria-hidden="true" />
            {extraTools(button)}
          </>
        ) : null}
      </div>
      {linkOpen ? <LinkEditor isLink={state.link} onDone={() => setLinkOpen(false)} /> : null}
      {languageOpen ? <LanguageMarkMenu onDone={() => setLanguageOpen(false)} /> : null}
      {children}
    </div>
  );
}

interface ToolButtonProps extends ToolStop {
  label: string;
  children: ReactNode;
  onClick(): void;
  pressed?: boolean;
  expanded?: boolean;
  disabled?: boolean;
}

export function ToolButton({ label, children, onClick, pressed, expanded, disabled, tabStop, onFocus }: ToolButtonProps) {
  return (
    <IconButton
      label={label}
      icon={children}
      aria-pressed={pressed}
      aria-expanded={expanded}
      disabled={disabled}
      tabIndex={tabStop ? 0 : -1}
      onFocus={onFocus}
      // Keep the editor's selection: the button acts on it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    />
  );
}
