import type { MessageId } from '@kopa/i18n';
import type { Me } from '@kopa/protocol';
import { isStaffRole } from '@kopa/protocol';

export interface NavEntry {
  href: string;
  label: MessageId;
  /** Who sees the entry (the server enforces the same; this only keeps menus short). */
  visible(me: Me): boolean;
}

// Declared before NAVIGATION, which uses them as it is built.
export const staffOnly = (me: Me) => isStaffRole(me.role);
/** An instance administrator may belong to no partnership at all. */
const inPartnership = (me: Me) => me.partnershipId !== null;

/** The main navigation, in order. A feature adds its page here and its route in App.tsx. */
export const NAVIGATION: NavEntry[] = [
  // The instance administrator outside any partnership has no home but the administration.
  { href: '/', label: 'nav.home', visible: (me) => !me.isAdmin || inPartnership(me) },
  { href: '/teams', label: 'nav.teams', visible: inPartnership },
  { href: '/mobilities', label: 'nav.mobilities', visible: inPartnership },
  { href: '/blog', label: 'nav.blog', visible: inPartnership },
  // The instance's inventory: a partnership's practices and every public one.
  { href: '/practices', label: 'nav.practices', visible: inPartnership },
  // The partnership's words in all its languages.
  { href: '/glossary', label: 'nav.glossary', visible: inPartnership },
  { href: '/pupils', label: 'nav.pupils', visible: staffOnly },
  { href: '/partnership', label: 'nav.partnership', visible: staffOnly },
  // Teachers and coordinators of the partnership look after what is reported in the blog.
  { href: '/moderation', label: 'nav.moderation', visible: (me) => inPartnership(me) && staffOnly(me) },
  { href: '/admin', label: 'nav.admin', visible: (me) => me.isAdmin },
];
