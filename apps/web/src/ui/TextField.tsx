import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldFrame } from './FieldFrame';
import './TextField.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Something inside the field's right edge, e.g. a show-password button. */
  trailing?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input; its hint and error are announced with it. */
export function TextField({ label, hint, error, trailing, className, ref, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="field__control">
          <input ref={ref} className="field__input" {...control} {...input} />
          {trailing ? <div className="field__trailing">{trailing}</div> : null}
        </div>
      )}
    </FieldFrame>
  );
}
