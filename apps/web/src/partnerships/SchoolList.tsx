import { countryName } from '@kopa/i18n';
import type { School } from '@kopa/protocol';
import { useLocale, useList, useT } from '../i18n/use-t';
import { languageName } from './places';
import './SchoolList.css';

/** The partner schools, each with its country, town and languages. */
export function SchoolList({ schools }: { schools: School[] }) {
  const t = useT();
  const list = useList();
  const { locale } = useLocale();
  if (schools.length === 0) return <p className="school-list__empty">{t('schools.empty')}</p>;
  return (
    <ul className="school-list">
      {schools.map((school) => (
        <li key={school.id} className="school-list__school">
          {/* The code, not a flag emoji: Windows shows flag emoji as two bare letters anyway. */}
          <span className="school-list__country" aria-hidden="true">
            {school.country}
          </span>
          <div className="school-list__text">
            <span className="school-list__name">{school.name}</span>
            <span className="school-list__place">
              {t('schools.place', { city: school.city, country: countryName(school.country, locale) })}
            </span>
            {school.languages.length > 0 ? (
              <span className="school-list__languages">
                {t('schools.languages', { languages: list(school.languages.map((code) => languageName(locale, code))) })}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
