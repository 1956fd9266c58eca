import type { ReportTarget } from '@kopa/protocol';
import { Flag } from 'lucide-react';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/FieldFrame';
import { blogApi } from './blog-api';
import './ReportButton.css';

/** The longest reason the server takes (reportBodySchema). */
const REASON_MAX = 500;

export interface ReportButtonProps {
  targetType: ReportTarget;
  targetId: string;
  /** The button's full name for screen readers, e.g. "Report the comment by Jānis". */
  label: string;
}

type Step = { kind: 'writing'; error: string | null } | { kind: 'sending' } | { kind: 'sent' };

/**
 * "Report": a small dialog asks what is wrong and sends it to the teachers' queue, then
 * thanks the reporter. Anyone who can read the post may report, guests too.
 */
export function ReportButton({ targetType, targetId, label }: ReportButtonProps) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'writing', error: null });

  // Made only while open (a post has many comments, each with this button), and shown as a modal at
  // once: it puts the focus on its first field itself, and gives it back to this button when it closes.
  const attach = useCallback((element: HTMLDialogElement | null) => {
    dialog.current = element;
    if (element && !element.open) element.showModal();
  }, []);
  const close = () => dialog.current?.close();
  // Closed by a button, by Escape or by the browser: start afresh next time.
  const closed = () => {
    setOpen(false);
    setReason('');
    setStep({ kind: 'writing', error: null });
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setStep({ kind: 'writing', error: t('blog.report.reasonRequired') });
      return;
    }
    setStep({ kind: 'sending' });
    try {
      await blogApi.report({ targetType, targetId, reason: reason.trim() });
      setStep({ kind: 'sent' });
    } catch (error) {
      setStep({ kind: 'writing', error: errorMessage(error, t) });
    }
  };

  const error = step.kind === 'writing' ? step.error : null;
  return (
    <>
      <Button variant="ghost" className="report-button" icon={<Flag size={16} />} aria-label={label} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('blog.report.button')}
      </Button>
      {open ? (
        <dialog ref={attach} className="report-dialog" aria-labelledby={`${id}-heading`} onClose={closed}>
          {step.kind === 'sent' ? (
            <div className="report-dialog__body" role="status">
              <h2 className="report-dialog__heading" id={`${id}-heading`}>
                {t('blog.report.thanksHeading')}
              </h2>
              <p>{t('blog.report.thanks')}</p>
              <div className="report-dialog__actions">
                <Button onClick={close} autoFocus>
                  {t('blog.report.close')}
                </Button>
              </div>
            </div>
          ) : (
            <form className="report-dialog__body" onSubmit={(event) => void send(event)} noValidate>
              <h2 className="report-dialog__heading" id={`${id}-heading`}>
                {t(targetType === 'post' ? 'blog.report.headingPost' : 'blog.report.headingComment')}
              </h2>
              <p className="report-dialog__intro">{t('blog.report.intro')}</p>
              <FieldFrame label={t('blog.report.reason')} hint={t('blog.report.reasonHint')} error={error}>
                {(control) => (
                  <textarea
                    className="field__input report-dialog__reason"
                    rows={4}
                    maxLength={REASON_MAX}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    {...control}
                  />
                )}
              </FieldFrame>
              <div className="report-dialog__actions">
                <Button type="submit" disabled={step.kind === 'sending'}>
                  {t('blog.report.send')}
                </Button>
                <Button variant="ghost" onClick={close}>
                  {t('blog.report.cancel')}
                </Button>
              </div>
            </form>
          )}
        </dialog>
      ) : null}
    </>
  );
}
