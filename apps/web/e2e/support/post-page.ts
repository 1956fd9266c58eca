import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** From the home page to Welcome's space page, then "New blog post": the post page opens. */
export async function newPost(page: Page, title: string): Promise<string> {
  await page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
  await page.getByRole('button', { name: 'New blog post' }).click();
  await page.getByLabel('Title of the new blog post').fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(page.url()).toMatch(/\/posts\/[^/]+$/);
  // Connected, with nothing of hers waiting for the server.
  await page.locator('.save-indicator', { hasText: 'All changes saved' }).waitFor();
  return page.url();
}

/** The details panel has saved every change made so far. */
export async function untilSaved(page: Page): Promise<void> {
  // The details panel's own words (the text's save indicator says "Saving…" too).
  const details = page.locator('.post-details');
  await details.getByText('Saving…').waitFor({ state: 'hidden' });
  await details.getByText('Saved', { exact: true }).waitFor();
}

/** The post's status, as the review bar shows it. */
export const statusChip = (page: Page, status: string) => page.locator('.status-chip', { hasText: status });
