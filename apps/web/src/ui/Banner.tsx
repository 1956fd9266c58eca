import type { ReactNode } from 'react';
import { AlertTriangle, CircleCheck, Info, Lock } from 'lucide-react';
import './Banner.css';

const ICONS = { info: Info, warning: AlertTriangle, error: AlertTriangle, success: CircleCheck, locked: Lock };

export interface BannerProps {
  tone: keyof typeof ICONS;
  children: ReactNode;
  action?: ReactNode;
  /**
   * Announced as it appears (the default). False when a live region elsewhere already
   * says the same words, so screen readers hear them once.
   */
  announce?: boolean;
  className?: string;
}

/** A message across the page. Errors are announced at once (role=alert), the rest politely. */
export function Banner({ tone, children, action, announce = true, className }: BannerProps) {
  const Icon = ICONS[tone];
  return (
    <div className={['banner', `banner--${tone}`, className ?? ''].filter(Boolean).join(' ')} role={announce ? (tone === 'error' ? 'alert' : 'status') : undefined}>
      <Icon className="banner__icon" aria-hidden="true" size={22} />
      <div className="banner__text">{children}</div>
      {action ? <div className="banner__action">{action}</div> : null}
    </div>
  );
}
