import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useT } from '../i18n/use-t';
import { Logo } from './Logo';
import './WelcomeShell.css';

/**
 * The frame of the pages people see before they are in (log in, join by invite):
 * the language first, then one friendly card with the logo, and what goes under it.
 */
export function WelcomeShell({ logoName, wide, below, children }: { logoName: string; wide?: boolean; below?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <div className="welcome-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {/* The language comes first, in a landmark (banner) of its own. */}
      <header className="welcome-shell__top">
        <LanguageSwitcher />
      </header>
      <main className="welcome-shell__main" id="main" tabIndex={-1}>
        <div className={['welcome-shell__card', wide ? 'welcome-shell__card--wide' : ''].filter(Boolean).join(' ')}>
          <Logo name={logoName} />
          {children}
        </div>
        {below}
      </main>
    </div>
  );
}
