/** Smooth scrolling, unless the reader asked their system for less movement (CSS cannot reach scrollIntoView's option). */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
