import { colorForUser, personLabel, type ReviewAction, type ReviewEntry } from '@kopa/protocol';
import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { RelativeTime } from '../history/RelativeTime';
import { Avatar } from '../ui/Avatar';
import './ReviewTimeline.css';

const SAID = {
  submit: 'postEdit.timeline.submit',
  comment: 'postEdit.timeline.comment',
  request_changes: 'postEdit.timeline.request_changes',
  approve: 'postEdit.timeline.approve',
  publish: 'postEdit.timeline.publish',
  unpublish: 'postEdit.timeline.unpublish',
} as const satisfies Record<ReviewAction, string>;

/** The review so far, newest first: who did what, when, and what they wrote. Memoised: typing in the post leaves it alone. */
export const ReviewTimeline = memo(function ReviewTimeline({ reviews }: { reviews: ReviewEntry[] }) {
  const t = useT();
  const newestFirst = [...reviews].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section className="review-timeline" aria-labelledby="review-timeline-heading">
      <h2 id="review-timeline-heading" className="review-timeline__heading">
        {t('postEdit.timeline')}
      </h2>
      {newestFirst.length === 0 ? (
        <p className="review-timeline__empty">{t('postEdit.timeline.empty')}</p>
      ) : (
        <ol className="review-timeline__list">
          {newestFirst.map((entry) => {
            const who = personLabel(entry.author.displayName, entry.author.country);
            return (
              <li key={entry.id} className={`review-timeline__entry review-timeline__entry--${entry.action}`}>
                {/* The sentence names them already: the avatar is only a face for the eye. */}
                <span aria-hidden="true">
                  <Avatar name={entry.author.displayName} label={who} color={colorForUser(entry.author.userId)} size="s" />
                </span>
                <div className="review-timeline__body">
                  <p className="review-timeline__what">
                    <span>{t(SAID[entry.action], { name: who })}</span>
                    <span className="review-timeline__when">
                      <RelativeTime at={entry.createdAt} />
                    </span>
                  </p>
                  {entry.message ? <blockquote className="review-timeline__message">{entry.message}</blockquote> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
