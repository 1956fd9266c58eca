import { CircleCheck, X } from 'lucide-react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { itemHref } from './live-routes';
import type { EndedLesson } from './use-live-session';
import './LiveEndedNote.css';

/** After the host ended the lesson: the panel is gone, and this says where the summary is. */
export function LiveEndedNote({ ended, onClose }: { ended: EndedLesson; onClose(): void }) {
  const t = useT();
  return (
    <section className="live-ended" aria-label={t('live.ended.label')}>
      <CircleCheck className="live-ended__icon" size={22} aria-hidden="true" />
      <div className="live-ended__text" role="status">
        <p>{ended.summaryItemId ? t('live.ended.withSummary', { space: ended.spaceName }) : t('live.ended.plain')}</p>
        {ended.summaryItemId ? (
          <Link href={itemHref('doc', ended.summaryItemId)} className="live-ended__link" onClick={onClose}>
            {t('live.ended.openSummary')}
          </Link>
        ) : (
          <Link href={`/spaces/${encodeURIComponent(ended.spaceId)}`} className="live-ended__link" onClick={onClose}>
            {t('live.ended.openSpace', { space: ended.spaceName })}
          </Link>
        )}
      </div>
      <IconButton label={t('live.ended.close')} icon={<X size={20} />} onClick={onClose} />
    </section>
  );
}
