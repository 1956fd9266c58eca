import { useEffect, useState } from 'react';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { useSession } from '../session/use-session';

// One question per partnership for the whole visit: every language menu on every page shares it.
const asked = new Map<string, Promise<string[]>>();

function workingLanguagesOf(partnershipId: string): Promise<string[]> {
  let answer = asked.get(partnershipId);
  if (!answer) {
    answer = partnershipsApi.partnership(partnershipId).then(
      (partnership) => partnership.languages,
      () => {
        asked.delete(partnershipId);
        return [];
      },
    );
    asked.set(partnershipId, answer);
  }
  return answer;
}

/** The signed-in person's partnership's working languages (none until known, or outside a partnership). */
export function useWorkingLanguages(): string[] {
  const { session } = useSession();
  const partnershipId = session.status === 'signed-in' ? session.me.partnershipId : null;
  const [known, setKnown] = useState<{ partnershipId: string; languages: string[] } | null>(null);
  useEffect(() => {
    if (!partnershipId) return;
    let current = true;
    void workingLanguagesOf(partnershipId).then((languages) => {
      if (current) setKnown({ partnershipId, languages });
    });
    return () => {
      current = false;
    };
  }, [partnershipId]);
  return known && known.partnershipId === partnershipId ? known.languages : [];
}
