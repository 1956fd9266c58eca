import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { PrintLicence } from '../print/PrintLicence';
import '../print/print.css';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import './PageShell.css';

/** Skip link, header and the page's main landmark; on paper, the partnership's licence below it (print/print.css). */
export function PageShell({ children, wide }: { children: ReactNode; wide?: boolean }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <MainNav />
      <main id="main" tabIndex={-1} className={wide ? 'page page--wide' : 'page'}>
        {children}
      </main>
      <PrintLicence />
    </>
  );
}
