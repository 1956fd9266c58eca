import type { PupilAccount } from '@kopa/protocol';
import { KeyRound, Printer } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { pupilsApi } from './pupils-api';
import './PupilRow.css';

interface PupilRowProps {
  partnershipId: string;
  pupil: PupilAccount;
  onChanged(pupil: PupilAccount): void;
  onPrintCard(pupil: PupilAccount, password: string): void;
  /** The pupil's consent for the public (showcase/ConsentFlags), under the row's controls. */
  consent?: ReactNode;
}

type Step = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'shown'; password: string };

/** One pupil: name, username, whether they can log in, and a new password on request. */
export function PupilRow({ partnershipId, pupil, onChanged, onPrintCard, consent }: PupilRowProps) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const toggleActive = () =>
    run(async () => {
      const updated = await pupilsApi.update(partnershipId, pupil.id, { active: !pupil.active });
      onChanged({ ...pupil, active: updated.active });
    });

  const resetPassword = () =>
    run(async () => {
      const credentials = await pupilsApi.resetPassword(partnershipId, pupil.id);
      setStep({ kind: 'shown', password: credentials.password });
    });

  return (
    <li className={['pupil-row', pupil.active ? '' : 'pupil-row--off'].filter(Boolean).join(' ')}>
      <div className="pupil-row__main">
        <div className="pupil-row__who">
          <span className="pupil-row__name">{pupil.displayName}</span>
          <span className="pupil-row__username">{pupil.username}</span>
        </div>
        <div className="pupil-row__controls">
          <button
            type="button"
            role="switch"
            className="pupil-switch"
            aria-checked={pupil.active}
            aria-label={t('pupils.active.switch', { name: pupil.displayName })}
            disabled={busy}
            onClick={() => void toggleActive()}
          >
            <span className="pupil-switch__track" aria-hidden="true">
              <span className="pupil-switch__thumb" />
            </span>
            <span className="pupil-switch__text" aria-hidden="true">
              {pupil.active ? t('pupils.active.on') : t('pupils.active.off')}
            </span>
          </button>
          <Button
            variant="secondary"
            icon={<KeyRound size={18} />}
            aria-label={t('pupils.reset.buttonFor', { name: pupil.displayName })}
            disabled={busy || step.kind === 'confirming'}
            onClick={() => setStep({ kind: 'confirming' })}
          >
            {t('pupils.reset.button')}
          </Button>
        </div>
      </div>
      {consent}
      {step.kind === 'confirming' ? (
        <div className="pupil-row__panel" role="group" aria-label={t('pupils.reset.buttonFor', { name: pupil.displayName })}>
          <p>{t('pupils.reset.confirm', { name: pupil.displayName })}</p>
          <div className="pupil-row__actions">
            <Button disabled={busy} onClick={() => void resetPassword()}>
              {t('pupils.reset.yes')}
            </Button>
            <Button variant="ghost" onClick={() => setStep({ kind: 'idle' })}>
              {t('pupils.reset.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      {step.kind === 'shown' ? (
        <div className="pupil-row__panel pupil-row__panel--secret" role="status">
          <p>{t('pupils.reset.shown', { name: pupil.displayName })}</p>
          <p className="pupil-row__password">{step.password}</p>
          <div className="pupil-row__actions">
            <Button icon={<Printer size={18} />} onClick={() => onPrintCard(pupil, step.password)}>
              {t('pupils.reset.printCard')}
            </Button>
            <Button variant="ghost" onClick={() => setStep({ kind: 'idle' })}>
              {t('pupils.reset.hide')}
            </Button>
          </div>
        </div>
      ) : null}
      {error ? <Banner tone="error">{error}</Banner> : null}
    </li>
  );
}
