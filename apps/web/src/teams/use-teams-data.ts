import type { MemberSummary, Team } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { teamsApi } from './teams-api';
import { partnershipsApi } from '../partnerships/partnerships-api';

export interface TeamsData {
  teams: Team[];
  /** Everyone in the partnership: only staff may list them (null for pupils and guests). */
  members: MemberSummary[] | null;
}

export type TeamsState = { status: 'loading' } | { status: 'ready'; data: TeamsData } | { status: 'failed'; error: unknown };

/** The partnership's teams (and, for staff, its members), with a way to load them again without flashing a spinner. */
export function useTeamsData(partnershipId: string, staff: boolean): { state: TeamsState; reload(): Promise<void> } {
  const [state, setState] = useState<TeamsState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const [teams, members] = await Promise.all([
        teamsApi.teams(partnershipId),
        staff ? partnershipsApi.members(partnershipId) : Promise.resolve(null),
      ]);
      setState({ status: 'ready', data: { teams, members } });
    } catch (error) {
      // Keep what is on screen if only a refresh failed.
      setState((current) => (current.status === 'ready' ? current : { status: 'failed', error }));
    }
  }, [partnershipId, staff]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
