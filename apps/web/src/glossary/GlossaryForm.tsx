import { GLOSSARY_LIMITS, languageOwnName, type GlossaryTerm, type UploadedImage } from '@kopa/protocol';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { useFocusFirstInvalid } from '../ui/use-focus-first-invalid';
import { glossaryApi } from './glossary-api';
import { GlossaryPictureField } from './GlossaryPictureField';
import { termTitle } from './term-words';
import './GlossaryForm.css';

export interface GlossaryFormProps {
  partnershipId: string;
  /** The partnership's working languages: one field each. */
  languages: readonly string[];
  /** The term being changed, or null for a new one. */
  term: GlossaryTerm | null;
  /** A teacher's new term is approved at once; anyone else's waits for a teacher. */
  canModerate: boolean;
  onSaved(term: GlossaryTerm): void;
  onCancel(): void;
}

type Problems = { words: Record<string, string>; alt: string | null; general: unknown };
const NO_PROBLEMS: Problems = { words: {}, alt: null, general: null };

/**
 * Adding a term (or changing one, for teachers): a field per working language, each labelled with
 * the language's own name and marked with its language, as many filled as the writer knows; a
 * picture if they like, with what it shows.
 */
export function GlossaryForm({ partnershipId, languages, term, canModerate, onSaved, onCancel }: GlossaryFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  // The writer's own language first when the partnership works in it; a language the partnership dropped
  // since stays editable on the terms that have it.
  const working = languages.includes(locale) ? [locale, ...languages.filter((language) => language !== locale)] : languages;
  const fields = [...working, ...Object.keys(term?.translations ?? {}).filter((language) => !languages.includes(language))];
  const [words, setWords] = useState<Record<string, string>>(() => ({ ...term?.translations }));
  const [picture, setPicture] = useState<UploadedImage | null>(term?.picture ?? null);
  const [alt, setAlt] = useState(term?.pictureAlt ?? '');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const translations = Object.fromEntries(
      Object.entries(words)
        .map(([language, text]) => [language, text.replace(/\s+/gu, ' ').trim()] as const)
        .filter(([, text]) => text !== ''),
    );
    const found: Problems = { words: {}, alt: null, general: null };
    if (Object.keys(translations).length === 0) found.words[fields[0] ?? ''] = t('glossary.form.needOne');
    if (picture && alt.trim() === '') found.alt = t('glossary.form.altMissing');
    if (Object.keys(found.words).length > 0 || found.alt) {
      setProblems(found);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    setProblems(NO_PROBLEMS);
    try {
      const pictureUploadId = picture?.id ?? null;
      const saved = term
        ? await glossaryApi.update(term.id, { translations, pictureUploadId, pictureAlt: picture ? alt.trim() : '' })
        : await glossaryApi.propose(partnershipId, { translations, pictureUploadId, pictureAlt: picture ? alt.trim() : '', approve: canModerate });
      onSaved(saved);
    } catch (error) {
      setProblems(problemsOf(error));
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  /** The server's refusal at the field it names, in the writer's words. */
  const problemsOf = (error: unknown): Problems => {
    const field = error instanceof ApiRequestError ? error.field : undefined;
    const language = field?.startsWith('translations.') ? field.slice('translations.'.length) : undefined;
    if (language !== undefined && fields.includes(language)) {
      const message = error instanceof ApiRequestError && error.code === 'conflict' ? t('glossary.form.duplicate') : errorMessage(error, t);
      return { ...NO_PROBLEMS, words: { [language]: message } };
    }
    if (field === 'pictureAlt') return { ...NO_PROBLEMS, alt: t('glossary.form.altMissing') };
    return { ...NO_PROBLEMS, general: error };
  };

  return (
    <form ref={form} className="glossary-form" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={headingId} className="glossary-form__title">
        {term ? t('glossary.form.editTitle', { term: termTitle(term, locale).text }) : t('glossary.form.addTitle')}
      </h2>
      <fieldset className="glossary-form__words">
        <legend className="field__label">{t('glossary.form.words')}</legend>
        <p className="field__hint">{t('glossary.form.wordsHint')}</p>
        <div className="glossary-form__grid">
          {fields.map((language, index) => (
            <TextField
              key={language}
              ref={index === 0 ? first : undefined}
              label={languageOwnName(language)}
              lang={language}
              autoComplete="off"
              value={words[language] ?? ''}
              maxLength={GLOSSARY_LIMITS.textMaxLength}
              error={problems.words[language] ?? null}
              onChange={(event) => {
                setWords((current) => ({ ...current, [language]: event.target.value }));
                // What was wrong with the words is for the writer to fix: once they type, it is not said any more.
                if (Object.keys(problems.words).length > 0) setProblems((current) => ({ ...current, words: {} }));
              }}
            />
          ))}
        </div>
      </fieldset>
      <GlossaryPictureField partnershipId={partnershipId} picture={picture} alt={alt} altError={problems.alt} onPicture={setPicture} onAlt={setAlt} />
      {problems.general ? <Banner tone="error">{errorMessage(problems.general, t)}</Banner> : null}
      {!term && !canModerate ? <p className="glossary-form__note">{t('glossary.form.proposeNote')}</p> : null}
      <div className="glossary-form__actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {term ? t('glossary.form.save') : canModerate ? t('glossary.form.addNow') : t('glossary.form.propose')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('glossary.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
