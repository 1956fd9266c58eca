import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import './ChipsField.css';
import '../ui/SelectField.css';

interface Common {
  label: string;
  hint?: string;
  error?: string | null;
  values: string[];
  onChange(values: string[]): void;
  /** How a value is shown (e.g. a language code as its name). */
  display?: (value: string) => string;
  disabled?: boolean;
}

/** Free text, added with Enter or the Add button (themes). */
interface TextChips extends Common {
  kind: 'text';
  inputLabel: string;
  maxLength: number;
  max: number;
}

/** A choice from a list (languages). */
interface ChoiceChips extends Common {
  kind: 'choice';
  placeholder: string;
  options: { value: string; name: string }[];
}

/** A group of removable chips and one way to add more, all reachable by keyboard. */
export function ChipsField(props: TextChips | ChoiceChips) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const { label, hint, error, values, onChange, disabled } = props;
  const display = props.display ?? ((value: string) => value);
  const add = (value: string) => {
    const clean = value.trim();
    if (!clean || values.some((existing) => existing.toLowerCase() === clean.toLowerCase())) return;
    onChange([...values, clean]);
  };
  const remove = (value: string) => onChange(values.filter((existing) => existing !== value));

  const addDraft = () => {
    add(draft);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addDraft();
  };

  return (
    <fieldset className={['chips-field', error ? 'chips-field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{label}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {values.length > 0 ? (
        <ul className="chips-field__chips">
          {values.map((value) => (
            <li key={value} className="chips-field__chip">
              <span>{display(value)}</span>
              <button
                type="button"
                className="chips-field__remove"
                aria-label={t('partnership.chips.remove', { name: display(value) })}
                title={t('partnership.chips.remove', { name: display(value) })}
                onClick={() => remove(value)}
                disabled={disabled}
              >
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="chips-field__none">{t('partnership.chips.none')}</p>
      )}
      {props.kind === 'text' ? (
        values.length < props.max ? (
          <div className="chips-field__add">
            <label className="visually-hidden" htmlFor={`${id}-new`}>
              {props.inputLabel}
            </label>
            <input
              id={`${id}-new`}
              className="field__input"
              value={draft}
              maxLength={props.maxLength}
              placeholder={props.inputLabel}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
              disabled={disabled}
            />
            <Button variant="secondary" onClick={addDraft} disabled={disabled || !draft.trim()}>
              {t('partnership.chips.add')}
            </Button>
          </div>
        ) : null
      ) : (
        <div className="chips-field__add">
          <label className="visually-hidden" htmlFor={`${id}-choice`}>
            {props.placeholder}
          </label>
          <select
            id={`${id}-choice`}
            className="field__input select-field"
            value=""
            onChange={(event) => add(event.target.value)}
            disabled={disabled}
          >
            <option value="">{props.placeholder}</option>
            {props.options
              .filter((option) => !values.includes(option.value))
              .map((option) => (
                <option key={option.value} value={option.value}>
                  {option.name}
                </option>
              ))}
          </select>
        </div>
      )}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
