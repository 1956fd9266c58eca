import { colorForUser, type SupervisedItem } from '@kopa/protocol';
import { ArrowRight, Eye, LayoutDashboard, Undo2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { ItemIcon } from '../spaces/ItemLink';
import { Avatar } from '../ui/Avatar';
import type { LiveContextValue } from './live-context';
import { itemHref } from './live-routes';
import { excerptFor, openByNames, recentFirst } from './live-supervision';
import { RevertChanges } from './RevertChanges';
import { TimeAgo } from './TimeAgo';
import type { JoinedSession } from './use-live-session';
import './SupervisionCard.css';

interface SupervisionCardProps {
  live: LiveContextValue;
  session: JoinedSession;
  item: SupervisedItem;
  /** Now and the clock offset, for "12s ago" on the server's clock. */
  now: number;
  offset: number;
  /** May this host take back this person's changes? */
  mayTakeBack(userId: string): boolean;
}

const KIND = { doc: 'item.type.doc', board: 'item.type.board', post: 'item.type.post' } as const;

/**
 * One item of the lesson at a glance: what it is and where, a picture of a board
 * or the start of a text, who changed it and when (the latest first), who has it
 * open; a way into it, and for each pupil the host looks after, taking their
 * changes back.
 */
export function SupervisionCard({ live, session, item, now, offset, mayTakeBack }: SupervisionCardProps) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const formId = useId();
  const [reverting, setReverting] = useState<string | null>(null);
  const toggles = useRef(new Map<string, HTMLButtonElement | null>());
  const activity = recentFirst(item.activity);
  const openBy = openByNames(item.openBy, session.state.participants);
  const names = intl.formatList(openBy, { type: 'conjunction' });
  const pupil = activity.find((entry) => entry.userId === reverting) ?? null;

  const closeForm = () => {
    const userId = reverting;
    setReverting(null);
    if (userId) toggles.current.get(userId)?.focus();
  };

  return (
    <article className="supervision-card" aria-labelledby={titleId}>
      <header className="supervision-card__head">
        <ItemIcon type={item.itemType} />
        <div className="supervision-card__names">
          <h4 id={titleId} className="supervision-card__title">
            {item.title}
          </h4>
          <p className="supervision-card__space">
            <span className="visually-hidden">{t(KIND[item.itemType])}, </span>
            {item.spaceName}
          </p>
        </div>
      </header>
      <Preview item={item} />
      {openBy.length > 0 ? (
        <p className="supervision-card__open">
          <Eye size={16} aria-hidden="true" />
          <span>{t('live.overview.openBy', { names })}</span>
        </p>
      ) : null}
      {activity.length > 0 ? (
        <ul className="supervision-card__activity" aria-label={t('live.overview.changedBy')}>
          {activity.map((entry) => {
            const allowed = mayTakeBack(entry.userId);
            return (
              <li key={entry.userId} className="supervision-card__change">
                <Avatar name={entry.displayName} label={entry.displayName} color={colorForUser(entry.userId)} size="s" />
                <span className="supervision-card__who">
                  <span className="supervision-card__person">{entry.displayName}</span>
                  <span className="visually-hidden">, </span>
                  <TimeAgo at={entry.lastAt} now={now} offset={offset} />
                </span>
                {allowed ? (
                  <button
                    ref={(element) => {
                      toggles.current.set(entry.userId, element);
                    }}
                    type="button"
                    className="supervision-card__take-back"
                    aria-label={t('live.overview.takeBackLabel', { name: entry.displayName, title: item.title })}
                    aria-expanded={reverting === entry.userId}
                    aria-controls={reverting === entry.userId ? formId : undefined}
                    onClick={() => setReverting(reverting === entry.userId ? null : entry.userId)}
                  >
                    <Undo2 size={16} aria-hidden="true" />
                    {t('live.overview.takeBack')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="supervision-card__quiet">{t('live.overview.noChanges')}</p>
      )}
      {pupil ? (
        <RevertChanges
          id={formId}
          live={live}
          session={session}
          pupil={{ userId: pupil.userId, name: pupil.displayName }}
          items={[{ itemId: item.itemId, title: item.title, itemType: item.itemType }]}
          onClose={closeForm}
        />
      ) : null}
      <Link href={itemHref(item.itemType, item.itemId)} className="button button--secondary button--m supervision-card__go" aria-label={t('live.overview.openLabel', { title: item.title })}>
        {t('live.overview.open')}
        <ArrowRight size={18} aria-hidden="true" />
      </Link>
    </article>
  );
}

/** A board's picture (decoration: the title says what it is), or the start of a text. */
function Preview({ item }: { item: SupervisedItem }) {
  const t = useT();
  if (item.itemType === 'board') {
    if (item.thumbnailVersion === null) {
      return (
        <span className="supervision-card__picture supervision-card__picture--empty" aria-hidden="true">
          <LayoutDashboard size={28} />
        </span>
      );
    }
    const src = `/api/items/${encodeURIComponent(item.itemId)}/thumbnail.webp?v=${item.thumbnailVersion}`;
    return <img className="supervision-card__picture" src={src} alt="" width={320} height={200} loading="lazy" decoding="async" />;
  }
  const excerpt = excerptFor(item);
  return excerpt ? (
    <p className="supervision-card__excerpt">{excerpt}</p>
  ) : (
    <p className="supervision-card__excerpt supervision-card__excerpt--empty">{t('live.overview.excerptEmpty')}</p>
  );
}
