import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '../ui/FieldFrame';
import '../ui/TextField.css';
import './MessageField.css';

export interface MessageFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled few lines of text (a message to the team, a reason), styled like the text fields. */
export function MessageField({ label, hint, error, className, ref, ...textarea }: MessageFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea ref={ref} className="field__input message-field" rows={3} {...control} {...textarea} />}
    </FieldFrame>
  );
}
