import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { sanitizeLinkUrl } from '@kopa/editor';
import { $getSelection, $setSelection, type BaseSelection } from 'lexical';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import '../ui/toolbar-panel.css';
import './LinkEditor.css';

/** Asks for a web address and links the selected words to it (only http, https and mailto). */
export function LinkEditor({ isLink, onDone }: { isLink: boolean; onDone(): void }) {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Typing the address moves focus out of the editor; remember what was selected.
  const [selection] = useState<BaseSelection | null>(() => editor.getEditorState().read(() => $getSelection()?.clone() ?? null));

  const apply = (target: string | null) => {
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, target);
    });
    onDone();
    editor.focus();
  };

  // Back to the text, where the selection was: the form goes, and the keyboard must not fall to the page's top.
  const cancel = () => {
    onDone();
    editor.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const safe = sanitizeLinkUrl(url);
    if (!safe) return setError(t('editor.linkInvalid'));
    apply(safe);
  };

  return (
    <form className="toolbar-panel link-editor" onSubmit={submit} noValidate>
      <TextField
        label={t('editor.linkPrompt')}
        type="url"
        inputMode="url"
        placeholder="www.example.org"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={error}
        autoFocus
        onKeyDown={(event) => {
          if (event.key === 'Escape') cancel();
        }}
      />
      <div className="link-editor__actions">
        <Button type="submit">{t('editor.linkApply')}</Button>
        {isLink ? (
          <Button variant="secondary" onClick={() => apply(null)}>
            {t('editor.linkRemove')}
          </Button>
        ) : null}
        <Button variant="ghost" onClick={cancel}>
          {t('space.cancel')}
        </Button>
      </div>
    </form>
  );
}
