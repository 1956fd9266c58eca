import type { Invite } from '@kopa/protocol';
import { Check, Copy, Link2Off } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { inviteUrl } from './partnerships-api';
import './InviteLink.css';

/** Puts text on the clipboard; on plain http (a school server by IP) the old way still works. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return document.execCommand('copy');
  }
}

export interface InviteLinkProps {
  invite: Invite;
  /** Who the link is for ("Guests: Parents of 7B"): names the field and buttons apart from other links' on the page. */
  name: string;
  onRevoke?: () => void;
  busy?: boolean;
}

/** An invite link to pass on by hand: the full address, Copy, and (for those who may) Revoke, asked once first. */
export function InviteLink({ invite, name, onRevoke, busy }: InviteLinkProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // Set when the teacher keeps the link: focus goes back to Revoke once it is shown again.
  const focusRevoke = useRef(false);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const url = inviteUrl(invite);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const keep = () => {
    focusRevoke.current = true;
    setConfirming(false);
  };
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    keep();
  };

  return (
    <div className="invite-link">
      <label className="visually-hidden" htmlFor={id}>
        {t('invites.linkFor', { name })}
      </label>
      <input
        id={id}
        ref={input}
        className="field__input invite-link__url"
        value={url}
        readOnly
        onFocus={(event) => event.target.select()}
      />
      {confirming && onRevoke ? (
        <div className="invite-link__confirm" role="group" aria-label={t('invites.revokeFor', { name })} onKeyDown={keepOnEscape}>
          <p>{t(invite.kind === 'guest' ? 'invites.revokeConfirmGuest' : 'invites.revokeConfirm')}</p>
          <div className="invite-link__actions">
            {/* Keep first and focused: two presses of Enter must not take a link away. */}
            <Button variant="secondary" onClick={keep} autoFocus>
              {t('invites.keep')}
            </Button>
            <Button variant="danger" icon={<Link2Off size={18} />} onClick={onRevoke} disabled={busy}>
              {busy ? t('invites.revoking') : t('invites.revoke')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="invite-link__actions">
          <Button
            variant="secondary"
            icon={copied ? <Check size={18} /> : <Copy size={18} />}
            aria-label={copied ? t('invites.copied') : t('invites.copyFor', { name })}
            onClick={() => void copyText(url, input.current).then(setCopied)}
          >
            <span aria-live="polite">{copied ? t('invites.copied') : t('invites.copy')}</span>
          </Button>
          {onRevoke ? (
            <Button
              ref={(button) => {
                if (!button || !focusRevoke.current) return;
                focusRevoke.current = false;
                button.focus();
              }}
              variant="ghost"
              className="invite-link__revoke"
              icon={<Link2Off size={18} />}
              aria-label={t('invites.revokeFor', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('invites.revoke')}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
