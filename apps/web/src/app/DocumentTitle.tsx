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
    const update = () => {
      frame = 0;
      const heading = document.querySelector('main h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const title = !heading ? app : heading.includes(app) ? heading : t('a11y.pageTitle', { page: heading, app });
      if (document.title !== title) document.title = title;
    };
    update();
    // At most once a frame, however much the page changes (typing in a document changes it constantly).
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(update);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [t]);
  return null;
}
