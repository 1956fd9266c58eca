import type { MessageId } from '@kopa/i18n';
import type { ModerationReport, ResolveReportBody } from '@kopa/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { LoadStatus } from '../ui/LoadStatus';
import { moderationApi } from './moderation-api';
import { ReportCard } from './ReportCard';
import './ReportQueue.css';
import { EmptyState } from '../ui/EmptyState';

type QueueState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; reports: ModerationReport[] };

const DONE: Record<ResolveReportBody['action'], MessageId> = {
  dismiss: 'moderation.done.dismiss',
  hide_comment: 'moderation.done.hideComment',
  delete_comment: 'moderation.done.deleteComment',
  unpublish_post: 'moderation.done.unpublishPost',
};

/** The open reports, newest first; handled ones too on request. */
export function ReportQueue({ partnershipId, onCount }: { partnershipId: string; onCount(open: number): void }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const listRef = useRef<HTMLUListElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // After acting on a report its buttons are gone: once the queue is read again, the focus goes to the
  // open report that now stands where it stood (the next one), or to the news of what was done.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null || state.status !== 'ready') return;
    const open = state.reports.filter((report) => report.resolvedAt === null);
    const next = open[Math.min(focusAt.current, open.length - 1)];
    focusAt.current = null;
    const card = next ? listRef.current?.querySelector<HTMLElement>(`[data-report-id="${CSS.escape(next.id)}"]`) : null;
    (card ?? noticeRef.current)?.focus();
  }, [state]);

  useEffect(() => {
    let current = true;
    moderationApi.reports(partnershipId, showAll ? 'all' : 'open').then(
      (reports) => {
        if (!current) return;
        setState({ status: 'ready', reports });
        onCount(reports.filter((report) => report.resolvedAt === null).length);
      },
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [partnershipId, showAll, attempt, onCount]);

  // Acting on one report settles every open report of the same post or comment: ask again.
  const resolved = (report: ModerationReport, action: ResolveReportBody['action']) => {
    const openBefore = reports.filter((candidate) => candidate.resolvedAt === null);
    focusAt.current = Math.max(0, openBefore.findIndex((candidate) => candidate.id === report.id));
    setNotice(t(DONE[action], { title: report.postTitle }));
    reload();
  };

  const reports = state.status === 'ready' ? state.reports : [];
  return (
    <div className="report-queue">
      {/* The tab names the list for the eye; the reports' own headings (third level) need one above them. */}
      <h2 className="visually-hidden">{t('moderation.tab.reports')}</h2>
      <label className="report-queue__toggle">
        <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
        {t('moderation.showHandled')}
      </label>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="report-queue__notice">
          <Banner tone="success">{notice}</Banner>
        </div>
      ) : null}
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && reports.length === 0 ? <EmptyState picture="calm" compact>
          {t('moderation.empty')}
        </EmptyState> : null}
      {reports.length > 0 ? (
        <ul className="report-queue__list" ref={listRef}>
          {reports.map((report) => (
            <li key={report.id}>
              <ReportCard report={report} onResolved={resolved} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
