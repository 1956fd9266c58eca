import type { MemberSummary } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import { partnershipsApi } from '../partnerships/partnerships-api';

/**
 * The partnership's members (role and school of people who work in the lesson's
 * spaces without having joined it); null until they come, or when they cannot.
 */
export function usePartnershipMembers(partnershipId: string): MemberSummary[] | null {
  const [loaded, setLoaded] = useState<{ partnershipId: string; members: MemberSummary[] } | null>(null);
  useEffect(() => {
    let current = true;
    partnershipsApi.members(partnershipId).then(
      (members) => {
        if (current) setLoaded({ partnershipId, members });
      },
      // Without the list, those in the lesson's roster are still known.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [partnershipId]);
  return loaded?.partnershipId === partnershipId ? loaded.members : null;
}
