import { Link, useLocation } from 'wouter';
import { NAVIGATION } from '../app/navigation';
import { useT } from '../i18n/use-t';
import { useMe } from '../session/use-session';
import './MainNav.css';

/** The pages this user can go to; only shown when there is more than home. */
export function MainNav() {
  const t = useT();
  const me = useMe();
  const [location] = useLocation();
  const entries = NAVIGATION.filter((entry) => entry.visible(me));
  if (entries.length < 2) return null;
  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <ul className="main-nav__list">
        {entries.map((entry) => {
          const current = entry.href === '/' ? location === '/' : location.startsWith(entry.href);
          return (
            <li key={entry.href}>
              <Link href={entry.href} className="main-nav__link" aria-current={current ? 'page' : undefined}>
                {t(entry.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
