import { $markSelectionLanguage, $selectionLanguage } from '@kopa/editor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, type BaseSelection } from 'lexical';
import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { languageChoices } from './language-choices';
import { useWorkingLanguages } from './use-working-languages';
import '../ui/toolbar-panel.css';
import './LanguageMarkMenu.css';

interface SelectionFacts {
  selection: BaseSelection | null;
  /** Words are selected (not only a caret). */
  words: boolean;
  /** The language of the passage the selection starts in. */
  current: string | null;
}

/**
 * "Mark language of the selection": the selected words are in Latvian, Spanish, … (the
 * partnership's languages first, then any other), or no longer marked. Opened from the
 * editor's toolbar; choosing moves the keyboard back to the text.
 */
export function LanguageMarkMenu({ onDone }: { onDone(): void }) {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const working = useWorkingLanguages();
  const headingId = useId();
  const otherId = useId();
  // Choosing moves the focus out of the editor: remember what was selected.
  const [facts] = useState<SelectionFacts>(() =>
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      return {
        selection: selection?.clone() ?? null,
        words: $isRangeSelection(selection) && !selection.isCollapsed(),
        current: $selectionLanguage(),
      };
    }),
  );
  const choices = languageChoices(working, facts.current ? [facts.current] : []);
  const canMark = facts.words || facts.current !== null;

  const close = () => {
    onDone();
    editor.focus();
  };
  const apply = (language: string | null) => {
    editor.update(() => {
      if (facts.selection) $setSelection(facts.selection.clone());
      $markSelectionLanguage(language);
    });
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <section className="toolbar-panel language-mark" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 className="language-mark__title" id={headingId}>
        {t('languages.mark.title')}
      </h2>
      {canMark ? null : <p className="language-mark__hint">{t('languages.mark.selectFirst')}</p>}
      {choices.working.length > 0 ? (
        <ul className="language-mark__choices" aria-label={t('languages.working')}>
          {choices.working.map((choice, index) => (
            <li key={choice.code}>
              <Button
                variant={facts.current === choice.code ? 'primary' : 'secondary'}
                aria-pressed={facts.current === choice.code}
                disabled={!canMark}
                autoFocus={canMark && index === 0}
                onClick={() => apply(choice.code)}
              >
                <span lang={choice.code}>{choice.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="language-mark__other">
        <label htmlFor={otherId}>{t('languages.mark.other')}</label>
        <select
          id={otherId}
          className="language-mark__select"
          value=""
          disabled={!canMark}
          autoFocus={canMark && choices.working.length === 0}
          onChange={(event) => {
            if (event.target.value) apply(event.target.value);
          }}
        >
          <option value="">{t('languages.mark.choose')}</option>
          {choices.others.map((choice) => (
            <option key={choice.code} value={choice.code} lang={choice.code}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
      <div className="language-mark__actions">
        {facts.current !== null ? (
          <Button variant="secondary" onClick={() => apply(null)}>
            {t('languages.mark.remove')}
          </Button>
        ) : null}
        <Button variant="ghost" autoFocus={!canMark} onClick={close}>
          {t('languages.mark.cancel')}
        </Button>
      </div>
    </section>
  );
}
