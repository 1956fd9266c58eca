import { useId } from 'react';
import './CheckboxField.css';
import './RadioChoices.css';

interface RadioChoicesProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  /** The chosen one takes the keyboard when the group appears. */
  autoFocus?: boolean;
}

/**
 * A few choices as radio buttons under their question: unlike a select, long
 * answers ("The start of the lesson (10:32)") wrap in a narrow card instead of
 * being cut. Arrow keys move between them, as in any radio group.
 */
export function RadioChoices({ label, value, options, onChange, autoFocus = false }: RadioChoicesProps) {
  const name = useId();
  return (
    <fieldset className="radio-choices">
      <legend className="radio-choices__legend">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox-field radio-choices__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            autoFocus={autoFocus && option.value === value}
          />
          <span className="radio-choices__label">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
