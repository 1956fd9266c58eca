import { checkPupilNames, countPupilNames, MAX_PUPILS_AT_ONCE, splitPupilLines, type PupilCredentials } from '@kopa/protocol';
import { UserPlus, Users } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { problemMessage } from '../i18n/validation-message';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { pupilsApi } from './pupils-api';
import { sameFirstNames } from './same-first-names';
import '../ui/TextField.css';
import './AddPupilsForm.css';

/** Lines listed in a message before "…": enough to find them. */
const LINES_SHOWN = 10;

interface AddPupilsFormProps {
  partnershipId: string;
  schoolId: string;
  onCreated(credentials: PupilCredentials[]): void;
}

/** "One first name per line": checked as the teacher types, the same way the server checks it. */
export function AddPupilsForm({ partnershipId, schoolId, onCreated }: AddPupilsFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<ApiRequestError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lines = splitPupilLines(text);
  const count = countPupilNames(lines);
  const check = checkPupilNames(lines);

  const listOf = (numbers: number[]) => {
    const shown = numbers.slice(0, LINES_SHOWN).map(String);
    if (numbers.length > LINES_SHOWN) shown.push('…');
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(shown);
  };

  /** The server's refusal of the list, or of one line (`names.2` is the third line the teacher sees). */
  const namesProblem = (error: ApiRequestError) => {
    const problem = problemMessage(error.problem, t);
    const line = /^names\.(\d+)$/.exec(error.field ?? '');
    return line ? t('validation.inLine', { line: Number(line[1]) + 1, problem }) : problem;
  };

  let fieldError: string | null = null;
  if (!check.ok && check.problem === 'too_many') fieldError = t('pupils.add.tooMany', { count: check.count, max: MAX_PUPILS_AT_ONCE });
  else if (!check.ok && check.problem === 'not_names') {
    fieldError = t('pupils.add.notNames', { count: check.lines.length, lines: listOf(check.lines) });
  } else if (!check.ok && submitted) fieldError = t('pupils.add.none');
  fieldError ??= serverError ? namesProblem(serverError) : null;
  const shortened = check.ok ? check.names.filter((name) => name.shortened).length : 0;
  const sameNames = check.ok ? sameFirstNames(check.names) : [];
  // More than the server takes at once: the button is off, and the field's error (its description) says why.
  const tooMany = !check.ok && check.problem === 'too_many';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!check.ok) {
      textareaRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await pupilsApi.create(partnershipId, schoolId, lines);
      setText('');
      setSubmitted(false);
      setServerError(null);
      onCreated(created);
    } catch (error) {
      // Next to the field, in the teacher's language, when it is about the list or one of its lines.
      if (error instanceof ApiRequestError && error.code === 'invalid_request' && /^names(\.\d+)?$/.test(error.field ?? '')) {
        setServerError(error);
        textareaRef.current?.focus();
      } else setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  return (
    <form className="add-pupils" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="add-pupils__heading">
        {t('pupils.add.heading')}
      </h2>
      <div className={['field', fieldError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor={id}>
          {t('pupils.add.label')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('pupils.add.hint', { max: MAX_PUPILS_AT_ONCE })}
        </p>
        <textarea
          ref={textareaRef}
          id={id}
          name="names"
          className="field__input add-pupils__names"
          rows={8}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setServerError(null);
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={[hintId, countId, fieldError ? errorId : ''].filter(Boolean).join(' ')}
        />
        <p className="add-pupils__count" id={countId} aria-live="polite">
          {t('pupils.add.count', { count })}
        </p>
        {fieldError ? (
          <p className="field__error" id={errorId} role="alert">
            {fieldError}
          </p>
        ) : null}
        {shortened > 0 ? <p className="add-pupils__note">{t('pupils.add.shortened', { count: shortened })}</p> : null}
        <div aria-live="polite">
          {sameNames.map(({ name, count: times }) => (
            <p key={name} className="add-pupils__same">
              <Users size={18} aria-hidden="true" className="add-pupils__same-icon" />
              {t('pupils.add.sameName', { name, count: times })}
            </p>
          ))}
        </div>
      </div>
      {failure ? <Banner tone="error">{failure}</Banner> : null}
      <div>
        <Button type="submit" size="l" disabled={busy || tooMany} aria-describedby={tooMany ? errorId : undefined} icon={<UserPlus size={22} />}>
          {busy ? t('pupils.add.submitting') : t('pupils.add.submit', { count })}
        </Button>
      </div>
    </form>
  );
}
