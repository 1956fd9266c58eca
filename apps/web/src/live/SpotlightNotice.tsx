import type { LiveParticipant, LiveSpotlight } from '@kopa/protocol';
import { Crosshair } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { useT } from '../i18n/use-t';
import { nameOf } from './live-roster';
import { itemFromPath, itemHref } from './live-routes';
import './SpotlightNotice.css';

/** For participants: where the host brought everyone, whether they are kept there, and the way back. */
export function SpotlightNotice({ spotlight, participants }: { spotlight: LiveSpotlight; participants: LiveParticipant[] }) {
  const t = useT();
  const [location] = useLocation();
  const name = nameOf(participants, spotlight.byUserId) ?? t('live.someHost');
  const there = itemFromPath(location)?.itemId === spotlight.itemId;
  return (
    <div className="spotlight-notice">
      <Crosshair size={18} aria-hidden="true" className="spotlight-notice__icon" />
      <p className="spotlight-notice__text">
        {t(spotlight.follow ? 'live.spotlight.kept' : 'live.spotlight.brought', { name, title: spotlight.title })}
      </p>
      {there ? null : (
        <Link href={itemHref(spotlight.itemType, spotlight.itemId)} className="spotlight-notice__go">
          {t('live.spotlight.go')}
        </Link>
      )}
    </div>
  );
}
