import { isStaffRole, type Invite, type Partnership } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { partnershipsApi } from './partnerships-api';

export type PartnershipState =
  | { status: 'loading' }
  | { status: 'ready'; partnership: Partnership; invites: Invite[] | null }
  | { status: 'failed'; error: unknown };

/** The partnership and, for those who run it, its invite links; with ways to reload and update them. */
export function usePartnership(partnershipId: string) {
  const [state, setState] = useState<PartnershipState>({ status: 'loading' });

  const reload = useCallback(() => {
    partnershipsApi
      .partnership(partnershipId)
      .then(async (partnership) => {
        const invites = isStaffRole(partnership.role) ? await partnershipsApi.invites(partnershipId) : null;
        setState({ status: 'ready', partnership, invites });
      })
      .catch((error: unknown) => setState({ status: 'failed', error }));
  }, [partnershipId]);
  useEffect(reload, [reload]);

  const setPartnership = useCallback((partnership: Partnership) => {
    setState((current) => (current.status === 'ready' ? { ...current, partnership } : current));
  }, []);

  /** Puts a new or changed link in the list (newest first). */
  const putInvite = useCallback((invite: Invite) => {
    setState((current) => {
      if (current.status !== 'ready' || !current.invites) return current;
      const others = current.invites.filter((existing) => existing.id !== invite.id);
      const known = others.length !== current.invites.length;
      const invites = known ? current.invites.map((existing) => (existing.id === invite.id ? invite : existing)) : [invite, ...others];
      return { ...current, invites };
    });
  }, []);

  return { state, reload, setPartnership, putInvite };
}
