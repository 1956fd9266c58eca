import { countryName } from '@kopa/i18n';
import { colorForUser, personLabel, type Mobility, type School } from '@kopa/protocol';
import { BookOpen, CalendarDays, MapPin, Pencil, School as SchoolIcon, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { Avatar } from '../ui/Avatar';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { mobilitiesApi } from './mobilities-api';
import { daysBetween, useDateFormat } from './visit-dates';
import './MobilityCard.css';

export interface MobilityCardProps {
  mobility: Mobility;
  host: School | undefined;
  today: string;
  /** The viewer, to say "you travel". */
  userId: string;
  /** Staff may edit and remove (the server decides again). */
  canManage: boolean;
  onEdit(): void;
  onRemoved(mobility: Mobility): void;
}

/** One visit: when, where, who travels; for teachers, edit and remove. */
export function MobilityCard({ mobility, host, today, userId, canManage, onEdit, onRemoved }: MobilityCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const { range } = useDateFormat();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `mobility-${mobility.id}`;
  const status = today < mobility.startDate ? 'upcoming' : today > mobility.endDate ? 'past' : 'now';
  const youTravel = mobility.travellerIds.includes(userId);

  const remove = async () => {
    setBusy(true);
    try {
      await mobilitiesApi.remove(mobility.id);
      onRemoved(mobility);
    } catch (error) {
      setFailure(errorMessage(error, t));
      setBusy(false);
    }
  };

  return (
    <article className={`mobility-card mobility-card--${status}`} aria-labelledby={headingId}>
      <header className="mobility-card__header">
        <div className="mobility-card__badges">
          <span className={`mobility-card__status mobility-card__status--${status}`}>{t(`mobilities.status.${status}`)}</span>
          {youTravel ? <span className="mobility-card__you">{t(status === 'past' ? 'mobilities.youTravelled' : 'mobilities.youTravel')}</span> : null}
        </div>
        <h2 id={headingId} className="mobility-card__title">
          {mobility.title}
        </h2>
      </header>

      <dl className="mobility-card__facts">
        <div className="mobility-card__fact">
          <dt>
            <CalendarDays size={18} aria-hidden="true" />
            <span className="visually-hidden">{t('mobilities.dates')}</span>
          </dt>
          <dd>
            {range(mobility.startDate, mobility.endDate)}{' '}
            <span className="mobility-card__muted">({t('mobilities.length', { days: daysBetween(mobility.startDate, mobility.endDate) + 1 })})</span>
          </dd>
        </div>
        <div className="mobility-card__fact">
          <dt>
            <MapPin size={18} aria-hidden="true" />
            <span className="visually-hidden">{t('mobilities.city')}</span>
          </dt>
          <dd>{mobility.city}</dd>
        </div>
        {host ? (
          <div className="mobility-card__fact">
            <dt>
              <SchoolIcon size={18} aria-hidden="true" />
              <span className="visually-hidden">{t('mobilities.hostLabel')}</span>
            </dt>
            <dd>
              {host.name}, <span className="mobility-card__muted">{countryName(host.country, locale)}</span>
            </dd>
          </div>
        ) : null}
      </dl>

      {/* Named with the visit's title too: every card has one, and each region's name must tell them apart. */}
      <section className="mobility-card__travellers" aria-labelledby={`${headingId}-travellers ${headingId}`}>
        <h3 id={`${headingId}-travellers`} className="mobility-card__subheading">
          {t('mobilities.travellers')}
          <span className="mobility-card__muted"> · {t('mobilities.travellersCount', { count: mobility.travellers.length })}</span>
        </h3>
        {mobility.travellers.length > 0 ? (
          <ul className="mobility-card__chips">
            {mobility.travellers.map((person) => (
              <li key={person.userId} className="mobility-card__chip">
                <Avatar size="s" name={person.displayName} label={personLabel(person.displayName, person.country)} color={colorForUser(person.userId)} />
                <span aria-hidden="true">{person.displayName}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <Link
        href={`/spaces/${mobility.spaceId}`}
        className="button button--secondary button--m mobility-card__diary"
        aria-label={t('space.openDiaryLabel', { title: mobility.title })}
      >
        <BookOpen size={18} aria-hidden="true" />
        {t('space.openDiary')}
      </Link>
      {failure ? <Banner tone="error">{failure}</Banner> : null}
      {canManage && !confirming ? (
        <div className="mobility-card__actions">
          <Button variant="secondary" icon={<Pencil size={18} />} onClick={onEdit} aria-label={t('mobilities.editLabel', { title: mobility.title })}>
            {t('mobilities.edit')}
          </Button>
          <Button variant="ghost" icon={<Trash2 size={18} />} onClick={() => setConfirming(true)} aria-label={t('mobilities.removeLabel', { title: mobility.title })}>
            {t('mobilities.remove')}
          </Button>
        </div>
      ) : null}
      {canManage && confirming ? (
        <div className="mobility-card__confirm" role="group" aria-label={t('mobilities.removeLabel', { title: mobility.title })}>
          <p>{t('mobilities.removeConfirm', { title: mobility.title })}</p>
          <div className="mobility-card__actions">
            <Button variant="danger" disabled={busy} onClick={() => void remove()} autoFocus>
              {t('mobilities.removeYes')}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t('mobilities.keep')}
            </Button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
