import type { PupilAccount, PupilConsent } from '@kopa/protocol';
import { useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { showcaseApi } from './showcase-api';
import './ConsentFlags.css';

const NONE = { photo: false, publication: false };

/**
 * A pupil's consent for the public, as the school's signed forms say: photos may be published,
 * the name may be shown. Each box saves at once; the server logs every change.
 */
export function ConsentFlags({
  partnershipId,
  pupil,
  consent,
  onChanged,
}: {
  partnershipId: string;
  pupil: PupilAccount;
  consent: PupilConsent | undefined;
  onChanged(consent: PupilConsent): void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const flags = consent ?? { ...NONE, userId: pupil.id, setAt: null, setBy: null };

  const change = async (flag: 'photo' | 'publication', value: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await showcaseApi.setConsent(partnershipId, pupil.id, { [flag]: value }));
    } catch (failure) {
      setProblem(t('showcase.consent.failed', { reason: errorMessage(failure, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="consent-flags" aria-label={t('showcase.consent.group', { name: pupil.displayName })}>
      <legend className="consent-flags__legend">{t('showcase.consent.title')}</legend>
      <label className="consent-flags__flag">
        <input
          type="checkbox"
          checked={flags.photo}
          disabled={busy}
          aria-label={t('showcase.consent.photoFor', { name: pupil.displayName })}
          onChange={(event) => void change('photo', event.target.checked)}
        />
        <span aria-hidden="true">{t('showcase.consent.photo')}</span>
      </label>
      <label className="consent-flags__flag">
        <input
          type="checkbox"
          checked={flags.publication}
          disabled={busy}
          aria-label={t('showcase.consent.publicationFor', { name: pupil.displayName })}
          onChange={(event) => void change('publication', event.target.checked)}
        />
        <span aria-hidden="true">{t('showcase.consent.publication')}</span>
      </label>
      {problem ? <Banner tone="error">{problem}</Banner> : null}
    </fieldset>
  );
}
