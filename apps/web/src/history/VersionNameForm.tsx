import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { VERSION_NAME_MAX_LENGTH } from './version-title';
import './VersionNameForm.css';


export interface VersionNameFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Focus the field at once (renaming); naming the current content waits for the writer. */
  autoFocus?: boolean;
  onSave(name: string): Promise<void>;
  onCancel?(): void;
}

/** A name for a version: for the content as it is now, or to rename one in the list. */
export function VersionNameForm({ label, submitLabel, initial = '', autoFocus, onSave, onCancel }: VersionNameFormProps) {
  const t = useT();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('history.nameRequired'));
    setBusy(true);
    setError(null);
    try {
      await onSave(name.trim());
      setName('');
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !onCancel) return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className="version-name-form" onSubmit={(event) => void submit(event)} onKeyDown={cancelOnEscape} noValidate>
      <TextField
        label={label}
        value={name}
        maxLength={VERSION_NAME_MAX_LENGTH}
        error={error}
        autoFocus={autoFocus}
        onChange={(event) => setName(event.target.value)}
        className="version-name-form__field"
      />
      <div className="version-name-form__actions">
        <Button type="submit" variant="secondary" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('history.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
