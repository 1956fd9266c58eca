import type { MessageId } from '@kopa/i18n';

export const LIVE_TABS = ['people', 'chat', 'polls', 'teach', 'overview'] as const;
export type LiveTab = (typeof LIVE_TABS)[number];

export const LIVE_TAB_LABELS = {
  people: 'live.tab.people',
  chat: 'live.tab.chat',
  polls: 'live.tab.polls',
  teach: 'live.tab.teach',
  overview: 'live.tab.overview',
} as const satisfies Record<LiveTab, MessageId>;

/** The tabs only hosts see: their tools, and the overview of everyone's work. */
const HOST_TABS: ReadonlySet<LiveTab> = new Set(['teach', 'overview']);

/** The tabs this person sees: the hosts' tools and overview only for hosts. */
export function tabsFor(host: boolean): LiveTab[] {
  return host ? [...LIVE_TABS] : LIVE_TABS.filter((tab) => !HOST_TABS.has(tab));
}

/** The overview's cards want room: on a wide screen the panel widens while it is shown. */
export function wideTab(tab: LiveTab): boolean {
  return tab === 'overview';
}
