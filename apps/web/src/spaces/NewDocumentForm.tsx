import { LIMITS } from '@kopa/protocol';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { kopaApi } from '../api/kopa-api';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import './NewDocumentForm.css';

/** "New document": ask for a title, create it, open it. */
export function NewDocumentForm({ spaceId }: { spaceId: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <Button variant="secondary" icon={<Plus size={20} />} onClick={() => setOpen(true)} className="new-document__open">
        {t('space.newDocument')}
      </Button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('space.titleRequired'));
    setBusy(true);
    try {
      const item = await kopaApi.createDocument(spaceId, title.trim());
      // The document page puts the caret in it at once (see justCreatedItem), for this open only.
      navigate(`/items/${item.id}`, { state: { createdItem: item.id } });
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };

  return (
    <form className="new-document" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('space.newDocumentTitle')}
        value={title}
        maxLength={LIMITS.itemTitleMaxLength}
        onChange={(event) => setTitle(event.target.value)}
        autoFocus
      />
      {error ? <Banner tone="error">{error}</Banner> : null}
      <div className="new-document__actions">
        <Button type="submit" disabled={busy}>
          {t('space.create')}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('space.cancel')}
        </Button>
      </div>
    </form>
  );
}
