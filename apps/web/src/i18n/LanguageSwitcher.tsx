import { isLocale, LOCALE_NAMES, LOCALES } from '@kopa/i18n';
import { Languages } from 'lucide-react';
import { useContext, useRef } from 'react';
import { languagesApi } from '../languages/languages-api';
import { SessionContext } from '../session/SessionProvider';
import { useLocale, useT } from './use-t';
import './LanguageSwitcher.css';

/**
 * Every language by its own name, so anyone can find theirs. Remembered on this device, and for
 * someone signed in also on the server: it follows them to the next computer they log in on.
 */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const session = useContext(SessionContext);
  const latest = useRef<string | null>(null);
  const choose = (next: string) => {
    if (!isLocale(next)) return;
    setLocale(next);
    if (session?.session.status !== 'signed-in') return;
    latest.current = next;
    // Only the last choice's answer counts (two quick choices may be answered out of order).
    // Not saved (offline): this device still remembers it.
    languagesApi.setMyLocale(next).then(
      (me) => {
        if (latest.current === next) session.signedIn(me);
      },
      () => undefined,
    );
  };
  return (
    <label className="language-switcher">
      <Languages aria-hidden="true" size={20} />
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={locale} onChange={(event) => choose(event.target.value)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
