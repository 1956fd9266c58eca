import type { Mobility, Partnership } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useAccessChanged } from '../live/use-access-changed';
import { mobilitiesApi } from './mobilities-api';
import { partnershipsApi } from '../partnerships/partnerships-api';

export type VisitsState =
  | { status: 'loading' }
  /** `partnership` is null if it could not be read: the visits still show, without its dates. */
  | { status: 'ready'; partnership: Partnership | null; mobilities: Mobility[] }
  | { status: 'failed'; error: unknown };

const NO_VISITS: VisitsState = { status: 'ready', partnership: null, mobilities: [] };

/** The partnership and its visits (removed ones included, flagged `archived`), fetched again when rights change. */
export function useVisits(partnershipId: string | null): { state: VisitsState; reload(): void } {
  const [state, setState] = useState<VisitsState>({ status: 'loading' });
  const reload = useCallback(() => {
    if (!partnershipId) return;
    Promise.all([mobilitiesApi.list(partnershipId), partnershipsApi.partnership(partnershipId).catch(() => null)]).then(
      ([mobilities, partnership]) => setState({ status: 'ready', partnership, mobilities }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [partnershipId]);
  useEffect(reload, [reload]);
  useAccessChanged(reload);
  // Someone in no partnership (yet) has no visits.
  return { state: partnershipId ? state : NO_VISITS, reload };
}
