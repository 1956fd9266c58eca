import { LIMITS } from '@kopa/protocol';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { MessageField } from './MessageField';
import './MessageForm.css';

export interface MessageFormProps {
  /** What the form is for, announced as the group's name. */
  title: string;
  label: string;
  hint?: string;
  /** Without a message the form says so instead of sending. */
  required?: boolean;
  submitLabel: string;
  busy: boolean;
  /** What to know before sending (e.g. what unpublishing does). */
  children?: ReactNode;
  tone?: 'calm' | 'danger';
  onSubmit(message: string): void;
  onCancel(): void;
}

/** A message to go with a step of the review (submit, comment, request changes, unpublish). */
export function MessageForm({ title, label, hint, required, submitLabel, busy, children, tone = 'calm', onSubmit, onCancel }: MessageFormProps) {
  const t = useT();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (required && !message.trim()) return setMissing(true);
    onSubmit(message.trim());
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className={`message-form message-form--${tone}`} aria-label={title} onSubmit={submit} onKeyDown={cancelOnEscape} noValidate>
      {children}
      <MessageField
        label={label}
        hint={hint}
        value={message}
        maxLength={LIMITS.reviewMessageMaxLength}
        error={missing && !message.trim() ? t('postEdit.messageRequired') : null}
        onChange={(event) => setMessage(event.target.value)}
        required={required}
        autoFocus
      />
      <div className="message-form__actions">
        <Button type="submit" variant={tone === 'danger' ? 'danger' : 'primary'} disabled={busy}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('postEdit.cancel')}
        </Button>
      </div>
    </form>
  );
}
