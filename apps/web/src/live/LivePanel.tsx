import { ChevronDown, LogOut, PanelRightClose } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { IconButton } from '../ui/IconButton';
import { HandButton } from './HandButton';
import { HostTools } from './HostTools';
import { clockOffset } from './live-countdown';
import type { LiveContextValue } from './live-context';
import { pollsBadge } from './live-polls';
import type { LiveTab } from './live-tabs';
import { LiveChat } from './LiveChat';
import { LivePolls } from './LivePolls';
import { LiveTabs } from './LiveTabs';
import { LiveTimer } from './LiveTimer';
import { OverviewTab } from './OverviewTab';
import { PeopleTab } from './PeopleTab';
import { SpotlightNotice } from './SpotlightNotice';
import type { JoinedSession } from './use-live-session';
import './LivePanel.css';

interface LivePanelProps {
  live: LiveContextValue;
  session: JoinedSession;
  tabs: LiveTab[];
  tab: LiveTab;
  onTab(tab: LiveTab): void;
  unread: number;
  onClose(): void;
  headingRef: Ref<HTMLHeadingElement>;
  /** Notes that wait to be closed (a host took back one's changes), under the heading. */
  notices?: ReactNode;
}

/** The open panel: the lesson's name and timer, where the host brought everyone, then people, chat, polls and (hosts) the tools and the overview. */
export function LivePanel({ live, session, tabs, tab, onTab, unread, onClose, headingRef, notices }: LivePanelProps) {
  const t = useT();
  const ids = useId();
  const { state } = session;
  const present = state.participants.filter((person) => person.present).length;
  const speaker = live.me.role !== 'guest';
  const polls = pollsBadge(state.polls, { host: state.youHost, voter: speaker });
  // Leaving is asked once: on a phone it sits near the chevron that only folds the panel.
  const [leaving, setLeaving] = useState(false);
  const leaveButton = useRef<HTMLButtonElement>(null);
  const backToLeave = useRef(false);
  useEffect(() => {
    if (!leaving && backToLeave.current) leaveButton.current?.focus();
    backToLeave.current = false;
  }, [leaving]);
  const stay = () => {
    backToLeave.current = true;
    setLeaving(false);
  };

  return (
    <div className="live-panel">
      {/*
        The chevron (folding the panel) alone at the top corner; leaving, in words, on the line of the
        space under the title: far from each other, so a thumb does not take one for the other.
      */}
      <header className="live-panel__top">
        <p className="live-panel__kind">
          <span className="live-dock__pulse" aria-hidden="true" />
          {t('live.panel.kind')}
        </p>
        <h2 ref={headingRef} tabIndex={-1} className="live-panel__title">
          {state.title || state.spaceName}
        </h2>
        <Link href={`/spaces/${encodeURIComponent(state.spaceId)}`} className="live-panel__space">
          {t('live.panel.inSpace', { space: state.spaceName })}
        </Link>
        <Button
          ref={leaveButton}
          variant="secondary"
          className="live-panel__leave"
          icon={<LogOut size={18} />}
          aria-label={t('live.panel.leave')}
          aria-expanded={leaving}
          onClick={() => setLeaving(true)}
        >
          {t('live.panel.leaveShort')}
        </Button>
        <IconButton
          className="live-panel__close"
          label={t('live.panel.close')}
          aria-expanded={true}
          onClick={onClose}
          icon={
            <>
              <span className="live-dock__icon-phone">
                <ChevronDown size={22} />
              </span>
              <span className="live-dock__icon-wide">
                <PanelRightClose size={20} />
              </span>
            </>
          }
        />
      </header>
      {leaving ? (
        <ConfirmPanel
          label={t('live.panel.leave')}
          tone="warning"
          busy={false}
          confirmLabel={t('live.leave.confirm')}
          keepLabel={t('live.leave.keep')}
          onConfirm={() => void live.leave()}
          onKeep={stay}
        >
          <p>{t('live.leave.question')}</p>
        </ConfirmPanel>
      ) : null}
      {notices}
      {state.timer ? <LiveTimer timer={state.timer} offset={clockOffset(state.now, session.receivedAt)} /> : null}
      {state.spotlight && !state.youHost ? <SpotlightNotice spotlight={state.spotlight} participants={state.participants} /> : null}
      <LiveTabs
        tabs={tabs}
        tab={tab}
        onTab={onTab}
        idPrefix={ids}
        badges={{
          people: state.youHost && state.hands.length > 0 ? { count: state.hands.length, spoken: t('live.hands.count', { count: state.hands.length }) } : null,
          chat: { count: unread, spoken: t('live.chat.unread', { count: unread }) },
          polls: { count: polls.count, spoken: t(polls.kind === 'open' ? 'live.polls.openCount' : 'live.polls.toAnswer', { count: polls.count }) },
        }}
      />
      <div
        className="live-panel__body"
        role="tabpanel"
        id={`${ids}-panel-${tab}`}
        aria-labelledby={`${ids}-tab-${tab}`}
        // The panel scrolls: keyboard users reach it too.
        tabIndex={0}
      >
        {tab === 'people' ? <PeopleTab live={live} session={session} present={present} /> : null}
        {tab === 'chat' ? <LiveChat live={live} session={session} /> : null}
        {tab === 'polls' ? <LivePolls live={live} session={session} /> : null}
        {tab === 'teach' ? <HostTools live={live} session={session} /> : null}
        {tab === 'overview' ? <OverviewTab live={live} session={session} /> : null}
      </div>
      {speaker && !state.youHost ? (
        <footer className="live-panel__bottom">
          <HandButton live={live} hands={state.hands} />
        </footer>
      ) : null}
    </div>
  );
}
