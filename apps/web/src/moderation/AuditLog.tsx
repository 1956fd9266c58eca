import type { AuditEntry } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { LoadStatus } from '../ui/LoadStatus';
import { auditSentence } from './audit-sentence';
import { moderationApi } from './moderation-api';
import './AuditLog.css';

type AuditState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; entries: AuditEntry[] };

/** Who did what to whom, and when: every moderation action, newest first. */
export function AuditLog({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const intl = useIntl();
  const [state, setState] = useState<AuditState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    moderationApi.audit(partnershipId).then(
      (entries) => current && setState({ status: 'ready', entries }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [partnershipId, attempt]);

  if (state.status !== 'ready') return <LoadStatus state={state} onRetry={reload} />;
  if (state.entries.length === 0) return <p className="audit-log__empty">{t('moderation.audit.empty')}</p>;
  return (
    <ol className="audit-log">
      {state.entries.map((entry) => {
        const sentence = auditSentence(entry, t('moderation.audit.someone'));
        return (
          <li key={entry.id} className="audit-log__entry">
            <time className="audit-log__time" dateTime={new Date(entry.createdAt).toISOString()}>
              {intl.formatDate(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
            <p className="audit-log__what">{t(sentence.id, sentence.values)}</p>
            {sentence.details.map((detail) => (
              <p key={detail.id} className="audit-log__note">
                {t(detail.id, detail.values)}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
