import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { LIVE_TAB_LABELS, type LiveTab } from './live-tabs';
import './LiveTabs.css';

/** The panel's tabs, as the ARIA pattern has them: arrow keys move between them, Tab goes on into the panel. */
export function LiveTabs({
  tabs,
  tab,
  onTab,
  badges,
  idPrefix,
}: {
  tabs: LiveTab[];
  tab: LiveTab;
  onTab(tab: LiveTab): void;
  /** A count on a tab (unread messages, open polls), with the words screen readers hear for it. */
  badges: Partial<Record<LiveTab, { count: number; spoken: string } | null>>;
  idPrefix: string;
}) {
  const t = useT();
  const buttons = useRef<Partial<Record<LiveTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = tabs.indexOf(tab);
    const next = event.key === 'Home' ? tabs[0] : event.key === 'End' ? tabs[tabs.length - 1] : tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <div className="live-tabs" role="tablist" aria-label={t('live.tabs.label')} onKeyDown={onKeyDown}>
      {tabs.map((name) => {
        const badge = badges[name];
        return (
          <button
            key={name}
            ref={(element) => {
              buttons.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${name}`}
            // Only the chosen tab's panel is drawn: the others point at nothing yet.
            aria-controls={tab === name ? `${idPrefix}-panel-${name}` : undefined}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            className="live-tabs__tab"
            onClick={() => onTab(name)}
          >
            {t(LIVE_TAB_LABELS[name])}
            {badge && badge.count > 0 ? <Badge count={badge.count} spoken={badge.spoken} /> : null}
          </button>
        );
      })}
    </div>
  );
}

function Badge({ count, spoken }: { count: number; spoken: ReactNode }) {
  return (
    <>
      <span className="live-tabs__badge" aria-hidden="true">
        {count > 99 ? '99+' : count}
      </span>
      <span className="visually-hidden"> {spoken}</span>
    </>
  );
}
