/** Accessibility: words only screen readers hear, and the page titles. */
export const accessibility = {
  'a11y.pageTitle': '{page} — {app}',
  'a11y.item.open': 'Open',
  'a11y.wall.addNoteTo': 'to “{title}”',
  'a11y.teams.heading': 'The teams',
} as const;
