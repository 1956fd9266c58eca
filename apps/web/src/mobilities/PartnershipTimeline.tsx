import { localIsoDate, partnershipPhases } from '@kopa/protocol';
import { useMemo } from 'react';
import { useMe } from '../session/use-session';
import { PhaseTimeline } from './PhaseTimeline';
import { useVisits } from './use-visits';

/** The timeline of the user's partnership, for the top of the home page; nothing while it loads or if it cannot. */
export function PartnershipTimeline() {
  const me = useMe();
  const { state } = useVisits(me.partnershipId);
  const today = localIsoDate();
  const phases = useMemo(
    () =>
      state.status === 'ready'
        ? partnershipPhases({
            startDate: state.partnership?.startDate ?? null,
            endDate: state.partnership?.endDate ?? null,
            mobilities: state.mobilities.filter((mobility) => !mobility.archived),
            today,
          })
        : [],
    [state, today],
  );
  // The home page is useful without it: a failure here only leaves the timeline out.
  if (state.status !== 'ready' || !me.partnershipId) return null;
  return <PhaseTimeline phases={phases} today={today} />;
}
