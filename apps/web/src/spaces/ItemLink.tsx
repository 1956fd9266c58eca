import type { ItemSummary } from '@kopa/protocol';
import { ChevronRight, FileText, LayoutDashboard, Lock, Newspaper } from 'lucide-react';
import { Link } from 'wouter';
import { StatusChip } from '../blog/StatusChip';
import { useT } from '../i18n/use-t';
import { LanguageTag } from '../languages/LanguageTag';
import './ItemLink.css';

/**
 * A document, board or blog post to open: a big target with its title (a board with its
 * thumbnail), "Locked" when a teacher locked it and "Read only" when the reader may not change it.
 */
export function ItemLink({ item, showReadOnly = true }: { item: ItemSummary; showReadOnly?: boolean }) {
  const t = useT();
  // The link's name is what it shows (title, then the badges), so it begins with what is seen (WCAG 2.5.3).
  return (
    <Link href={itemHref(item)} className="item-link">
      <span className="visually-hidden">{t('a11y.item.open')} </span>
      {item.type === 'board' ? <BoardThumbnail url={item.thumbnailUrl} /> : <ItemIcon type={item.type} />}
      {/* The badges go under the title when the row is narrow. */}
      <span className="item-link__main">
        <span className="item-link__title">{item.title}</span>
        {item.language ? <LanguageTag code={item.language} /> : null}
        {item.type === 'post' ? <span className="item-link__badge item-link__badge--post">{t('item.type.post')}</span> : null}
        {item.postStatus ? <StatusChip status={item.postStatus} compact /> : null}
        {item.locked ? (
          <span className="item-link__badge item-link__badge--locked">
            <Lock size={14} aria-hidden="true" />
            {t('item.locked')}
          </span>
        ) : null}
        {item.canEdit || !showReadOnly || item.locked ? null : (
          <span className="item-link__badge">
            <Lock size={14} aria-hidden="true" />
            {t('item.readOnly')}
          </span>
        )}
      </span>
      <ChevronRight size={20} aria-hidden="true" className="item-link__chevron" />
    </Link>
  );
}

function itemHref(item: ItemSummary): string {
  if (item.type === 'post') return `/posts/${item.id}`;
  if (item.type === 'board') return `/boards/${item.id}`;
  return `/items/${item.id}`;
}

export function ItemIcon({ type = 'doc' }: { type?: ItemSummary['type'] }) {
  return (
    <span className="item-link__icon" aria-hidden="true">
      {type === 'post' ? <Newspaper size={22} /> : type === 'board' ? <LayoutDashboard size={22} /> : <FileText size={22} />}
    </span>
  );
}

/** A board's small picture (decoration: the title says what it is); the board icon until there is one. */
function BoardThumbnail({ url }: { url: string | undefined }) {
  if (!url) {
    return (
      <span className="item-link__thumbnail item-link__thumbnail--empty" aria-hidden="true">
        <LayoutDashboard size={22} />
      </span>
    );
  }
  return <img className="item-link__thumbnail" src={url} alt="" width={64} height={48} loading="lazy" decoding="async" />;
}
