import { personLabel, type PostAwaitingReview } from '@kopa/protocol';
import { ChevronRight } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { StatusChip } from '../blog/StatusChip';
import { useT } from '../i18n/use-t';
import { LoadStatus } from '../ui/LoadStatus';
import { moderationApi } from './moderation-api';
import './ReviewQueue.css';
import { EmptyState } from '../ui/EmptyState';

type QueueState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; posts: PostAwaitingReview[] };

/** The posts that wait for a teacher: submitted, or approved and not published yet. Longest waiting first. */
export function ReviewQueue({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const intl = useIntl();
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    moderationApi.waiting(partnershipId).then(
      (posts) => current && setState({ status: 'ready', posts }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [partnershipId, attempt]);

  return (
    <section className="review-queue" aria-labelledby="review-queue-heading">
      <h2 className="review-queue__heading" id="review-queue-heading">
        {t('moderation.review.heading')}
      </h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && state.posts.length === 0 ? <EmptyState picture="calm" compact>
          {t('moderation.review.empty')}
        </EmptyState> : null}
      {state.status === 'ready' && state.posts.length > 0 ? (
        <ul className="review-queue__list">
          {state.posts.map((post) => (
            <li key={post.id}>
              <Link href={`/posts/${encodeURIComponent(post.id)}`} className="review-queue__post">
                <span className="review-queue__text">
                  <span className="review-queue__title">{post.title}</span>
                  <span className="review-queue__facts">
                    {t('moderation.review.space', { space: post.space.title })}
                    {post.submittedBy && post.submittedAt !== null ? (
                      <>
                        {' · '}
                        {t('moderation.review.byWhen', {
                          name: personLabel(post.submittedBy.displayName, post.submittedBy.country),
                          date: intl.formatDate(post.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                        })}
                      </>
                    ) : null}
                  </span>
                </span>
                <StatusChip status={post.status} compact />
                <ChevronRight size={20} aria-hidden="true" className="review-queue__chevron" />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
