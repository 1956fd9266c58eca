import type { Partnership } from '@kopa/protocol';
import { Archive, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { partnershipsApi } from './partnerships-api';

/** The coordinator ends the partnership (everything read-only) or brings it back; asked twice, never by accident. */
export function ArchivePanel({ partnership, onChanged }: { partnership: Partnership; onChanged(next: Partnership): void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const archived = partnership.state === 'archived';

  const setState = async (state: 'active' | 'archived') => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await partnershipsApi.update(partnership.id, { state }));
      setConfirming(false);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="partnership__archive">
      <p>{t('partnership.archive.explain')}</p>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {archived ? (
        <Button variant="secondary" icon={<RotateCcw size={20} />} onClick={() => void setState('active')} disabled={busy}>
          {t('partnership.reactivate')}
        </Button>
      ) : confirming ? (
        <div className="partnership__confirm" role="group" aria-label={t('partnership.archive.title')}>
          <p className="partnership__confirm-question">{t('partnership.archive.confirm', { title: partnership.title })}</p>
          <div className="partnership__confirm-actions">
            <Button icon={<Archive size={20} />} onClick={() => void setState('archived')} disabled={busy} className="partnership__danger">
              {t('partnership.archive.confirmButton')}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t('partnership.archive.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" icon={<Archive size={20} />} onClick={() => setConfirming(true)}>
          {t('partnership.archive.button')}
        </Button>
      )}
    </div>
  );
}
