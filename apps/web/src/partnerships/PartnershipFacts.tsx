import type { Partnership } from '@kopa/protocol';
import { useLocale, useList, useT } from '../i18n/use-t';
import { formatDateRange } from './partnership-dates';
import { languageName } from './places';
import './PartnershipFacts.css';

/** The partnership's settings for those who may not change them. */
export function PartnershipFacts({ partnership }: { partnership: Partnership }) {
  const t = useT();
  const list = useList();
  const { locale } = useLocale();
  const notSet = <span className="partnership-facts__unset">{t('partnership.notSet')}</span>;
  const dates = formatDateRange(partnership.startDate, partnership.endDate, locale);
  return (
    <dl className="partnership-facts">
      <div>
        <dt>{t('partnership.field.referenceCode')}</dt>
        <dd>{partnership.referenceCode ?? notSet}</dd>
      </div>
      <div>
        <dt>
          {t('partnership.field.startDate')} – {t('partnership.field.endDate')}
        </dt>
        <dd>{dates ?? notSet}</dd>
      </div>
      <div>
        <dt>{t('partnership.field.themes')}</dt>
        <dd>
          {partnership.themes.length > 0 ? (
            <ul className="partnership-facts__chips">
              {partnership.themes.map((theme) => (
                <li key={theme}>{theme}</li>
              ))}
            </ul>
          ) : (
            notSet
          )}
        </dd>
      </div>
      <div>
        <dt>{t('partnership.field.languages')}</dt>
        <dd>{list(partnership.languages.map((code) => languageName(locale, code))) || notSet}</dd>
      </div>
      <div>
        <dt>{t('partnership.field.licence')}</dt>
        <dd>{t(`licence.${partnership.licence}`)}</dd>
      </div>
    </dl>
  );
}
