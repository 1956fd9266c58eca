import type { ItemSummary } from '@kopa/protocol';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { itemHref } from './live-routes';
import type { RevertedNote } from './live-reverted';
import './RevertedNotice.css';

interface RevertedNoticeProps {
  note: RevertedNote;
  onClose(): void;
  /** Elsewhere than on the item's page: the item, when its kind is known, is a link away. */
  item?: Pick<ItemSummary, 'id' | 'type'> | null;
  /** Floating above the lesson's bar (a shadow, a little smaller) rather than across the page. */
  floating?: boolean;
}

/**
 * "Carmen took back your recent changes to “Our first words”", calmly, until the
 * pupil closes it: so the words do not seem lost. Not a live region: the lesson's
 * own (RevertedAnnouncer) says it once, wherever the notice shows.
 */
export function RevertedNotice({ note, onClose, item, floating = false }: RevertedNoticeProps) {
  const t = useT();
  return (
    <section className={`reverted-notice${floating ? ' reverted-notice--floating' : ''}`} aria-label={t('live.reverted.label')}>
      <Banner tone="info" announce={false}>
        <p className="reverted-notice__text">{t('live.reverted.notice', { name: note.byName, title: note.itemTitle })}</p>
        <p className="reverted-notice__hint">{t('live.reverted.hint')}</p>
        <div className="reverted-notice__actions">
          <Button variant="secondary" onClick={onClose}>
            {t('live.reverted.ok')}
          </Button>
          {item ? (
            <Link href={itemHref(item.type, item.id)} className="reverted-notice__link">
              {t('live.reverted.open', { title: note.itemTitle })}
            </Link>
          ) : null}
        </div>
      </Banner>
    </section>
  );
}

/** Says each new note once, to screen readers, wherever (and however often) its notice is drawn. */
export function RevertedAnnouncer({ notes }: { notes: readonly RevertedNote[] }) {
  const t = useT();
  const latest = notes[0];
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {latest ? (
        <span key={latest.at}>
          {t('live.reverted.notice', { name: latest.byName, title: latest.itemTitle })} {t('live.reverted.hint')}
        </span>
      ) : null}
    </p>
  );
}
