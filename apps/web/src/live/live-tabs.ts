import type { MessageId } from '@kopa/i18n';

export const LIVE_TABS = ['people', 'chat', 'polls', 'teach'] as const;
export type LiveTab = (typeof LIVE_TABS)[number];

export const LIVE_TAB_LABELS = {
  people: 'live.tab.people',
  chat: 'live.tab.chat',
  polls: 'live.tab.polls',
  teach: 'live.tab.teach',
} as const satisfies Record<LiveTab, MessageId>;

/** The tabs this person sees: the hosts' tools only for hosts. */
export function tabsFor(host: boolean): LiveTab[] {
  return host ? [...LIVE_TABS] : LIVE_TABS.filter((tab) => tab !== 'teach');
}
