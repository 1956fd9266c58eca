import type { MessageId } from '@kopa/i18n';
import type { Mobility, Phase, PhaseKind } from '@kopa/protocol';
import { Backpack, Camera, Hourglass, Plane } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { daysBetween, useDateFormat } from './visit-dates';
import './PhaseTimeline.css';

const KIND_ICONS = { before: Backpack, during: Plane, between: Hourglass, after: Camera } satisfies Record<PhaseKind, unknown>;

export interface PhaseTimelineProps {
  phases: Phase<Mobility>[];
  /** Today as an ISO date, for "starts in 3 days". */
  today: string;
}

/**
 * The partnership in phases around its visits, today's highlighted (aria-current="step"):
 * a row where the page has room, a column where it has little (phones, beside the lesson panel).
 */
export function PhaseTimeline({ phases, today }: PhaseTimelineProps) {
  const t = useT();
  const { date, range } = useDateFormat();
  const listRef = useRef<HTMLOListElement>(null);
  const current = phases.find((phase) => phase.current);

  // With many visits the row scrolls sideways: bring today's phase into view (never the page).
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !item || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
  }, [phases]);

  const title = (phase: Phase<Mobility>): string => {
    const mobility = phase.mobility;
    if (!mobility) return t('timeline.beforeNone');
    switch (phase.kind) {
      case 'before':
        return t('timeline.before', { title: mobility.title });
      case 'during':
        return mobility.title;
      case 'between':
        return t('timeline.between', { previous: phase.previous?.city ?? '', next: mobility.city });
      case 'after':
        return t('timeline.after', { title: mobility.title });
    }
  };

  const dates = (phase: Phase<Mobility>): string => {
    if (phase.startDate && phase.endDate) return range(phase.startDate, phase.endDate);
    if (phase.startDate) return t('timeline.from', { date: date(phase.startDate) });
    if (phase.endDate) return t('timeline.until', { date: date(phase.endDate) });
    return t('timeline.always');
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__head">
        <h2 id="timeline-heading" className="timeline__heading">
          {t('timeline.heading')}
        </h2>
        <Link href="/mobilities" className="timeline__all">
          {t('timeline.seeVisits')}
        </Link>
      </div>
      {current ? <p className="timeline__note">{currentNote(current, today, t)}</p> : null}
      <ol ref={listRef} className="timeline__phases" aria-label={t('timeline.label')}>
        {phases.map((phase) => {
          const Icon = KIND_ICONS[phase.kind];
          const past = !phase.current && phase.endDate !== null && phase.endDate < today;
          const classes = ['timeline__phase', `timeline__phase--${phase.kind}`, phase.current ? 'timeline__phase--current' : '', past ? 'timeline__phase--past' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={`${phase.kind}:${phase.startDate ?? ''}:${phase.mobility?.id ?? ''}`} className={classes} aria-current={phase.current ? 'step' : undefined}>
              <span className="timeline__marker" aria-hidden="true">
                <Icon size={18} />
              </span>
              <span className="timeline__body">
                <span className="timeline__kind">
                  {t(`timeline.kind.${phase.kind}` satisfies MessageId)}
                  {phase.current ? <span className="timeline__now">{t('timeline.now')}</span> : null}
                </span>
                <span className="timeline__title">{title(phase)}</span>
                <span className="timeline__dates">{dates(phase)}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** One sentence about today: how long until the visit, which day of it, or how long since it ended. */
function currentNote(phase: Phase<Mobility>, today: string, t: ReturnType<typeof useT>): string {
  const mobility = phase.mobility;
  if (!mobility) return t('timeline.noVisit');
  if (today < mobility.startDate) return t('timeline.startsIn', { title: mobility.title, days: daysBetween(today, mobility.startDate) });
  if (today > mobility.endDate) return t('timeline.endedAgo', { title: mobility.title, days: daysBetween(mobility.endDate, today) });
  return t('timeline.dayOf', {
    day: daysBetween(mobility.startDate, today) + 1,
    days: daysBetween(mobility.startDate, mobility.endDate) + 1,
    city: mobility.city,
  });
}
