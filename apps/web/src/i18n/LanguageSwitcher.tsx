import { isLocale, LOCALE_NAMES, LOCALES } from '@kopa/i18n';
import { Languages } from 'lucide-react';
import { useLocale, useT } from './use-t';
import './LanguageSwitcher.css';

/** Every language by its own name, so anyone can find theirs. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <label className="language-switcher">
      <Languages aria-hidden="true" size={20} />
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
