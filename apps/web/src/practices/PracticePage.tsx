import type { Practice } from '@kopa/protocol';
import { Globe, Lock, Pencil, Trash } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { BackLink } from '../ui/BackLink';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { LoadStatus } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { PracticeLinks } from './PracticeLinks';
import { practiceHref, practicesApi } from './practices-api';
import { usePlaceNames } from './use-place-names';
import { usePractice } from './use-practice';
import '../ui/Button.css';
import './PracticePage.css';

/** `/practices/:id`: one practice to read, with its links; its partnership's teachers edit or delete it. */
export function PracticePage({ practiceId }: { practiceId: string }) {
  const t = useT();
  const { state, reload } = usePractice(practiceId);
  const gone = state.status === 'failed' && state.error instanceof ApiRequestError && state.error.code === 'not_found';

  return (
    <PageShell>
      <BackLink href="/practices">{t('practices.back')}</BackLink>
      {gone ? <Banner tone="info">{t('practices.notFound')}</Banner> : <LoadStatus state={state.status === 'ready' ? { status: 'ready' } : state} onRetry={reload} />}
      {state.status === 'ready' ? <PracticeView practice={state.practice} /> : null}
    </PageShell>
  );
}

function PracticeView({ practice }: { practice: Practice }) {
  const t = useT();
  const intl = useIntl();
  const names = usePlaceNames();
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState<'no' | 'asking' | 'busy'>('no');
  const [problem, setProblem] = useState<string | null>(null);
  const lang = practice.languages.length === 1 ? practice.languages[0] : undefined;

  const remove = async () => {
    setDeleting('busy');
    setProblem(null);
    try {
      await practicesApi.remove(practice.id);
      navigate('/practices', { state: { deleted: practice.title } });
    } catch (error) {
      setDeleting('asking');
      setProblem(errorMessage(error, t));
    }
  };

  const section = (id: string, heading: string, text: string) => (
    <section className="practice__section" aria-labelledby={id}>
      <h2 className="practice__heading" id={id}>
        {heading}
      </h2>
      {text ? (
        <p className="practice__text" lang={lang}>
          {text}
        </p>
      ) : (
        <p className="practice__nothing">{t('practices.detail.nothing')}</p>
      )}
    </section>
  );

  return (
    <article className="practice" aria-labelledby="practice-title">
      <header className="practice__head">
        <p className="practice__partnership">{practice.partnership.title}</p>
        <h1 className="practice__title" id="practice-title" lang={lang}>
          {practice.title}
        </h1>
        <p className="practice__byline">
          {practice.createdBy ? <span>{t('practices.detail.by', { name: practice.createdBy.displayName })}</span> : null}
          <span>{t('practices.detail.updated', { date: intl.formatDate(practice.updatedAt, { dateStyle: 'long' }) })}</span>
        </p>
        <p className={practice.public ? 'practice__visibility practice__visibility--public' : 'practice__visibility'}>
          {practice.public ? <Globe size={18} aria-hidden="true" /> : <Lock size={18} aria-hidden="true" />}
          {practice.public ? t('practices.detail.public') : t('practices.detail.private', { partnership: practice.partnership.title })}
        </p>
        {practice.canEdit ? (
          <div className="practice__actions">
            <Link
              href={`${practiceHref(practice.id)}/edit`}
              className="button button--secondary button--m"
              aria-label={t('practices.editLabel', { title: practice.title })}
            >
              <span className="button__icon" aria-hidden="true">
                <Pencil size={18} />
              </span>
              {t('practices.edit')}
            </Link>
            <Button
              variant="ghost"
              icon={<Trash size={18} />}
              aria-label={t('practices.deleteLabel', { title: practice.title })}
              aria-expanded={deleting !== 'no'}
              onClick={() => setDeleting('asking')}
            >
              {t('practices.delete')}
            </Button>
          </div>
        ) : null}
        {deleting !== 'no' ? (
          <ConfirmPanel
            label={t('practices.delete')}
            tone="danger"
            busy={deleting === 'busy'}
            confirmLabel={t('practices.deleteYes')}
            keepLabel={t('practices.keep')}
            onConfirm={() => void remove()}
            onKeep={() => setDeleting('no')}
          >
            <p>{t('practices.deleteQuestion', { title: practice.title })}</p>
          </ConfirmPanel>
        ) : null}
        {problem ? <Banner tone="error">{problem}</Banner> : null}
      </header>

      <div className="practice__body">
        <div className="practice__main">
          {section('practice-summary', t('practices.detail.summary'), practice.summary)}
          {section('practice-target', t('practices.detail.targetGroup'), practice.targetGroup)}
          {section('practice-outcomes', t('practices.detail.outcomes'), practice.outcomes)}
          <section className="practice__section" aria-labelledby="practice-links">
            <h2 className="practice__heading" id="practice-links">
              {t('practices.detail.links')}
            </h2>
            {practice.links.length > 0 ? <PracticeLinks links={practice.links} /> : <p className="practice__nothing">{t('practices.detail.nothing')}</p>}
          </section>
        </div>
        <dl className="practice__facts">
          <Fact term={t('practices.detail.themes')} values={practice.themes} />
          <Fact term={t('practices.detail.countries')} values={practice.countries.map(names.country)} />
          <Fact term={t('practices.detail.languages')} values={practice.languages.map(names.language)} />
        </dl>
      </div>
    </article>
  );
}

function Fact({ term, values }: { term: string; values: string[] }): ReactNode {
  if (values.length === 0) return null;
  return (
    <div className="practice__fact">
      <dt>{term}</dt>
      {values.map((value) => (
        <dd key={value}>{value}</dd>
      ))}
    </div>
  );
}
