import { CalendarDays, Languages } from 'lucide-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiRequestError } from '../../api/api-client';
import { useLocale, useT } from '../../i18n/use-t';
import { useVisits } from '../../mobilities/use-visits';
import { languageName } from '../../partnerships/places';
import { useMe } from '../../session/use-session';
import { BackLink } from '../../ui/BackLink';
import { Banner } from '../../ui/Banner';
import { LoadStatus } from '../../ui/LoadStatus';
import { PageShell } from '../../ui/PageShell';
import { CommentsSection } from './CommentsSection';
import { CoverImage } from './CoverImage';
import { PostLanguages } from './PostLanguages';
import { ReactionsBar } from './ReactionsBar';
import { ReportButton } from './ReportButton';
import { UnsentComment } from './UnsentComment';
import { phaseHeading } from './phase-heading';
import { useCreditNames } from './use-credit-names';
import { usePublishedPost } from './use-published-post';
import { PrintButton } from '../../print/PrintButton';
import { TextReadAloud } from '../../read-aloud/TextReadAloud';
import './PostReaderPage.css';

/** `/blog/:id`: a published post to read, react to and talk about, live. */
export function PostReaderPage({ itemId }: { itemId: string }) {
  const t = useT();
  const intl = useIntl();
  const me = useMe();
  const { locale } = useLocale();
  const { full } = useCreditNames();
  const visits = useVisits(me.partnershipId);
  const { post, comments, reactions, reload, reacted, commentChanged } = usePublishedPost(itemId);
  const gone = post.status === 'failed' && post.error instanceof ApiRequestError && post.error.status === 404;
  // What the reader was typing when the post left the blog: shown so it is not lost.
  const [unsentComment, setUnsentComment] = useState('');

  if (post.status !== 'ready') {
    return (
      <PageShell>
        <BackLink href="/blog">{t('blog.post.back')}</BackLink>
        {gone ? <Banner tone="info">{t('blog.post.gone')}</Banner> : <LoadStatus state={post} onRetry={reload} />}
        {gone && unsentComment.trim() !== '' ? <UnsentComment text={unsentComment} /> : null}
      </PageShell>
    );
  }

  const { meta } = post.post;
  const mobility = visits.state.status === 'ready' ? visits.state.mobilities.find((candidate) => candidate.id === meta.mobilityId) : undefined;
  return (
    <PageShell>
      <BackLink href="/blog">{t('blog.post.back')}</BackLink>
      <article className="post-reader" aria-labelledby="post-title">
        {meta.cover ? (
          <figure className="post-reader__cover">
            <CoverImage image={meta.cover} alt={meta.coverAlt} sizes="(max-width: 46rem) 100vw, 46rem" eager />
          </figure>
        ) : null}
        <header className="post-reader__head">
          {mobility ? <p className="post-reader__visit">{phaseHeading(mobility, meta.phase, t)}</p> : null}
          <h1 className="post-reader__title" id="post-title" lang={meta.language}>
            {post.post.title}
          </h1>
          {post.post.credits.length > 0 ? <p className="post-reader__credits">{t('blog.post.writtenBy', { names: full(post.post.credits) })}</p> : null}
          <ul className="post-reader__facts">
            <li>
              <CalendarDays size={18} aria-hidden="true" />
              {t('blog.post.published', { date: intl.formatDate(post.post.publishedAt, { dateStyle: 'long' }) })}
            </li>
            <li>
              <Languages size={18} aria-hidden="true" />
              {t('blog.post.language', { language: languageName(locale, meta.language) })}
            </li>
          </ul>
          {meta.themes.length > 0 ? (
            <ul className="post-reader__themes" aria-label={t('blog.card.themes')}>
              {meta.themes.map((theme) => (
                <li key={theme}>{theme}</li>
              ))}
            </ul>
          ) : null}
          <TextReadAloud from=".post-reader .post-content" language={meta.language} />
        </header>
        {/* In each language it is written in, or two of them side by side. */}
        <PostLanguages post={post.post} />
        <footer className="post-reader__footer">
          <ReactionsBar itemId={itemId} reactions={reactions} canReact={post.post.canComment} onReacted={reacted} />
          <ReportButton targetType="post" targetId={itemId} label={t('blog.report.postLabel')} />
          <PrintButton />
        </footer>
      </article>
      <CommentsSection
        itemId={itemId}
        state={comments}
        canComment={post.post.canComment}
        canModerate={post.post.canModerate}
        onChanged={commentChanged}
        onRetry={reload}
        onDraft={setUnsentComment}
      />
    </PageShell>
  );
}
