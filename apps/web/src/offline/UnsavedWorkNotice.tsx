import type { ItemType } from '@kopa/protocol';
import { useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { rescuedTexts, subscribeRescued } from './rescued-texts';
import './UnsavedWorkNotice.css';

const PATHS: Record<ItemType, string> = { doc: '/items/', board: '/boards/', post: '/posts/' };

/**
 * On the home page: the items whose offline work the server would not take (sent after
 * a login, or refused while the pupil was elsewhere), each a link to its page, where the
 * text waits to be copied. Light: it only reads what is kept in localStorage.
 */
export function UnsavedWorkNotice({ userId }: { userId: string }) {
  const t = useT();
  const texts = useSyncExternalStore(subscribeRescued, () => rescuedTexts(userId));
  // One link per item, however many texts it has.
  const items = [...new Map(texts.map((text) => [text.itemId, text])).values()];
  if (items.length === 0) return null;
  return (
    <Banner tone="warning" className="unsaved-work">
      <p className="unsaved-work__title">{t('offline.home.title')}</p>
      <p>{t('offline.home.text')}</p>
      <ul className="unsaved-work__list">
        {items.map((text) => (
          <li key={text.itemId}>
            <Link className="unsaved-work__link" href={`${PATHS[text.kind] ?? PATHS.doc}${text.itemId}`}>
              {t('offline.home.open', { title: text.title })}
            </Link>
          </li>
        ))}
      </ul>
    </Banner>
  );
}
