import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { NAVIGATION } from '../app/navigation';
import { useT } from '../i18n/use-t';
import { useMe } from '../session/use-session';
import './MainNav.css';

type Edges = { start: boolean; end: boolean };

/**
 * The pages this user can go to; only shown when there is more than home. On a phone a
 * teacher's five pages do not fit: the row scrolls sideways, a fade and an arrow show on the
 * side where more is, and the current page is always scrolled into sight.
 */
export function MainNav() {
  const t = useT();
  const me = useMe();
  const [location] = useLocation();
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState<Edges>({ start: false, end: false });
  const entries = NAVIGATION.filter((entry) => entry.visible(me));
  const shown = entries.length >= 2;

  // Before paint, so the row never shows itself scrolled away from where the reader is.
  useLayoutEffect(() => {
    const row = list.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current) return;
    const visible = current.offsetLeft >= row.scrollLeft && current.offsetLeft + current.offsetWidth <= row.scrollLeft + row.clientWidth;
    if (!visible) row.scrollLeft = current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2;
  }, [location, shown]);

  useEffect(() => {
    const row = list.current;
    if (!row) return;
    const measure = () => {
      const next = { start: row.scrollLeft > 1, end: row.scrollLeft + row.clientWidth < row.scrollWidth - 1 };
      setMore((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    // The observer also reports the first size, which measures the row once it is laid out.
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    row.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      row.removeEventListener('scroll', measure);
    };
  }, [shown]);

  if (!shown) return null;
  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <div className="main-nav__inner">
        <ul className="main-nav__list" ref={list}>
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
        {/* Only a hint to the eye: every link is reachable by swiping and by the Tab key. */}
        <span className={`main-nav__more main-nav__more--start${more.start ? ' main-nav__more--shown' : ''}`} aria-hidden="true">
          <ChevronLeft size={18} />
        </span>
        <span className={`main-nav__more main-nav__more--end${more.end ? ' main-nav__more--shown' : ''}`} aria-hidden="true">
          <ChevronRight size={18} />
        </span>
      </div>
    </nav>
  );
}
