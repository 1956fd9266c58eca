import { Check } from 'lucide-react';
import { useId } from 'react';
import '../ui/choice-chip.css';
import './ChoiceChips.css';

export interface ChoiceChipsProps {
  legend: string;
  hint: string;
  /** What may be chosen, in order, with the name to show. */
  options: { value: string; label: string }[];
  chosen: string[];
  error?: string | null;
  disabled?: boolean;
  onChange(chosen: string[]): void;
}

/**
 * A multi-select as chips to switch on and off (a tick and the pressed state say which are on), in a
 * labelled group. A value chosen earlier that is no longer offered stays until it is switched off.
 */
export function ChoiceChips({ legend, hint, options, chosen, error, disabled, onChange }: ChoiceChipsProps) {
  const id = useId();
  const shown = [...options, ...chosen.filter((value) => !options.some((option) => option.value === value)).map((value) => ({ value, label: value }))];
  const toggle = (value: string) =>
    onChange(chosen.includes(value) ? chosen.filter((other) => other !== value) : shown.map((option) => option.value).filter((other) => other === value || chosen.includes(other)));

  return (
    <fieldset className={error ? 'choice-chips choice-chips--invalid' : 'choice-chips'} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="field__label">{legend}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {shown.length > 0 ? (
        <ul className="choice-chips__list">
          {shown.map((option) => {
            const on = chosen.includes(option.value);
            return (
              <li key={option.value}>
                <button
                  type="button"
                  className="choice-chip choice-chips__chip"
                  aria-pressed={on}
                  aria-invalid={error ? true : undefined}
                  disabled={disabled}
                  onClick={() => toggle(option.value)}
                >
                  {on ? <Check size={16} aria-hidden="true" /> : null}
                  {option.label}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
