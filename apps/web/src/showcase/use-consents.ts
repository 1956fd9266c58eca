import type { PupilConsent } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { showcaseApi } from './showcase-api';

/** The consents of a school's pupils (by pupil id), for their teachers; empty until loaded or when not allowed. */
export function useConsents(partnershipId: string, schoolId: string) {
  const [consents, setConsents] = useState<ReadonlyMap<string, PupilConsent>>(new Map());
  const reload = useCallback(() => {
    showcaseApi.consents(partnershipId, schoolId).then(
      (list) => setConsents(new Map(list.map((consent) => [consent.userId, consent]))),
      () => setConsents(new Map()),
    );
  }, [partnershipId, schoolId]);
  useEffect(reload, [reload]);
  const put = useCallback((consent: PupilConsent) => {
    setConsents((current) => new Map(current).set(consent.userId, consent));
  }, []);
  return { consents, reload, put };
}
