import type { accessibility as english } from '../en/accessibility.js';

/** Accessibility: words only screen readers hear, and the page titles. */
export const accessibility: Record<keyof typeof english, string> = {
  'a11y.pageTitle': '{page} — {app}',
  'a11y.item.open': 'Ouvrir',
  'a11y.wall.addNoteTo': 'dans « {title} »',
  'a11y.teams.heading': 'Les équipes',
};
