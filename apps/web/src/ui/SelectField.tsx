import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';
import './SelectField.css';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}

/** A labelled native select (phones show their own picker), styled like TextField. */
export function SelectField({ label, hint, error, className, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select className="field__input select-field" {...control} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
