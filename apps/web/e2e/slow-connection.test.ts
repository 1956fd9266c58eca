import { describe, expect, it } from 'vitest';
import { editorOf, logIn, newVisitor } from './support/browser';
import { useKopaAndChromium } from './support/kopa-under-test';

describe('a slow school connection', () => {
  const env = useKopaAndChromium();

  it('a new post stays read-only until its content has arrived, so early typing never makes an empty first line', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser);
    await logIn(page, env.kopa.url, 'janis');
    await page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
    await page.getByRole('button', { name: 'New blog post' }).click();
    await page.getByLabel('Title of the new blog post').fill('Written on a slow line');

    // Every request and the document's WebSocket now take over a second to answer.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 1200, downloadThroughput: -1, uploadThroughput: -1 });
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Written on a slow line' }).waitFor({ timeout: 30_000 });

    // Before the first sync: it says so, and keys typed now change nothing.
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    await page.locator('.editor-surface__placeholder', { hasText: 'Loading…' }).waitFor();
    await editorOf(page).click();
    await page.keyboard.type('too early');

    // Once loaded it is writable and has the caret (it was just created).
    await page.locator('.editor-surface__content[contenteditable="true"]').waitFor({ timeout: 30_000 });
    await page.keyboard.type('Hello from Daugavpils');
    await editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();
    expect(await editorOf(page).locator(':scope > *').count()).toBe(1);
    expect(await editorOf(page).textContent()).toBe('Hello from Daugavpils');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
