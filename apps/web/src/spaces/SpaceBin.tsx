import type { ItemSummary } from '@kopa/protocol';
import { RotateCcw } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { ItemIcon } from './ItemLink';
import './SpaceBin.css';

/** Teachers only: the space's deleted documents, newest first, each with a way back. */
export function SpaceBin({ items, onRestore }: { items: ItemSummary[]; onRestore(item: ItemSummary): void }) {
  const t = useT();
  return (
    <section className="space-bin" aria-labelledby="bin-heading">
      <h2 id="bin-heading" className="space-bin__heading">
        {t('spacePage.binHeading')}
      </h2>
      <p className="space-bin__hint">{t('spacePage.binHint')}</p>
      {items.length === 0 ? (
        <p className="space-bin__empty">{t('spacePage.binEmpty')}</p>
      ) : (
        <ul className="space-bin__list">
          {items.map((item) => (
            <li key={item.id} className="space-bin__item">
              <ItemIcon type={item.type} />
              <span className="space-bin__title">{item.title}</span>
              <Button
                variant="secondary"
                icon={<RotateCcw size={18} />}
                aria-label={t('item.restoreLabel', { title: item.title })}
                onClick={() => onRestore(item)}
              >
                {t('item.restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
