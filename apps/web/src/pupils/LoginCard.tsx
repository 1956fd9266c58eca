import { useT } from '../i18n/use-t';
import { Logo } from '../ui/Logo';
import { loginCardUrl, type LoginCard as Card } from './login-cards';
import { QrCode } from './QrCode';

interface LoginCardProps {
  card: Card;
  school: string;
  origin: string;
}

/** One pupil's card: who it is for, what to type, and a QR code that opens the login page with the username in. */
export function LoginCard({ card, school, origin }: LoginCardProps) {
  const t = useT();
  const address = `${origin.replace(/^https?:\/\//, '')}/login`;
  return (
    <article className="login-card" aria-label={card.displayName}>
      <header className="login-card__header">
        <Logo name={t('app.name')} />
        <span className="login-card__school">{school}</span>
      </header>
      <div className="login-card__body">
        <div className="login-card__text">
          <p className="login-card__name">{card.displayName}</p>
          <dl className="login-card__credentials">
            <dt>{t('pupils.cards.username')}</dt>
            <dd className="login-card__secret" data-field="username">
              {card.username}
            </dd>
            <dt>{t('pupils.cards.password')}</dt>
            <dd className="login-card__secret" data-field="password">
              {card.password}
            </dd>
          </dl>
        </div>
        <figure className="login-card__qr">
          <QrCode
            className="login-card__qr-image"
            text={loginCardUrl(origin, card.username)}
            label={t('pupils.cards.qr', { username: card.username })}
          />
          <figcaption>{t('pupils.cards.scan')}</figcaption>
        </figure>
      </div>
      <p className="login-card__address">{t('pupils.cards.address', { address })}</p>
    </article>
  );
}
