import type { BlogEntry } from '@kopa/protocol';
import { CalendarDays, Languages, MessageCircle, Newspaper, SmilePlus } from 'lucide-react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useLocale, useT } from '../../i18n/use-t';
import { languageName } from '../../partnerships/places';
import { CoverImage } from './CoverImage';
import { PostCardLanguages } from './PostCardLanguages';
import { useCreditNames } from './use-credit-names';
import './PostCard.css';

/**
 * One published post in the blog list; the whole card opens it. Its title is a heading one level
 * below the section's, or of the second level where the list has no section headings.
 */
export function PostCard({ entry, eager, headingLevel = 3 }: { entry: BlogEntry; eager?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT();
  const intl = useIntl();
  const { locale } = useLocale();
  const { short } = useCreditNames();
  const titleId = useId();
  const { meta } = entry;

  return (
    <article className="post-card" aria-labelledby={titleId}>
      <div className={meta.cover ? 'post-card__cover' : 'post-card__cover post-card__cover--none'}>
        {meta.cover ? (
          <CoverImage image={meta.cover} alt={meta.coverAlt} sizes="(max-width: 640px) 100vw, 24rem" eager={eager} />
        ) : (
          <div className="post-card__no-cover" aria-hidden="true">
            <Newspaper size={40} />
          </div>
        )}
      </div>
      <div className="post-card__body">
        <Heading className="post-card__title" id={titleId} lang={meta.language}>
          <Link href={`/blog/${encodeURIComponent(entry.id)}`} className="post-card__link">
            {entry.title}
          </Link>
        </Heading>
        {entry.excerpt ? (
          <p className="post-card__excerpt" lang={meta.language}>
            {entry.excerpt}
          </p>
        ) : null}
        {entry.credits.length > 0 ? <p className="post-card__credits">{t('blog.card.by', { names: short(entry.credits) })}</p> : null}
        {meta.themes.length > 0 ? (
          <ul className="post-card__themes" aria-label={t('blog.card.themes')}>
            {meta.themes.map((theme) => (
              <li key={theme} className="post-card__theme">
                {theme}
              </li>
            ))}
          </ul>
        ) : null}
        <ul className="post-card__facts">
          {entry.translationLanguages.length > 0 ? (
            <PostCardLanguages languages={[meta.language, ...entry.translationLanguages]} />
          ) : (
            <li>
              <Languages size={16} aria-hidden="true" />
              {languageName(locale, meta.language)}
            </li>
          )}
          <li>
            <CalendarDays size={16} aria-hidden="true" />
            <time dateTime={new Date(entry.publishedAt).toISOString()}>{intl.formatDate(entry.publishedAt, { dateStyle: 'medium' })}</time>
          </li>
          <li aria-label={t('blog.card.reactions', { count: entry.reactionCount })}>
            <SmilePlus size={16} aria-hidden="true" />
            <span aria-hidden="true">{entry.reactionCount}</span>
          </li>
          <li aria-label={t('blog.card.comments', { count: entry.commentCount })}>
            <MessageCircle size={16} aria-hidden="true" />
            <span aria-hidden="true">{entry.commentCount}</span>
          </li>
        </ul>
      </div>
    </article>
  );
}
