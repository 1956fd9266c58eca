import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';

/**
 * Every picture of the page arrives and can be drawn (lazy ones too: made eager and scrolled to),
 * then the page is back at its top. Returns how many pictures the page has.
 */
export async function picturesLoaded(page: Page): Promise<number> {
  await page.evaluate(() => {
    for (const image of Array.from(document.images)) {
      image.loading = 'eager';
      image.scrollIntoView();
    }
  });
  await waitFor(() => page.evaluate(() => Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0)), {
    message: 'the pictures of the page',
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate(() => document.images.length);
}
