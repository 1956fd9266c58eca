import { useIntl } from 'react-intl';
import { deviceTime } from './revert-since';
import { timeAgo } from './time-ago';

interface TimeAgoProps {
  /** When it happened, on the server's clock. */
  at: number;
  /** Now, on the server's clock. */
  now: number;
  /** clockOffset(state.now, receivedAt): the exact time on hover is this device's. */
  offset: number;
}

/** "12s ago" to the eye, "12 seconds ago" to screen readers, the exact time on hover. */
export function TimeAgo({ at, now, offset }: TimeAgoProps) {
  const intl = useIntl();
  const { value, unit } = timeAgo(at, now);
  const local = deviceTime(at, offset);
  return (
    <time dateTime={new Date(local).toISOString()} title={intl.formatTime(local, { hour: 'numeric', minute: '2-digit', second: '2-digit' })}>
      <span aria-hidden="true">{intl.formatRelativeTime(value, unit, { numeric: 'auto', style: 'narrow' })}</span>
      <span className="visually-hidden">{intl.formatRelativeTime(value, unit, { numeric: 'auto' })}</span>
    </time>
  );
}
