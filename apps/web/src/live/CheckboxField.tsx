import type { ReactNode } from 'react';
import './CheckboxField.css';

/** A checkbox with its label, as big as a finger; an optional hint under the label. */
export function CheckboxField({
  checked,
  onChange,
  disabled,
  children,
  hint,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  children: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <label className="checkbox-field">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      <span className="checkbox-field__text">
        <span className="checkbox-field__label">{children}</span>
        {hint ? <span className="checkbox-field__hint">{hint}</span> : null}
      </span>
    </label>
  );
}
