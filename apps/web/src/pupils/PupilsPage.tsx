import { countryName } from '@kopa/i18n';
import type { PupilAccount, PupilCredentials } from '@kopa/protocol';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useLocale, useT } from '../i18n/use-t';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { PageShell } from '../ui/PageShell';
import { AddPupilsForm } from './AddPupilsForm';
import { saveLoginCards, type LoginCard } from './login-cards';
import { NewCredentials } from './NewCredentials';
import { PupilRow } from './PupilRow';
import { usePupils, useSchoolName } from './use-pupils';
import { LoadStatus } from '../ui/LoadStatus';
import { ConsentFlags } from '../showcase/ConsentFlags';
import { useConsents } from '../showcase/use-consents';
import './PupilsPage.css';
import { EmptyState } from '../ui/EmptyState';

/** `/pupils`: a teacher's own school's pupils; add a class, print login cards, new passwords, switch off. */
export function PupilsPage() {
  const t = useT();
  const me = useMe();
  if (!me.partnershipId || !me.schoolId) {
    return (
      <PageShell>
        <h1 className="pupils__title">{t('pupils.title')}</h1>
        <Banner tone="info">{t('pupils.noSchool')}</Banner>
      </PageShell>
    );
  }
  return <SchoolPupils partnershipId={me.partnershipId} schoolId={me.schoolId} country={me.country ?? ''} />;
}

function SchoolPupils({ partnershipId, schoolId, country }: { partnershipId: string; schoolId: string; country: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const { state, reload, replace } = usePupils(partnershipId, schoolId);
  const schoolName = useSchoolName(partnershipId, schoolId, countryName(country, locale));
  const [created, setCreated] = useState<PupilCredentials[] | null>(null);
  const consents = useConsents(partnershipId, schoolId);

  const printCards = (cards: LoginCard[]) => {
    saveLoginCards({ schoolName, country, cards });
    navigate('/pupils/cards');
  };
  const onCreated = (credentials: PupilCredentials[]) => {
    setCreated(credentials);
    reload();
    consents.reload();
  };
  const onPrintCard = (pupil: PupilAccount, password: string) =>
    printCards([{ displayName: pupil.displayName, username: pupil.username, password }]);

  return (
    <PageShell>
      <section className="pupils__hello">
        <h1 className="pupils__title">{t('pupils.title')}</h1>
        <p className="pupils__intro">{t('pupils.intro', { school: schoolName })}</p>
      </section>

      <div className="pupils__layout">
        <div className="pupils__add">
          {created ? (
            <NewCredentials credentials={created} onPrint={() => printCards(created)} onDone={() => setCreated(null)} />
          ) : null}
          <AddPupilsForm partnershipId={partnershipId} schoolId={schoolId} onCreated={onCreated} />
        </div>

        <section className="pupils__list-section" aria-labelledby="pupils-list-heading">
          <div className="pupils__list-header">
            <h2 id="pupils-list-heading" className="pupils__heading">
              {t('pupils.list.heading')}
            </h2>
            {state.status === 'ready' ? (
              <span className="pupils__count">{t('pupils.list.count', { count: state.pupils.length })}</span>
            ) : null}
          </div>
          <LoadStatus state={state} onRetry={reload} />
          {state.status === 'ready' && state.pupils.length === 0 ? <EmptyState picture="people" compact>
              {t('pupils.list.empty')}
            </EmptyState> : null}
          {state.status === 'ready' && state.pupils.length > 0 ? (
            <>
              <p className="consent-flags__note">{t('showcase.consent.explain', { country: countryName(country, locale) })}</p>
              <ul className="pupils__list">
                {byName(state.pupils, locale).map((pupil) => (
                  <PupilRow
                    key={pupil.id}
                    partnershipId={partnershipId}
                    pupil={pupil}
                    onChanged={replace}
                    onPrintCard={onPrintCard}
                    consent={<ConsentFlags partnershipId={partnershipId} pupil={pupil} consent={consents.consents.get(pupil.id)} onChanged={consents.put} />}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </PageShell>
  );
}

/** Alphabetical as the teacher reads it: Álvaro with the As, not after Z. */
function byName(pupils: PupilAccount[], locale: string): PupilAccount[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...pupils].sort((a, b) => collator.compare(a.displayName, b.displayName) || a.username.localeCompare(b.username));
}
