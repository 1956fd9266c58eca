import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caretToEnd, editorOf, logIn, newVisitor } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const indicator = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).and(page.locator('.save-indicator'));

/** The service worker has taken over this page: what it fetches from now on can be kept for offline use. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, {
    timeout: 30_000,
  });
}

describe('opening Kopa with no connection at all', () => {
  const env = useKopaAndChromium();

  it('a document visited before reopens offline after a reload, takes new text, and sends it when the connection is back; an item never opened says so', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser);
    await logIn(page, env.kopa.url, 'janis');
    await controlledByServiceWorker(page);

    // A second document exists, but Jānis never opens it on this laptop.
    await page.evaluate(async () => {
      const spaces = (await (await fetch('/api/spaces')).json()) as Array<{ id: string; title: string }>;
      const welcome = spaces.find((space) => space.title === 'Welcome')!;
      const created = await fetch(`/api/spaces/${welcome.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Never opened here' }),
      });
      if (!created.ok) throw new Error(`could not create the document: ${created.status}`);
    });
    // Home again (now through the service worker), then the document: both are kept.
    await page.reload();
    await page.getByRole('link', { name: 'Open Never opened here' }).waitFor();
    await page.getByRole('link', { name: 'Open Our first words' }).click();
    await editorOf(page).filter({ hasText: 'Our first words' }).waitFor();
    await indicator(page, 'All changes saved').waitFor();
    await page.getByRole('link', { name: /Back to/ }).click();
    await page.getByRole('link', { name: 'Open Our first words' }).waitFor();

    // The Wi-Fi goes. A reload still opens Kopa, the home page and the document with its text.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Open Our first words' }).click();
    await editorOf(page).filter({ hasText: 'Our first words' }).waitFor();
    await page.locator('.editor-surface__content[contenteditable="true"]').waitFor();
    await caretToEnd(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Written on the coach after a reload');
    await indicator(page, 'Offline — your work is saved on this device').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-reopen-document.png') });

    // An item this laptop never opened cannot come from anywhere: it says so, plainly.
    await page.getByRole('link', { name: /Back to/ }).click();
    await page.getByRole('link', { name: 'Open Never opened here' }).click();
    await page.getByText('This has not been opened on this device yet').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-not-cached.png') });

    // Back online: the page tries again by itself, and the document's text reaches the server.
    await context.setOffline(false);
    await editorOf(page).waitFor();
    await page.getByRole('link', { name: /Back to/ }).click();
    await page.getByRole('link', { name: 'Open Our first words' }).click();
    await editorOf(page).filter({ hasText: 'Written on the coach after a reload' }).waitFor();
    await indicator(page, 'All changes saved').waitFor({ timeout: 30_000 });

    const reader = await newVisitor(env.browser);
    await logIn(reader.page, env.kopa.url, 'lucia');
    await reader.page.getByRole('link', { name: 'Open Our first words' }).click();
    await editorOf(reader.page).filter({ hasText: 'Written on the coach after a reload' }).waitFor();

    expect(pageErrors).toEqual([]);
    await reader.context.close();
    await context.close();
  });
});
