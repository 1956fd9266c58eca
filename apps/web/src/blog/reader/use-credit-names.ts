import { countryName } from '@kopa/i18n';
import { personLabel, type Credit } from '@kopa/protocol';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/use-t';

/**
 * How a post names its writers, as a list in the reader's language: short on cards
 * ("Jānis (LV) and Lucía (ES)"), with school and country on the post itself.
 */
export function useCreditNames() {
  const intl = useIntl();
  const { locale } = useLocale();
  const short = useCallback(
    (credits: readonly Credit[]) => intl.formatList(credits.map((credit) => personLabel(credit.displayName, credit.country)), { type: 'conjunction' }),
    [intl],
  );
  const full = useCallback(
    (credits: readonly Credit[]) =>
      intl.formatList(
        credits.map((credit) => {
          const where = [credit.schoolName, credit.country ? countryName(credit.country, locale) : null].filter(Boolean).join(', ');
          return where ? `${credit.displayName} (${where})` : credit.displayName;
        }),
        { type: 'conjunction' },
      ),
    [intl, locale],
  );
  return { short, full };
}
