import { useEffect } from 'react';
import { useT } from '../i18n/use-t';

/**
 * The browser tab's title names the page, in the reader's language (WCAG 2.4.2): every page names
 * itself in the <h1> of its <main>, so the title follows that heading (a document's or a space's
 * name once it has loaded, a translation once the language changes) and needs no code per page.
 */
export function DocumentTitle() {
  const t = useT();
  useEffect(() => {
    const app = t('app.name');
    let frame = 0;
    let watched: Element | null = null;
    let shownHeading: string | null = null;
    const update = () => {
      frame = 0;
      const element = document.querySelector('main h1');
      // The heading's own text is watched closely; the rest of the page only for elements coming and
      // going. Typing changes text all the time, and need not cost a look at the title at every key.
      if (element !== watched) {
        watched = element;
        observer.disconnect();
        observer.observe(document.body, { childList: true, subtree: true });
        if (element) observer.observe(element, { childList: true, subtree: true, characterData: true });
      }
      const heading = element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (heading === shownHeading) return;
      shownHeading = heading;
      const title = !heading ? app : heading.includes(app) ? heading : t('a11y.pageTitle', { page: heading, app });
      if (document.title !== title) document.title = title;
    };
    // At most once a frame, however much the page changes.
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(update);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    update();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [t]);
  return null;
}
