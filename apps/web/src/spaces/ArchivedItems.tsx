import type { ItemSummary } from '@kopa/protocol';
import { ArchiveRestore } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { ItemLink } from './ItemLink';
import './ArchivedItems.css';

export interface ArchivedItemsProps {
  items: ItemSummary[];
  /** May bring them back into the list (the server decides again). */
  canArrange: boolean;
  onBringBack(item: ItemSummary): void;
}

/** Archived documents, below the list: kept, to read, and for members a way back into the list. */
export function ArchivedItems({ items, canArrange, onBringBack }: ArchivedItemsProps) {
  const t = useT();
  return (
    <section className="archived-items" aria-labelledby="archived-heading">
      <h2 id="archived-heading" className="archived-items__heading">
        {t('spacePage.archivedHeading')}
      </h2>
      <p className="archived-items__hint">{t('spacePage.archivedHint')}</p>
      <ul className="archived-items__list">
        {items.map((item) => (
          <li key={item.id} className="archived-items__item">
            <ItemLink item={item} showReadOnly={canArrange} />
            {canArrange ? (
              <Button
                variant="secondary"
                icon={<ArchiveRestore size={18} />}
                aria-label={t('item.bringBackLabel', { title: item.title })}
                onClick={() => onBringBack(item)}
              >
                {t('item.bringBack')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
