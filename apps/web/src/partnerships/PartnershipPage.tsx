import { isStaffRole, type Invite, type Partnership } from '@kopa/protocol';
import { useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAccessChanged } from '../live/use-access-changed';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { PageShell } from '../ui/PageShell';
import { ShowcasePanel } from '../showcase/ShowcasePanel';
import { Spinner } from '../ui/Spinner';
import { ArchivePanel } from './ArchivePanel';
import { ExportPanel } from './ExportPanel';
import { GuestLinkForm } from './GuestLinkForm';
import { InviteLink } from './InviteLink';
import { InviteList } from './InviteList';
import { inviteTitle } from './invite-title';
import { PartnershipFacts } from './PartnershipFacts';
import { PartnershipSettingsForm } from './PartnershipSettingsForm';
import { partnershipsApi } from './partnerships-api';
import { SchoolInviteForm } from './SchoolInviteForm';
import { SchoolList } from './SchoolList';
import { useExports } from './use-exports';
import { usePartnership } from './use-partnership';
import './PartnershipPage.css';

/** `/partnership`: what the partnership is, its schools, and (for those who run it) its invite links. */
export function PartnershipPage() {
  const t = useT();
  const me = useMe();
  if (!me.partnershipId) {
    return (
      <PageShell>
        <Banner tone="info">{t('partnership.noPartnership')}</Banner>
      </PageShell>
    );
  }
  return <PartnershipView partnershipId={me.partnershipId} />;
}

function PartnershipView({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const { state, reload, setPartnership, putInvite } = usePartnership(partnershipId);
  useAccessChanged(reload);

  if (state.status === 'loading') {
    return (
      <PageShell>
        <Spinner label={t('app.loading')} />
      </PageShell>
    );
  }
  if (state.status === 'failed') {
    return (
      <PageShell>
        <Banner tone="error" action={<Button variant="secondary" onClick={reload}>{t('error.retry')}</Button>}>
          {t('partnership.loadFailed')} {errorMessage(state.error, t)}
        </Banner>
      </PageShell>
    );
  }
  const { partnership, invites } = state;
  return (
    <PageShell>
      <Contents
        partnership={partnership}
        invites={invites}
        onPartnership={setPartnership}
        onInvite={(invite) => {
          putInvite(invite);
          // A school invite also added the school to the partnership.
          if (invite.kind === 'school' && !invite.revoked) reload();
        }}
      />
    </PageShell>
  );
}

function Contents({
  partnership,
  invites,
  onPartnership,
  onInvite,
}: {
  partnership: Partnership;
  invites: Invite[] | null;
  onPartnership(next: Partnership): void;
  onInvite(invite: Invite): void;
}) {
  const t = useT();
  const [latest, setLatest] = useState<{ school: Invite | null; guest: Invite | null }>({ school: null, guest: null });
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const active = partnership.state === 'active';
  const coordinator = partnership.role === 'coordinator';
  const staff = isStaffRole(partnership.role);

  const created = (invite: Invite) => {
    setLatest((current) => ({ ...current, [invite.kind === 'guest' ? 'guest' : 'school']: invite }));
    onInvite(invite);
  };
  const revoke = async (invite: Invite) => {
    setRevoking(invite.id);
    setRevokeError(null);
    try {
      const revoked = await partnershipsApi.revokeInvite(invite.id);
      setLatest((current) => ({
        school: current.school?.id === invite.id ? null : current.school,
        guest: current.guest?.id === invite.id ? null : current.guest,
      }));
      onInvite(revoked);
    } catch (failure) {
      setRevokeError(errorMessage(failure, t));
    } finally {
      setRevoking(null);
    }
  };
  const newLink = (invite: Invite | null) =>
    invite ? (
      <div className="partnership__new-link">
        <Banner tone="success">{t('invites.newLink')}</Banner>
        <InviteLink
          invite={invite}
          name={inviteTitle(invite, partnership.schools, t)}
          onRevoke={() => void revoke(invite)}
          busy={revoking === invite.id}
        />
      </div>
    ) : null;

  return (
    <>
      <header className="partnership__hello">
        <span className="partnership__role">{t(`role.${partnership.role}`)}</span>
        <h1 className="partnership__title">{partnership.title}</h1>
        {partnership.referenceCode ? <p className="partnership__reference">{t('partnership.reference', { code: partnership.referenceCode })}</p> : null}
      </header>
      {active ? null : (
        <div className="partnership__archived">
          <Banner tone="locked">{t('partnership.archivedBanner')}</Banner>
        </div>
      )}

      <div className="partnership__layout">
        <section className="partnership__card" aria-labelledby="partnership-about">
          <h2 id="partnership-about" className="partnership__heading">
            {t('partnership.about')}
          </h2>
          {partnership.canManage ? (
            <PartnershipSettingsForm key={partnership.id} partnership={partnership} onSaved={onPartnership} />
          ) : (
            <PartnershipFacts partnership={partnership} />
          )}
        </section>

        <div className="partnership__side">
          <section className="partnership__card" aria-labelledby="partnership-schools">
            <h2 id="partnership-schools" className="partnership__heading">
              {t('schools.title')}
            </h2>
            <SchoolList schools={partnership.schools} />
          </section>

          <section className="partnership__card" aria-labelledby="partnership-showcase">
            <h2 id="partnership-showcase" className="partnership__heading">
              {t('showcase.switch.title')}
            </h2>
            <ShowcasePanel partnership={partnership} />
          </section>

          {coordinator && active ? (
            <section className="partnership__card" aria-labelledby="partnership-invite-school">
              <h2 id="partnership-invite-school" className="partnership__heading">
                {t('invites.school.title')}
              </h2>
              <p className="partnership__explain">{t('invites.school.intro')}</p>
              {newLink(latest.school)}
              <SchoolInviteForm partnershipId={partnership.id} onCreated={created} />
            </section>
          ) : null}

          {staff && active ? (
            <section className="partnership__card" aria-labelledby="partnership-guests">
              <h2 id="partnership-guests" className="partnership__heading">
                {t('invites.guest.title')}
              </h2>
              <p className="partnership__explain">{t('invites.guest.intro')}</p>
              {newLink(latest.guest)}
              <GuestLinkForm partnershipId={partnership.id} onCreated={created} />
            </section>
          ) : null}
        </div>
      </div>

      {invites ? (
        <section className="partnership__card partnership__wide" aria-labelledby="partnership-invites">
          <h2 id="partnership-invites" className="partnership__heading">
            {t('invites.list.title')}
          </h2>
          {revokeError ? <Banner tone="error">{revokeError}</Banner> : null}
          <InviteList invites={invites} schools={partnership.schools} onRevoke={(invite) => void revoke(invite)} revoking={revoking} />
        </section>
      ) : null}

      {partnership.canExport ? (
        <section className="partnership__card partnership__wide" aria-labelledby="partnership-export">
          <h2 id="partnership-export" className="partnership__heading">
            {t('exports.title')}
          </h2>
          <PartnershipExport partnershipId={partnership.id} />
        </section>
      ) : null}

      {coordinator ? (
        <section className="partnership__card partnership__wide" aria-labelledby="partnership-archive">
          <h2 id="partnership-archive" className="partnership__heading">
            {t('partnership.archive.title')}
          </h2>
          <ArchivePanel partnership={partnership} onChanged={onPartnership} />
        </section>
      ) : null}
    </>
  );
}

const WHOLE_PARTNERSHIP = { kind: 'partnership' } as const;

/** The coordinator's exports of the whole partnership (`canExport` said they may, so the list is loaded only then). */
function PartnershipExport({ partnershipId }: { partnershipId: string }) {
  const exports = useExports(partnershipId);
  return <ExportPanel exports={exports} scope={WHOLE_PARTNERSHIP} />;
}
