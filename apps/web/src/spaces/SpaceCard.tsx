import type { SpaceSummary } from '@kopa/protocol';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { itemCounts } from './item-counts';
import { ItemLink } from './ItemLink';
import { NewDocumentForm } from './NewDocumentForm';
import { SpaceKindBadge } from './SpaceKindBadge';
import { SpacePresence } from './SpacePresence';
import './SpaceCard.css';

/**
 * One space: what kind, who is here now, and what is in it (documents, boards, blog posts, counted
 * by kind). Its title is an h3, or an h4 under a group heading, and opens the space's own page (where they are arranged).
 */
export function SpaceCard({ space, headingLevel = 3 }: { space: SpaceSummary; headingLevel?: 3 | 4 }) {
  const t = useT();
  const headingId = `space-${space.id}`;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const listed = space.items.filter((item) => !item.archived);

  return (
    <article className="space-card" aria-labelledby={headingId}>
      <header className="space-card__header">
        <SpaceKindBadge kind={space.kind} />
        <Heading id={headingId} className="space-card__title">
          <Link href={`/spaces/${space.id}`} className="space-card__link">
            {space.title}
          </Link>
        </Heading>
        <SpacePresence spaceId={space.id} />
      </header>

      <p className="space-card__count">
        {listed.length === 0 ? t('space.count.none') : itemCounts(listed).map(({ type, count }) => t(`space.count.${type}`, { count })).join(' · ')}
      </p>
      {listed.length > 0 ? (
        <ul className="space-card__items">
          {listed.map((item) => (
            <li key={item.id}>
              <ItemLink item={item} />
            </li>
          ))}
        </ul>
      ) : null}
      {space.canEdit ? <NewDocumentForm spaceId={space.id} /> : null}
    </article>
  );
}
