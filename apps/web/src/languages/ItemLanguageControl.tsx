import { languageOwnName, type ItemDetail } from '@kopa/protocol';
import { Languages } from 'lucide-react';
import { useId, useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { languageName } from '../partnerships/places';
import { useItemLanguage } from './ItemLanguageContext';
import { languageChoices } from './language-choices';
import { languagesApi } from './languages-api';
import { useWorkingLanguages } from './use-working-languages';
import './ItemLanguageControl.css';

/**
 * "Language: Latviešu" on a document's or board's page: which language it is written in, so
 * screen readers, hyphenation and read aloud follow it. Those who may change the item choose it
 * (the partnership's working languages first); the others see it. `compact` (a board's crowded header)
 * keeps the words for screen readers and the tooltip, and shows the icon and the language.
 */
export function ItemLanguageControl({ item, compact = false }: { item: ItemDetail; compact?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const state = useItemLanguage();
  const working = useWorkingLanguages();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const problemId = useId();
  if (!state) return null;
  const { language, setLanguage } = state;

  if (!item.canEdit) {
    if (!language) return null;
    const sentence = t('languages.item.writtenIn', { language: languageName(locale, language) });
    return (
      <p className="item-language item-language--read" title={compact ? sentence : undefined}>
        <Languages size={18} aria-hidden="true" />
        {compact ? (
          <>
            <span className="visually-hidden">{sentence}</span>
            <span aria-hidden="true" lang={language}>
              {languageOwnName(language)}
            </span>
          </>
        ) : (
          sentence
        )}
      </p>
    );
  }

  const choices = languageChoices(working, [language]);
  const choose = (next: string) => {
    const before = language;
    setLanguage(next);
    setProblem(null);
    setSaving(true);
    languagesApi.setItemLanguage(item.id, next).then(
      (saved) => setLanguage(saved.language ?? next),
      (error: unknown) => {
        setLanguage(before);
        setProblem(t('languages.item.failed', { reason: errorMessage(error, t) }));
      },
    ).finally(() => setSaving(false));
  };

  return (
    <div className="item-language">
      <label className="item-language__field" title={compact ? t('languages.item.label') : undefined}>
        <Languages size={18} aria-hidden="true" />
        <span className={compact ? 'visually-hidden' : 'item-language__label'}>{t('languages.item.label')}</span>
        <select
          value={language}
          aria-busy={saving || undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{t('languages.item.notSaid')}</option>
          {choices.working.length > 0 ? (
            <optgroup label={t('languages.working')}>
              {choices.working.map((choice) => (
                <option key={choice.code} value={choice.code} lang={choice.code}>
                  {choice.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t('languages.others')}>
            {choices.others.map((choice) => (
              <option key={choice.code} value={choice.code} lang={choice.code}>
                {choice.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {problem ? (
        <p className="item-language__problem" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
