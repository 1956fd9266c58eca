import { personLabel, type PostDetail, type PostStatus, type ReviewPostBody } from '@kopa/protocol';
import type { SerializedEditorState } from 'lexical';
import { ArrowRight, Check, CircleCheck, Globe, MessageSquare, MessageSquareWarning, Search, Send, Undo2 } from 'lucide-react';
import { memo, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { MessageForm } from './MessageForm';
import { missingDescriptions } from './missing-descriptions';
import { postsApi } from './posts-api';
import { showMissingDescription } from './show-missing-description';
import { StatusChip } from './StatusChip';
import './WorkflowBar.css';

export interface WorkflowBarProps {
  post: PostDetail;
  /** The content as the editor has it now (to say which pictures need a description), or null before it is there. */
  readContent(): Promise<SerializedEditorState> | null;
  /** The post changed on the server: fetch it again. */
  onChanged(): void;
}

type Form = 'submit' | 'comment' | 'request_changes' | 'unpublish';
/** News of this user's last step; `upTo` is the number of review entries it covers: a later step by someone else hides it. */
type Feedback = { tone: 'success' | 'error'; text: string; upTo: number; canShow?: boolean } | null;

/** Decisions wait on a submitted (or approved) version; the server says the same. */
const AWAITING: readonly PostStatus[] = ['submitted', 'approved'];

/** Who can read it now, for everyone who looks. */
const EXPLAIN = {
  draft: 'postEdit.explain.draft',
  submitted: 'postEdit.explain.submitted',
  changes_requested: 'postEdit.explain.changes_requested',
  approved: 'postEdit.explain.approved',
  published: 'postEdit.explain.published',
} as const;

/** What the writers do next: only for those who may change the post. */
const NEXT_FOR_WRITERS = {
  draft: 'postEdit.explain.draftNext',
  changes_requested: 'postEdit.explain.changes_requestedNext',
  published: 'postEdit.explain.publishedNext',
} as const;

/**
 * Where the post stands and the next step for whoever is looking: pupils submit it,
 * teachers comment, ask for changes, approve, publish or unpublish it. Memoised, like the
 * details panel: typing in the post leaves it alone.
 */
export const WorkflowBar = memo(function WorkflowBar({ post, readContent, onChanged }: WorkflowBarProps) {
  const t = useT();
  const [form, setForm] = useState<Form | null>(null);
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<Feedback>(null);
  const feedback = news && post.reviews.length <= news.upTo ? news : null;
  const barRef = useRef<HTMLElement>(null);
  const stateRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  // After a step the focus goes where the result shows (the button pressed is usually gone):
  // to the error at once, to the status once the post read again has the step in it.
  const focusAfterStep = useRef(false);
  useEffect(() => {
    if (!focusAfterStep.current || !news) return;
    const target = news.tone === 'error' ? errorRef.current : post.reviews.length >= news.upTo ? stateRef.current : null;
    if (!target) return;
    focusAfterStep.current = false;
    target.focus();
  }, [news, post.reviews.length]);
  const nextStep = post.canEdit && !post.archived && post.status in NEXT_FOR_WRITERS ? NEXT_FOR_WRITERS[post.status as keyof typeof NEXT_FOR_WRITERS] : null;

  const canSubmit = post.canSubmit && !post.archived && post.status !== 'submitted';
  const canDecide = post.canReview && !post.archived && AWAITING.includes(post.status);
  const canApprove = canDecide && post.status === 'submitted';
  const canPublish = post.canPublish && !post.archived && AWAITING.includes(post.status);
  const canUnpublish = post.canPublish && post.publishedAt !== null;
  // The note that goes with where the post stands, right where the reader looks next (the whole timeline is
  // further down): what the team is asked to change, or what the team asked the reviewers.
  const noteAction = post.status === 'changes_requested' ? 'request_changes' : post.status === 'submitted' ? 'submit' : null;
  const note = noteAction
    ? [...post.reviews].sort((a, b) => b.createdAt - a.createdAt).find((review) => review.action === noteAction)
    : undefined;

  /**
   * Why the server refused, in the reader's words; pictures without a description counted from the content
   * (and whether there is one to show).
   */
  const refusal = async (error: unknown): Promise<{ text: string; canShow?: boolean }> => {
    if (!(error instanceof ApiRequestError)) return { text: errorMessage(error, t) };
    if (error.code === 'wrong_status') return { text: t('postEdit.wrongStatus') };
    if (error.code !== 'alt_text_missing') return { text: errorMessage(error, t) };
    const content = await readContent();
    if (!content) return { text: errorMessage(error, t) };
    const missing = missingDescriptions(content, post);
    const parts = [
      missing.pictures > 0 ? t('postEdit.altMissing.pictures', { count: missing.pictures }) : null,
      missing.cover ? t('postEdit.altMissing.cover') : null,
    ].filter(Boolean);
    // The server counts the version it froze; if the editor already shows every description, say it plainly.
    return parts.length > 0 ? { text: `${parts.join(' ')} ${t('postEdit.altMissing.how')}`, canShow: post.canEdit } : { text: errorMessage(error, t) };
  };

  const run = async (step: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setNews(null);
    try {
      await step();
      setForm(null);
      // Each step adds one entry to the review timeline.
      setNews({ tone: 'success', text: done, upTo: post.reviews.length + 1 });
    } catch (error) {
      setNews({ tone: 'error', ...(await refusal(error)), upTo: post.reviews.length });
    } finally {
      focusAfterStep.current = true;
      setBusy(false);
      onChanged();
    }
  };

  const review = (action: ReviewPostBody['action'], message: string, done: string) =>
    run(() => postsApi.review(post.id, { action, message }), done);

  const cancel = () => {
    setForm(null);
    setNews(null);
  };

  const open = (next: Form) => {
    setNews(null);
    setForm(form === next ? null : next);
  };

  return (
    <section className="workflow-bar" aria-labelledby="workflow-heading" ref={barRef}>
      <h2 id="workflow-heading" className="visually-hidden">
        {t('postEdit.workflow')}
      </h2>
      <div className="workflow-bar__state" ref={stateRef} tabIndex={-1}>
        <StatusChip status={post.status} />
        <p className="workflow-bar__explain">
          {t(EXPLAIN[post.status])}
          {nextStep ? ` ${t(nextStep)}` : null}
        </p>
        {post.publishedAt !== null ? (
          <Link href={`/blog/${post.id}`} className="workflow-bar__published">
            {t('postEdit.readPublished')}
            <ArrowRight size={18} aria-hidden="true" />
          </Link>
        ) : null}
        {/* Kept in the page, empty, so the news of a step is announced when it arrives. */}
        <div aria-live="polite" className="workflow-bar__feedback">
          {feedback?.tone === 'success' ? (
            <p className="workflow-bar__done">
              <Check size={18} aria-hidden="true" />
              {feedback.text}
            </p>
          ) : null}
        </div>
      </div>

      {note?.message ? (
        <figure className={`workflow-bar__note workflow-bar__note--${note.action}`}>
          <blockquote className="workflow-bar__note-text">{note.message}</blockquote>
          <figcaption className="workflow-bar__note-by">
            {t(note.action === 'submit' ? 'postEdit.submitBy' : 'postEdit.requestBy', {
              name: personLabel(note.author.displayName, note.author.country),
            })}
          </figcaption>
        </figure>
      ) : null}

      {canSubmit || post.canReview || canPublish || canUnpublish ? (
        <div className="workflow-bar__actions" role="group" aria-label={t('postEdit.actions')}>
          {canSubmit ? (
            <Button icon={<Send size={18} />} onClick={() => open('submit')} aria-expanded={form === 'submit'} disabled={busy}>
              {post.publishedAt !== null ? t('postEdit.submitUpdate') : t('postEdit.submit')}
            </Button>
          ) : null}
          {post.canReview && !post.archived ? (
            <Button variant="secondary" icon={<MessageSquare size={18} />} onClick={() => open('comment')} aria-expanded={form === 'comment'} disabled={busy}>
              {t('postEdit.comment')}
            </Button>
          ) : null}
          {canDecide ? (
            <Button
              variant="secondary"
              icon={<MessageSquareWarning size={18} />}
              onClick={() => open('request_changes')}
              aria-expanded={form === 'request_changes'}
              disabled={busy}
            >
              {t('postEdit.requestChanges')}
            </Button>
          ) : null}
          {canApprove ? (
            <Button
              variant="secondary"
              icon={<CircleCheck size={18} />}
              onClick={() => void review('approve', '', t('postEdit.done.approve'))}
              disabled={busy}
            >
              {t('postEdit.approve')}
            </Button>
          ) : null}
          {canPublish ? (
            <Button icon={<Globe size={18} />} onClick={() => void run(() => postsApi.publish(post.id), t('postEdit.done.publish'))} disabled={busy}>
              {post.publishedAt !== null ? t('postEdit.publishUpdate') : t('postEdit.publish')}
            </Button>
          ) : null}
          {canUnpublish ? (
            <Button variant="ghost" icon={<Undo2 size={18} />} onClick={() => open('unpublish')} aria-expanded={form === 'unpublish'} disabled={busy}>
              {t('postEdit.unpublish')}
            </Button>
          ) : null}
        </div>
      ) : null}

      {form === 'submit' ? (
        <MessageForm
          title={t('postEdit.submit')}
          label={t('postEdit.submitMessage')}
          hint={t('postEdit.submitHint')}
          submitLabel={t('postEdit.submitSend')}
          busy={busy}
          onSubmit={(message) => void run(() => postsApi.submit(post.id, message), t('postEdit.done.submit'))}
          onCancel={cancel}
        />
      ) : null}
      {form === 'comment' ? (
        <MessageForm
          title={t('postEdit.comment')}
          label={t('postEdit.commentMessage')}
          required
          submitLabel={t('postEdit.commentSend')}
          busy={busy}
          onSubmit={(message) => void review('comment', message, t('postEdit.done.comment'))}
          onCancel={cancel}
        />
      ) : null}
      {form === 'request_changes' ? (
        <MessageForm
          title={t('postEdit.requestChanges')}
          label={t('postEdit.requestChangesMessage')}
          hint={t('postEdit.requestChangesHint')}
          required
          submitLabel={t('postEdit.requestChangesSend')}
          busy={busy}
          onSubmit={(message) => void review('request_changes', message, t('postEdit.done.request_changes'))}
          onCancel={cancel}
        />
      ) : null}
      {form === 'unpublish' ? (
        <MessageForm
          title={t('postEdit.unpublish')}
          label={t('postEdit.unpublishReason')}
          required
          tone="danger"
          submitLabel={t('postEdit.unpublishSend')}
          busy={busy}
          onSubmit={(reason) => void run(() => postsApi.unpublish(post.id, reason), t('postEdit.done.unpublish'))}
          onCancel={cancel}
        >
          <p>{t('postEdit.unpublishConfirm')}</p>
        </MessageForm>
      ) : null}

      {feedback?.tone === 'error' ? (
        <div ref={errorRef} tabIndex={-1} className="workflow-bar__error">
          <Banner
            tone="error"
            action={
              feedback.canShow ? (
                <Button variant="secondary" icon={<Search size={18} />} onClick={() => barRef.current && showMissingDescription(barRef.current)}>
                  {t('postEdit.altMissing.show')}
                </Button>
              ) : null
            }
          >
            {feedback.text}
          </Banner>
        </div>
      ) : null}
    </section>
  );
});
