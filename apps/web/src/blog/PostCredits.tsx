import { countryName } from '@kopa/i18n';
import type { Credit } from '@kopa/protocol';
import { memo } from 'react';
import { useIntl } from 'react-intl';
import { useLocale, useT } from '../i18n/use-t';
import './PostCredits.css';

/**
 * "Written by Jānis (Latvia) and Lucía (Spain)": the real writers (their schools are in the "who wrote what" legend).
 * The post page makes a new list on every change to the text; the line is drawn again only when the writers change.
 */
export const PostCredits = memo(function PostCredits({ credits }: { credits: Credit[] }) {
  const t = useT();
  const intl = useIntl();
  const { locale } = useLocale();
  if (credits.length === 0) return <p className="post-credits post-credits--none">{t('postEdit.credits.none')}</p>;
  const names = credits.map((credit) => (credit.country ? `${credit.displayName} (${countryName(credit.country, locale)})` : credit.displayName));
  return (
    <p className="post-credits">
      {t('postEdit.credits', { names: intl.formatList(names, { type: 'conjunction' }) })}
    </p>
  );
}, sameCredits);

function sameCredits(before: { credits: Credit[] }, after: { credits: Credit[] }): boolean {
  return (
    before.credits.length === after.credits.length &&
    before.credits.every((credit, index) => {
      const other = after.credits[index]!;
      return credit.userId === other.userId && credit.displayName === other.displayName && credit.country === other.country;
    })
  );
}
