import type { ExportFormatName, ExportJob } from '@kopa/protocol';
import { Download, FileArchive } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { RadioChoices } from '../live/RadioChoices';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { Spinner } from '../ui/Spinner';
import { exportFraction, fileSizeUnit, formatsFor, isRunning, jobsFor, type ExportTarget } from './export-jobs';
import type { Exports } from './use-exports';
import './ExportPanel.css';

export interface ExportPanelProps {
  /** The user's exports of the partnership (`useExports`), loaded by the page that shows the panel. */
  exports: Exports;
  /** What this panel exports: the whole partnership (its page) or one space (the space's page). */
  scope: ExportTarget;
}

/**
 * "Export" on the partnership page and on a space's page: choose a format (the list comes from the server, so new
 * formats appear by themselves; here, those it lets the user use for this scope), start it, watch it run (pushed over
 * Socket.IO), download it.
 */
export function ExportPanel({ exports: { state, reload, start }, scope }: ExportPanelProps) {
  const t = useT();
  const intl = useIntl();
  const [chosen, setChosen] = useState<ExportFormatName | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const busyId = useId();

  if (state.status === 'loading') return <Spinner label={t('app.loading')} />;
  if (state.status === 'failed') {
    return (
      <Banner tone="error" action={<Button variant="secondary" onClick={reload}>{t('error.retry')}</Button>}>
        {t('exports.loadFailed')} {errorMessage(state.error, t)}
      </Banner>
    );
  }

  // One export of the user's runs at a time, whatever it covers: one of another scope holds this one back too.
  const jobs = jobsFor(state.jobs, scope);
  const formats = formatsFor(state.formats, scope);
  const format = chosen ?? formats[0]?.name ?? null;
  const running = isRunning(state.jobs);
  const blocked = starting || running;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!format || blocked) return;
    setStarting(true);
    setError(null);
    try {
      await start(format, intl.locale, scope.kind === 'space' ? scope.spaceId : undefined);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="exports">
      <p className="exports__intro">{t(scope.kind === 'space' ? 'exports.space.intro' : 'exports.intro')}</p>
      {format ? (
        <form className="exports__form" onSubmit={(event) => void submit(event)}>
          <RadioChoices
            label={t('exports.format.label')}
            value={format}
            options={formats.map((each) => ({ value: each.name, label: t(`exports.format.${each.name}`) }))}
            onChange={(value) => setChosen(value as ExportFormatName)}
          />
          <p className="exports__hint" id={hintId}>
            {t(`exports.format.${format}.hint`)}
          </p>
          <div className="exports__actions">
            <Button
              type="submit"
              icon={<FileArchive size={20} />}
              aria-disabled={blocked || undefined}
              aria-describedby={running ? `${hintId} ${busyId}` : hintId}
            >
              {starting ? t('exports.starting') : t('exports.start')}
            </Button>
            {running ? (
              <span className="exports__busy" id={busyId}>
                {t(isRunning(jobs) ? 'exports.busy' : 'exports.busyElsewhere')}
              </span>
            ) : null}
          </div>
        </form>
      ) : null}
      {error ? <Banner tone="error">{error}</Banner> : null}
      {jobs.length > 0 ? (
        <section className="exports__jobs" aria-labelledby={`${hintId}-recent`}>
          <h3 className="exports__jobs-title" id={`${hintId}-recent`}>
            {t('exports.recent')}
          </h3>
          <ul className="exports__list">
            {jobs.map((job) => (
              <ExportJobRow key={job.id} job={job} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ExportJobRow({ job }: { job: ExportJob }) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const when = intl.formatDate(job.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
  const format = t(`exports.format.${job.format}`);
  const fraction = exportFraction(job);
  const bytes = job.size === null ? null : fileSizeUnit(job.size);
  const size = bytes ? intl.formatNumber(bytes.value, { style: 'unit', unit: bytes.unit, maximumFractionDigits: 1 }) : '';

  return (
    <li className={`exports__job exports__job--${job.status}`}>
      <span className="exports__job-title" id={titleId}>
        {t('exports.job.title', { format, when })}
      </span>
      {job.status === 'running' ? (
        <div className="exports__progress">
          <progress
            className="exports__bar"
            max={1}
            value={fraction ?? undefined}
            aria-label={t('exports.job.progress', { when })}
          />
          <span className="exports__percent">
            {fraction === null ? t('exports.job.preparing') : t('exports.job.running', { percent: intl.formatNumber(fraction, { style: 'percent' }) })}
          </span>
        </div>
      ) : null}
      {job.status === 'done' && job.downloadUrl ? (
        <div className="exports__ready" role="status">
          <a
            className="button button--primary button--m"
            href={job.downloadUrl}
            download={job.fileName ?? true}
            aria-label={t('exports.job.downloadLabel', { format, when, size })}
          >
            <span className="button__icon" aria-hidden="true">
              <Download size={20} />
            </span>
            {t('exports.job.download', { size })}
          </a>
          {job.expiresAt ? (
            <span className="exports__until">{t('exports.job.done', { until: intl.formatDate(job.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
          ) : null}
        </div>
      ) : null}
      {job.status === 'failed' ? (
        <Banner tone="error" className="exports__failed">
          {t('exports.job.failed')}
        </Banner>
      ) : null}
    </li>
  );
}
