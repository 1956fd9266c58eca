import { countryName } from '@kopa/i18n';
import { Printer } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { BackLink } from '../ui/BackLink';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { LoginCard } from './LoginCard';
import { forgetLoginCards, loadLoginCards } from './login-cards';
import './LoginCardsPage.css';

/**
 * `/pupils/cards`: the login cards to print, eight to an A4 page. On screen a
 * toolbar; on paper only the cards (see the print rules in the stylesheet).
 */
export default function LoginCardsPage() {
  const t = useT();
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const [set] = useState(loadLoginCards);
  const origin = window.location.origin;

  const forget = () => {
    forgetLoginCards();
    navigate('/pupils');
  };

  return (
    <div className="login-cards">
      {/* A landmark of its own (banner), like the header of the other pages. */}
      <header className="login-cards__toolbar">
        <div className="login-cards__toolbar-inner">
          <BackLink href="/pupils">
            {t('pupils.cards.back')}
          </BackLink>
          {set && set.cards.length > 0 ? (
            <Button size="l" icon={<Printer size={22} />} onClick={() => window.print()}>
              {t('pupils.cards.print')}
            </Button>
          ) : null}
        </div>
      </header>
      <main id="main" className="login-cards__main">
        <h1 className="login-cards__title">{t('pupils.cards.title')}</h1>
        {set && set.cards.length > 0 ? (
          <>
            <p className="login-cards__hint">{t('pupils.cards.hint', { count: set.cards.length })}</p>
            <div className="login-cards__sheet">
              {set.cards.map((card) => (
                <LoginCard
                  key={card.username}
                  card={card}
                  origin={origin}
                  school={`${set.schoolName} · ${countryName(set.country, locale)}`}
                />
              ))}
            </div>
            <div className="login-cards__end">
              <Button variant="secondary" onClick={forget}>
                {t('pupils.cards.forget')}
              </Button>
            </div>
          </>
        ) : (
          <Banner tone="info">{t('pupils.cards.empty')}</Banner>
        )}
      </main>
    </div>
  );
}
