import type { ReactNode } from 'react';
import { AlertTriangle, CircleCheck, Info, Lock } from 'lucide-react';
import './Banner.css';

const ICONS = { info: Info, warning: AlertTriangle, error: AlertTriangle, success: CircleCheck, locked: Lock };

export interface BannerProps {
  tone: keyof typeof ICONS;
  children: ReactNode;
  action?: ReactNode;
}

/** A message across the page. Errors are announced at once (role=alert), the rest politely. */
export function Banner({ tone, children, action }: BannerProps) {
  const Icon = ICONS[tone];
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon className="banner__icon" aria-hidden="true" size={22} />
      <div className="banner__text">{children}</div>
      {action ? <div className="banner__action">{action}</div> : null}
    </div>
  );
}
