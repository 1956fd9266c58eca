import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { unreadCount } from './live-chat';
import { useLive, type LiveContextValue } from './live-context';
import { tabsFor, wideTab, type LiveTab } from './live-tabs';
import { LiveDockBar } from './LiveDockBar';
import { LiveNewsAnnouncer } from './LiveNewsAnnouncer';
import { LiveNewsToast } from './LiveNewsToast';
import { LivePanel } from './LivePanel';
import { RevertedNotices } from './RevertedNotices';
import type { JoinedSession } from './use-live-session';
import './LiveDock.css';

/**
 * The lesson, on every page while one is in it: a side panel on a laptop, a
 * bottom sheet on a phone, folded away into a bar when not needed. Default
 * export: loaded on demand.
 */
export default function LiveDock() {
  const live = useLive();
  if (!live?.session) return null;
  return <Dock live={live} session={live.session} />;
}

function Dock({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const t = useT();
  const [chosenTab, setTab] = useState<LiveTab>('people');
  const [chatSeenAt, setChatSeenAt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const bar = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'panel' | 'bar' | null>(null);
  const { panelOpen: open, setPanelOpen } = live;
  const tabs = tabsFor(session.state.youHost);
  // A co-host who is a host no longer finds the hosts' tab gone, and lands on the people.
  const tab = tabs.includes(chosenTab) ? chosenTab : 'people';
  const chatVisible = open && tab === 'chat';
  const wide = open && wideTab(tab);
  const lastAt = session.chat[session.chat.length - 1]?.at ?? 0;
  const unread = chatVisible ? 0 : unreadCount(session.chat, chatSeenAt, live.me.id);

  // The page makes room for the panel (beside it on wide screens, above the bar on phones; more for the overview).
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.liveDock = open ? (wide ? 'wide' : 'open') : 'closed';
    // Pages that fill the window (boards) measure again.
    window.dispatchEvent(new Event('resize'));
    return () => {
      delete root.dataset.liveDock;
      window.dispatchEvent(new Event('resize'));
    };
  }, [open, wide]);

  // Opened or folded by the user: the keyboard goes along. Just joined (focus nowhere): to the panel.
  useEffect(() => {
    const target = focusNext.current ?? (document.activeElement === document.body && open ? 'panel' : null);
    focusNext.current = null;
    if (target === 'panel') heading.current?.focus();
    else if (target === 'bar') bar.current?.focus();
  }, [open]);

  const chooseTab = (next: LiveTab) => {
    if (tab === 'chat' || next === 'chat') setChatSeenAt(lastAt);
    setTab(next);
  };
  const setOpen = (next: boolean) => {
    if (chatVisible && !next) setChatSeenAt(lastAt);
    focusNext.current = next ? 'panel' : 'bar';
    setPanelOpen(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape folds the panel, unless something inside used it (a confirmation keeps things as they are).
    if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
    event.preventDefault();
    setOpen(false);
  };

  return (
    <aside className={`live-dock live-dock--${open ? 'open' : 'closed'}${wide ? ' live-dock--wide' : ''}`} aria-label={t('live.dock.label')} onKeyDown={onKeyDown}>
      {open ? (
        <LivePanel
          live={live}
          session={session}
          tabs={tabs}
          tab={tab}
          onTab={chooseTab}
          unread={unread}
          onClose={() => setOpen(false)}
          headingRef={heading}
          notices={<RevertedNotices live={live} />}
        />
      ) : (
        <>
          {/* Above the folded bar (beside the rail on a laptop), over the page: nothing below moves. */}
          <div className="live-dock__float">
            <RevertedNotices live={live} floating />
            <LiveNewsToast news={live.news} onClosed={() => bar.current?.focus()} />
          </div>
          <LiveDockBar live={live} session={session} unread={unread} onOpen={() => setOpen(true)} buttonRef={bar} />
        </>
      )}
      <LiveNewsAnnouncer news={live.news} />
    </aside>
  );
}
