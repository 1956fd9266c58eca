import type { Invite } from '@kopa/protocol';
import { Check, Copy, Link2Off } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
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

/** An invite link to pass on by hand: the full address, Copy, and (for those who may) Revoke. */
export function InviteLink({ invite, onRevoke, busy }: { invite: Invite; onRevoke?: () => void; busy?: boolean }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const url = inviteUrl(invite);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div className="invite-link">
      <label className="visually-hidden" htmlFor={id}>
        {t('invites.linkLabel')}
      </label>
      <input
        id={id}
        ref={input}
        className="field__input invite-link__url"
        value={url}
        readOnly
        onFocus={(event) => event.target.select()}
      />
      <div className="invite-link__actions">
        <Button
          variant="secondary"
          icon={copied ? <Check size={18} /> : <Copy size={18} />}
          onClick={() => void copyText(url, input.current).then(setCopied)}
        >
          <span aria-live="polite">{copied ? t('invites.copied') : t('invites.copy')}</span>
        </Button>
        {onRevoke ? (
          <Button variant="ghost" className="invite-link__revoke" icon={<Link2Off size={18} />} onClick={onRevoke} disabled={busy}>
            {t('invites.revoke')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
