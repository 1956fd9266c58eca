import { personLabel, type ModerationReport, type ResolveReportBody } from '@kopa/protocol';
import { BookOpen } from 'lucide-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { MessageId, MessageValues } from '@kopa/i18n';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { moderationApi } from './moderation-api';
import { resolutionMessage } from './resolution-message';
import './ReportCard.css';

type Action = ResolveReportBody['action'];

/** The actions that cannot be taken back ask first. */
const CONFIRMED: ReadonlySet<Action> = new Set(['delete_comment', 'unpublish_post']);

export interface ReportCardProps {
  report: ModerationReport;
  onResolved(report: ModerationReport, action: Action): void;
}

/** One report: what was reported, the quote, why and by whom, and what a teacher can do about it. */
export function ReportCard({ report, onResolved }: ReportCardProps) {
  const t = useT();
  const intl = useIntl();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingId = `report-${report.id}`;
  const isComment = report.targetType === 'comment';

  const resolve = async (action: Action) => {
    setBusy(true);
    setFailure(null);
    try {
      onResolved(await moderationApi.resolve(report.id, { action, note: '' }), action);
    } catch (error) {
      setFailure(failureMessage(error, t));
      setBusy(false);
    }
  };
  const ask = (action: Action) => (CONFIRMED.has(action) ? setConfirming(action) : void resolve(action));

  const actions: { action: Action; label: string }[] = [
    { action: 'dismiss', label: t('moderation.action.dismiss') },
    ...(isComment
      ? [
          { action: 'hide_comment' as const, label: t('moderation.action.hideComment') },
          { action: 'delete_comment' as const, label: t('moderation.action.deleteComment') },
        ]
      : [{ action: 'unpublish_post' as const, label: t('moderation.action.unpublishPost') }]),
  ];

  return (
    <article
      className={report.resolvedAt === null ? 'report-card' : 'report-card report-card--resolved'}
      aria-labelledby={headingId}
      data-report-id={report.id}
      tabIndex={-1}
    >
      <h3 className="report-card__what" id={headingId}>
        {t(isComment ? 'moderation.report.comment' : 'moderation.report.post', { title: report.postTitle })}
      </h3>
      {report.excerpt ? <blockquote className="report-card__quote">{report.excerpt}</blockquote> : <p className="report-card__gone">{t('moderation.report.gone')}</p>}
      <dl className="report-card__facts">
        <div>
          <dt>{t('moderation.report.reason')}</dt>
          <dd className="report-card__reason">{report.reason}</dd>
        </div>
        <div>
          <dt>{t('moderation.report.by')}</dt>
          <dd>
            {t('moderation.report.byWhen', {
              name: personLabel(report.reporter.displayName, report.reporter.country),
              date: intl.formatDate(report.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </dd>
        </div>
        {report.resolvedAt !== null ? (
          <div>
            <dt>{t('moderation.report.handled')}</dt>
            <dd>
              {t('moderation.report.handledWhen', {
                what: resolutionMessage(report.resolution, t),
                who: report.resolvedBy ? personLabel(report.resolvedBy.displayName, report.resolvedBy.country) : '',
                date: intl.formatDate(report.resolvedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      <Link href={`/blog/${encodeURIComponent(report.itemId)}`} className="report-card__open">
        <BookOpen size={16} aria-hidden="true" />
        {t('moderation.report.open', { title: report.postTitle })}
      </Link>
      {report.resolvedAt !== null ? null : confirming ? (
        <ConfirmPanel
          label={t('moderation.confirm.label')}
          tone="danger"
          confirmLabel={t(confirming === 'delete_comment' ? 'moderation.confirm.deleteYes' : 'moderation.confirm.unpublishYes')}
          keepLabel={t('moderation.confirm.keep')}
          busy={busy}
          onConfirm={() => void resolve(confirming)}
          onKeep={() => setConfirming(null)}
        >
          <p>{t(confirming === 'delete_comment' ? 'moderation.confirm.deleteComment' : 'moderation.confirm.unpublishPost', { title: report.postTitle })}</p>
        </ConfirmPanel>
      ) : (
        <div className="report-card__actions" role="group" aria-label={t('moderation.report.actions', { title: report.postTitle })}>
          {actions.map(({ action, label }) => (
            <Button key={action} variant={action === 'hide_comment' ? 'primary' : 'secondary'} disabled={busy} onClick={() => ask(action)}>
              {label}
            </Button>
          ))}
        </div>
      )}
      {failure ? (
        <p className="report-card__error" role="alert">
          {failure}
        </p>
      ) : null}
    </article>
  );
}

/** The target changed since the queue was loaded: say what to do instead. */
function failureMessage(error: unknown, t: (id: MessageId, values?: MessageValues) => string): string {
  if (error instanceof ApiRequestError && error.code === 'conflict') return t('moderation.error.commentGone');
  if (error instanceof ApiRequestError && error.code === 'wrong_status') return t('moderation.error.notPublished');
  return errorMessage(error, t);
}
