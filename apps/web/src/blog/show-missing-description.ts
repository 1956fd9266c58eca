import { scrollBehavior } from '../ui/scroll-behavior';

/**
 * Takes the writer to the first thing that still needs a description: a picture in
 * the text (selected, its description field opened and focused), else the cover's
 * description field. Returns false when there is nothing left to show.
 *
 * A picture without a description says so on the page (ImageView); pressing it the way
 * the keyboard does (a click with no pointer) selects it and focuses its field.
 */
export function showMissingDescription(near: HTMLElement): boolean {
  const page = near.closest('.post-page') ?? document;
  const picture = page.querySelector('.image-block__needs-description')?.closest('figure')?.querySelector<HTMLButtonElement>('.image-block__frame');
  if (picture) {
    picture.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    picture.click();
    return true;
  }
  const coverAlt = page.querySelector<HTMLInputElement>('input[data-cover-alt]');
  if (coverAlt && coverAlt.value.trim() === '') {
    coverAlt.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    coverAlt.focus({ preventScroll: true });
    return true;
  }
  return false;
}
