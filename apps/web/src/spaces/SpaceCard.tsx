import { colorForUser, personLabel, type SpaceSummary } from '@kopa/protocol';
import { ChevronRight, FileText, Flag, Lock, Plane, Users } from 'lucide-react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { useSpacePresence } from '../live/use-space-presence';
import { AvatarStack } from '../ui/AvatarStack';
import { NewDocumentForm } from './NewDocumentForm';
import './SpaceCard.css';

const KIND_ICONS = { partnership: Flag, team: Users, mobility: Plane };

/** One space: what kind, who is here now, and its documents. Its title is an h3, or an h4 under a group heading. */
export function SpaceCard({ space, headingLevel = 3 }: { space: SpaceSummary; headingLevel?: 3 | 4 }) {
  const t = useT();
  const present = useSpacePresence(space.id);
  const KindIcon = KIND_ICONS[space.kind];
  const headingId = `space-${space.id}`;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  return (
    <article className="space-card" aria-labelledby={headingId}>
      <header className="space-card__header">
        <span className={`space-card__kind space-card__kind--${space.kind}`}>
          <KindIcon size={16} aria-hidden="true" />
          {t(`space.kind.${space.kind}`)}
        </span>
        <Heading id={headingId} className="space-card__title">
          {space.title}
        </Heading>
        <div className="space-card__presence">
          {present.length > 0 ? (
            <>
              <span className="space-card__here">{t('space.hereNow')}</span>
              <AvatarStack
                size="s"
                label={t('space.hereNow')}
                people={present.map((member) => ({
                  id: member.userId,
                  name: member.displayName,
                  label: personLabel(member.displayName, member.country),
                  color: colorForUser(member.userId),
                }))}
              />
            </>
          ) : null}
        </div>
      </header>

      <p className="space-card__count">{t('space.itemsCount', { count: space.items.length })}</p>
      {space.items.length > 0 ? (
        <ul className="space-card__items">
          {space.items.map((item) => (
            <li key={item.id}>
              <Link href={`/items/${item.id}`} className="space-card__item" aria-label={t('item.open', { title: item.title })}>
                <span className="space-card__item-icon" aria-hidden="true">
                  <FileText size={22} />
                </span>
                <span className="space-card__item-title">{item.title}</span>
                {item.canEdit ? null : (
                  <span className="space-card__badge">
                    <Lock size={14} aria-hidden="true" />
                    {t('item.readOnly')}
                  </span>
                )}
                <ChevronRight size={20} aria-hidden="true" className="space-card__chevron" />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {space.canEdit ? <NewDocumentForm spaceId={space.id} /> : null}
    </article>
  );
}
