import type { Invite, School } from '@kopa/protocol';
import { useLocale, useT } from '../i18n/use-t';
import { InviteLink } from './InviteLink';
import { inviteTitle } from './invite-title';
import { inviteState, type InviteState } from './partnerships-api';
import { formatDay } from './partnership-dates';
import './InviteList.css';

/** Every link of the partnership: who it is for, whether it still works, how often it was used. */
export function InviteList({
  invites,
  schools,
  onRevoke,
  revoking,
}: {
  invites: Invite[];
  schools: School[];
  onRevoke(invite: Invite): void;
  revoking: string | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  if (invites.length === 0) return <p className="invite-list__empty">{t('invites.list.empty')}</p>;

  const expiryOf = (invite: Invite, state: InviteState) => {
    // A revoked link works until nothing: its end date would only mislead.
    if (state === 'revoked') return null;
    if (invite.expiresAt === null) return state === 'active' ? t('invites.noExpiry') : null;
    return t(state === 'expired' ? 'invites.expiredOn' : 'invites.expiresOn', { date: formatDay(invite.expiresAt, locale) });
  };

  return (
    <ul className="invite-list">
      {invites.map((invite) => {
        const state = inviteState(invite);
        const title = inviteTitle(invite, schools, t);
        const expiry = expiryOf(invite, state);
        return (
          <li key={invite.id} className={`invite-list__item invite-list__item--${state}`}>
            <div className="invite-list__head">
              <span className="invite-list__title">{title}</span>
              <span className={`invite-list__state invite-list__state--${state}`}>{t(`invites.state.${state}`)}</span>
            </div>
            <p className="invite-list__facts">{[t('invites.uses', { count: invite.uses }), expiry].filter(Boolean).join(' · ')}</p>
            {state === 'active' ? (
              <InviteLink
                invite={invite}
                name={title}
                onRevoke={invite.canRevoke ? () => onRevoke(invite) : undefined}
                busy={revoking === invite.id}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
