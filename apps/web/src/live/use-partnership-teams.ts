import type { Team } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import { teamsApi } from '../teams/teams-api';

/** The partnership's teams that are not archived (names for team locks); empty until they come. */
export function usePartnershipTeams(partnershipId: string): Team[] {
  const [loaded, setLoaded] = useState<{ partnershipId: string; teams: Team[] } | null>(null);
  useEffect(() => {
    let current = true;
    teamsApi.teams(partnershipId).then(
      (teams) => {
        if (current) setLoaded({ partnershipId, teams: teams.filter((team) => !team.archived) });
      },
      // Without names, team locks still work: they show as "a team", and one can lock everyone or a pupil.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [partnershipId]);
  return loaded?.partnershipId === partnershipId ? loaded.teams : [];
}
