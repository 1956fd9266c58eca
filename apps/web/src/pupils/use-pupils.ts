import type { PupilAccount } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { pupilsApi } from './pupils-api';
import { partnershipsApi } from '../partnerships/partnerships-api';

export type PupilsState = { status: 'loading' } | { status: 'ready'; pupils: PupilAccount[] } | { status: 'failed'; error: unknown };

/** The pupils of one school in one partnership, with ways to reload and to update one in place. */
export function usePupils(partnershipId: string, schoolId: string) {
  const [state, setState] = useState<PupilsState>({ status: 'loading' });
  const reload = useCallback(() => {
    pupilsApi.list(partnershipId, schoolId).then(
      (pupils) => setState({ status: 'ready', pupils }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [partnershipId, schoolId]);
  useEffect(reload, [reload]);
  const replace = useCallback((pupil: PupilAccount) => {
    setState((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', pupils: previous.pupils.map((old) => (old.id === pupil.id ? pupil : old)) }
        : previous,
    );
  }, []);
  return { state, reload, replace };
}

/** The name of the user's school, for the page and the cards; the country code until it has loaded. */
export function useSchoolName(partnershipId: string, schoolId: string, fallback: string): string {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    partnershipsApi.partnership(partnershipId).then(
      (partnership) => {
        if (live) setName(partnership.schools.find((school) => school.id === schoolId)?.name ?? null);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [partnershipId, schoolId]);
  return name ?? fallback;
}
