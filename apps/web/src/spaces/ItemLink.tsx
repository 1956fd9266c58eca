import type { ItemSummary } from '@kopa/protocol';
import { ChevronRight, FileText, Lock, Newspaper } from 'lucide-react';
import { Link } from 'wouter';
import { StatusChip, statusLabelId } from '../blog/StatusChip';
import { useT } from '../i18n/use-t';
import './ItemLink.css';

/** A document or blog post to open: a big target with its title, and "Read only" when the reader may not change it. */
export function ItemLink({ item, showReadOnly = true }: { item: ItemSummary; showReadOnly?: boolean }) {
  const t = useT();
  // The link's name says everything the badges show: they are inside it.
  const label =
    item.type !== 'post'
      ? t('item.open', { title: item.title })
      : item.postStatus
        ? t('postEdit.item.openWithStatus', { title: item.title, status: t(statusLabelId(item.postStatus)) })
        : t('postEdit.item.open', { title: item.title });
  return (
    <Link
      href={item.type === 'post' ? `/posts/${item.id}` : `/items/${item.id}`}
      className="item-link"
      aria-label={label}
    >
      <ItemIcon type={item.type} />
      {/* The badges go under the title when the row is narrow. */}
      <span className="item-link__main">
        <span className="item-link__title">{item.title}</span>
        {item.type === 'post' ? <span className="item-link__badge item-link__badge--post">{t('item.type.post')}</span> : null}
        {item.postStatus ? <StatusChip status={item.postStatus} compact /> : null}
        {item.canEdit || !showReadOnly ? null : (
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

export function ItemIcon({ type = 'doc' }: { type?: ItemSummary['type'] }) {
  return (
    <span className="item-link__icon" aria-hidden="true">
      {type === 'post' ? <Newspaper size={22} /> : <FileText size={22} />}
    </span>
  );
}
