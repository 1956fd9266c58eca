import { colorForUser, personLabel } from '@kopa/protocol';
import { LogOut } from 'lucide-react';
import { Link } from 'wouter';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useT } from '../i18n/use-t';
import { useMe, useSession } from '../session/use-session';
import { Avatar } from './Avatar';
import { Button } from './Button';
import { Logo } from './Logo';
import './AppHeader.css';

/** The bar on every signed-in page: home, language, who you are, log out. */
export function AppHeader() {
  const t = useT();
  const me = useMe();
  const { logout } = useSession();
  const label = personLabel(me.displayName, me.country);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link href="/" className="app-header__home" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
          <Logo name={t('app.name')} />
        </Link>
        <div className="app-header__tools">
          <LanguageSwitcher />
          <div className="app-header__me" aria-label={t('nav.account', { name: label })} role="group">
            <Avatar name={me.displayName} label={label} color={colorForUser(me.id)} />
            <span className="app-header__name">
              <span className="app-header__display-name">{me.displayName}</span>
              <span className="app-header__role">{me.isAdmin && !me.partnershipId ? t('admin.role') : t(`role.${me.role}`)}</span>
            </span>
          </div>
          {/* On phones the word is hidden from sight only: it stays the button's name; the tooltip shows it to mouse users. */}
          <Button
            variant="ghost"
            icon={<LogOut size={20} />}
            onClick={() => void logout()}
            className="app-header__logout"
            title={t('nav.logout')}
          >
            <span className="app-header__logout-text">{t('nav.logout')}</span>
          </Button>
        </div>
      </div>
    </header>
  );
}
