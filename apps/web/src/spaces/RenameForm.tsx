import { LIMITS, type ItemSummary } from '@kopa/protocol';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import './RenameForm.css';

export interface RenameFormProps {
  item: ItemSummary;
  /** Saves the new title; throws when the server refuses it. */
  onSave(title: string): Promise<void>;
  onDone(): void;
}

/** The title in a field, in place: Enter saves, Escape leaves it as it was. */
export function RenameForm({ item, onSave, onDone }: RenameFormProps) {
  const t = useT();
  const [title, setTitle] = useState(item.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = title.trim();
    if (!next) return setError(t('space.titleRequired'));
    if (next === item.title) return onDone();
    setBusy(true);
    try {
      await onSave(next);
      onDone();
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone();
  };

  return (
    <form className="rename-form" onSubmit={(event) => void submit(event)} onKeyDown={cancelOnEscape} noValidate>
      <TextField
        label={t('item.renameLabel')}
        value={title}
        maxLength={LIMITS.itemTitleMaxLength}
        error={error}
        onChange={(event) => setTitle(event.target.value)}
        onFocus={(event) => event.target.select()}
        autoFocus
      />
      <div className="rename-form__actions">
        <Button type="submit" disabled={busy}>
          {t('item.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('space.cancel')}
        </Button>
      </div>
    </form>
  );
}
