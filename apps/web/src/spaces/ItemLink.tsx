import type { ItemSummary } from '@kopa/protocol';
import { ChevronRight, FileText, Lock } from 'lucide-react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import './ItemLink.css';

/** A document to open: a big target with its title, and "Read only" when the reader may not change it. */
export function ItemLink({ item, showReadOnly = true }: { item: ItemSummary; showReadOnly?: boolean }) {
  const t = useT();
  return (
    <Link href={`/items/${item.id}`} className="item-link" aria-label={t('item.open', { title: item.title })}>
      <ItemIcon />
      <span className="item-link__title">{item.title}</span>
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

export function ItemIcon() {
  return (
    <span className="item-link__icon" aria-hidden="true">
      <FileText size={22} />
    </span>
  );
}
