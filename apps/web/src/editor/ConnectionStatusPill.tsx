import { Wifi, WifiOff } from 'lucide-react';
import { useT } from '../i18n/use-t';
import type { ConnectionStatus } from './use-provider-state';
import './ConnectionStatusPill.css';

const LABELS = { connecting: 'connection.connecting', connected: 'connection.connected', disconnected: 'connection.offline' } as const;

/** Says honestly whether edits are reaching the others right now. */
export function ConnectionStatusPill({ status }: { status: ConnectionStatus }) {
  const t = useT();
  const text = t(LABELS[status]);
  return (
    <span className={`connection-pill connection-pill--${status}`} role="status" aria-label={t('connection.status', { status: text })}>
      {status === 'disconnected' ? <WifiOff size={16} aria-hidden="true" /> : <Wifi size={16} aria-hidden="true" />}
      <span>{text}</span>
    </span>
  );
}
