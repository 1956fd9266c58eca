import type { ItemSummary } from '@kopa/protocol';
import { ChevronRight, FileText, Lock, Newspaper } from 'lucide-react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import './ItemLink.css';

/** A document or blog post to open: a big target with its title, and "Read only" when the reader may not change it. */
export function ItemLink({ item, showReadOnly = true }: { item: ItemSummary; showReadOnly?: boolean }) {
  const t = useT();
  return (
    <Link
      href={item.type === 'post' ? `/posts/${item.id}` : `/items/${item.id}`}
      className="item-link"
      aria-label={item.type === 'post' ? t('postEdit.item.open', { title: item.title }) : t('item.open', { title: item.title })}
    >
      <ItemIcon type={item.type} />
      <span className="item-link__title">{item.title}</span>
      {item.type === 'post' ? <span className="item-link__badge item-link__badge--post">{t('item.type.post')}</span> : null}
      {item.canEdit || !showReadOnly ? null : (
        <span className="item-link__badge">
          <Lock size={14} aria-hidden="true" />
          {t('item.readOnly')}
        </span>
      )}
      <ChevronRight size={20} aria-hidden="true" className="item-link__chevron" />
    </Link>
  );
}

export function ItemIcon({ type = 'doc' }: { type?: ItemSummary['type'] }) {
  return (
    <span className="item-link__icon" aria-hidden="true">
      {type === 'post' ? <Newspaper size={22} /> : <FileText size={22} />}
    </span>
  );
}
