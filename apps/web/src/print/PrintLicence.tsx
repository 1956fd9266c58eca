import type { Licence } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { useSession } from '../session/use-session';
import { useT } from '../i18n/use-t';

/** Each licence's canonical address (the same as the server's exports and showcase write). */
const LICENCE_URLS: Record<Licence, string> = {
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-NC-SA-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** Asked once per partnership and page load: the licence changes rarely, and only printing shows it. */
const asked = new Map<string, Promise<{ title: string; licence: Licence } | null>>();

function licenceOf(partnershipId: string) {
  let answer = asked.get(partnershipId);
  if (!answer) {
    answer = partnershipsApi.partnership(partnershipId).then(
      (partnership) => ({ title: partnership.title, licence: partnership.licence }),
      () => null,
    );
    asked.set(partnershipId, answer);
  }
  return answer;
}

/**
 * The partnership's licence, under every printed page (print.css shows it only on paper): what
 * a printed post or document may be shared under, as the website export and the showcase say it.
 */
export function PrintLicence() {
  const t = useT();
  const { session } = useSession();
  const partnershipId = session.status === 'signed-in' ? session.me.partnershipId : null;
  const [shown, setShown] = useState<{ title: string; licence: Licence } | null>(null);

  useEffect(() => {
    if (!partnershipId) return;
    let live = true;
    void licenceOf(partnershipId).then((answer) => {
      if (live) setShown(answer);
    });
    return () => {
      live = false;
    };
  }, [partnershipId]);

  if (!shown) return null;
  return (
    <footer className="print-licence" aria-hidden="true">
      <p>
        {shown.title} · {t('partnership.field.licence')}: {t(`licence.${shown.licence}`)} — {LICENCE_URLS[shown.licence]}
      </p>
    </footer>
  );
}
