import { countryName } from '@kopa/i18n';
import { useLocale } from '../i18n/use-t';
import './CountryCode.css';

/**
 * A person's country as its two letters, the country's name on hover. The code,
 * not a flag emoji: Windows shows flag emoji as two bare letters anyway. Hidden
 * from screen readers, whose label for the person already says it.
 */
export function CountryCode({ country }: { country: string | null }) {
  const { locale } = useLocale();
  if (!country) return null;
  return (
    <span className="country-code" title={countryName(country, locale)} aria-hidden="true">
      {country}
    </span>
  );
}
