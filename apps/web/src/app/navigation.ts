import type { MessageId } from '@kopa/i18n';
import type { Me } from '@kopa/protocol';
import { isStaffRole } from '@kopa/protocol';

export interface NavEntry {
  href: string;
  label: MessageId;
  /** Who sees the entry (the server enforces the same; this only keeps menus short). */
  visible(me: Me): boolean;
}

/** The main navigation, in order. A feature adds its page here and its route in App.tsx. */
export const NAVIGATION: NavEntry[] = [{ href: '/', label: 'nav.home', visible: () => true }];

export const staffOnly = (me: Me) => isStaffRole(me.role);
