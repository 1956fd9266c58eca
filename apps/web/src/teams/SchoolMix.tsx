import { useT } from '../i18n/use-t';
import './SchoolMix.css';

/** How many of a team come from each country: small badges, greyed where a country is missing. */
export function SchoolMix({ mix }: { mix: ReadonlyArray<{ country: string; count: number }> }) {
  const t = useT();
  if (mix.length === 0) return null;
  return (
    <ul className="school-mix" aria-label={t('teams.mix')}>
      {mix.map(({ country, count }) => (
        <li key={country} className={count === 0 ? 'school-mix__badge school-mix__badge--none' : 'school-mix__badge'}>
          <span aria-hidden="true">
            <span className="school-mix__country">{country}</span> {count}
          </span>
          <span className="visually-hidden">{t('teams.mixCount', { country, count })}</span>
        </li>
      ))}
    </ul>
  );
}
