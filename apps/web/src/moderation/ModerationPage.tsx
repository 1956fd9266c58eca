import type { MessageId } from '@kopa/i18n';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useMe } from '../session/use-session';
import { PageShell } from '../ui/PageShell';
import { AuditLog } from './AuditLog';
import { ReportQueue } from './ReportQueue';
import { ReviewQueue } from './ReviewQueue';
import './ModerationPage.css';

const TABS = ['review', 'reports', 'audit'] as const;
type Tab = (typeof TABS)[number];

const TAB_LABELS = {
  review: 'moderation.tab.review',
  reports: 'moderation.tab.reports',
  audit: 'moderation.tab.audit',
} as const satisfies Record<Tab, MessageId>;

/** `/moderation`: the posts waiting for review, the teachers' queue of reports, and the audit log of what was done. */
export function ModerationPage() {
  const t = useT();
  const me = useMe();
  const [tab, setTab] = useState<Tab>('review');
  const [open, setOpen] = useState<number | null>(null);
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ review: null, reports: null, audit: null });
  const onCount = useCallback((count: number) => setOpen(count), []);

  // Tabs as the ARIA pattern has them: arrow keys move between them, Tab goes on into the panel.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = TABS.indexOf(tab);
    const next = event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS[TABS.length - 1] : TABS[(index + step + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next);
    tabs.current[next]?.focus();
  };

  if (!me.partnershipId) return null;
  return (
    <PageShell>
      <header className="moderation__head">
        <h1 className="moderation__title">{t('moderation.title')}</h1>
        <p className="moderation__intro">{t('moderation.intro')}</p>
      </header>
      <div className="moderation__tabs" role="tablist" aria-label={t('moderation.title')} onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`moderation-tab-${name}`}
            aria-controls={`moderation-panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            className="moderation__tab"
            onClick={() => setTab(name)}
          >
            {t(TAB_LABELS[name])}
            {name === 'reports' && open ? (
              <>
                <span className="moderation__badge" aria-hidden="true">
                  {open}
                </span>
                <span className="visually-hidden"> {t('moderation.tab.open', { count: open })}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="moderation-panel-review" aria-labelledby="moderation-tab-review" hidden={tab !== 'review'} className="moderation__panel">
        {/* Read afresh each time the tab opens: a post may have been reviewed meanwhile. */}
        {tab === 'review' ? <ReviewQueue partnershipId={me.partnershipId} /> : null}
      </div>
      <div role="tabpanel" id="moderation-panel-reports" aria-labelledby="moderation-tab-reports" hidden={tab !== 'reports'} className="moderation__panel">
        <ReportQueue partnershipId={me.partnershipId} onCount={onCount} />
      </div>
      <div role="tabpanel" id="moderation-panel-audit" aria-labelledby="moderation-tab-audit" hidden={tab !== 'audit'} className="moderation__panel">
        {/* Read afresh each time the tab opens: it shows what was just done in the queue. */}
        {tab === 'audit' ? <AuditLog partnershipId={me.partnershipId} /> : null}
      </div>
    </PageShell>
  );
}
