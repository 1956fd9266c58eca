import type { Practice } from '@kopa/protocol';
import { Globe, Languages, Lock, MapPin } from 'lucide-react';
import { useId } from 'react';
import { Link } from 'wouter';
import { useList, useT } from '../i18n/use-t';
import { practiceHref } from './practices-api';
import { usePlaceNames } from './use-place-names';
import './PracticeCard.css';

/** One practice in the inventory; the whole card opens it. */
export function PracticeCard({ practice }: { practice: Practice }) {
  const t = useT();
  const list = useList();
  const names = usePlaceNames();
  const titleId = useId();
  // One language only: the text is in it (screen readers pronounce it so).
  const lang = practice.languages.length === 1 ? practice.languages[0] : undefined;

  return (
    <article className="practice-card" aria-labelledby={titleId}>
      <p className="practice-card__whose">
        {practice.mine ? (
          practice.public ? (
            <span className="practice-card__badge practice-card__badge--public">
              <Globe size={14} aria-hidden="true" />
              {t('practices.card.public')}
            </span>
          ) : (
            <span className="practice-card__badge">
              <Lock size={14} aria-hidden="true" />
              {t('practices.card.private')}
            </span>
          )
        ) : (
          <span className="practice-card__from">{t('practices.card.from', { partnership: practice.partnership.title })}</span>
        )}
      </p>
      <h2 className="practice-card__title" id={titleId} lang={lang}>
        <Link href={practiceHref(practice.id)} className="practice-card__link">
          {practice.title}
        </Link>
      </h2>
      {practice.summary ? (
        <p className="practice-card__summary" lang={lang}>
          {practice.summary}
        </p>
      ) : null}
      {practice.themes.length > 0 ? (
        <ul className="practice-card__themes" aria-label={t('practices.card.themes')}>
          {practice.themes.map((theme) => (
            <li key={theme} className="practice-card__theme">
              {theme}
            </li>
          ))}
        </ul>
      ) : null}
      {practice.countries.length + practice.languages.length > 0 ? (
        <ul className="practice-card__facts" aria-label={t('practices.card.where')}>
          {practice.countries.length > 0 ? (
            <li>
              <MapPin size={16} aria-hidden="true" />
              {list(practice.countries.map(names.country))}
            </li>
          ) : null}
          {practice.languages.length > 0 ? (
            <li>
              <Languages size={16} aria-hidden="true" />
              {list(practice.languages.map(names.language))}
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}
