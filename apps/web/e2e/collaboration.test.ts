import { describe, expect, it } from 'vitest';
import { caretToEnd, editorOf, logIn, newVisitor, openDocument } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/**
 * The core promise, in a real browser: two pupils from two countries write in one
 * document at the same time, see each other, and nothing is lost when the server dies.
 */
describe('writing together in the browser', () => {
  const env = useKopaAndChromium();

  it('Jānis and Lucía type at once, see each other, undo only their own words, and survive a crash', async () => {
    const janis = await newVisitor(env.browser);
    const lucia = await newVisitor(env.browser);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);
    await Promise.all([
      openDocument(janis.page, 'Our first words', 'Hello from Daugavpils'),
      openDocument(lucia.page, 'Our first words', 'Hello from Daugavpils'),
    ]);
    // An ordinary open leaves the caret out of the document (only a just-created one takes it).
    expect(await janis.page.evaluate(() => document.activeElement?.classList.contains('editor-surface__content'))).toBe(false);

    // Each puts the caret at the end, presses Enter and types, both at the same time.
    await Promise.all([caretToEnd(janis.page), caretToEnd(lucia.page)]);
    await Promise.all([
      janis.page.keyboard.press('Enter').then(() => janis.page.keyboard.type('Sveiki no Daugavpils, es esmu Jānis.')),
      lucia.page.keyboard.press('Enter').then(() => lucia.page.keyboard.type('Hola desde Gijón, soy Lucía.')),
    ]);
    for (const { page } of [janis, lucia]) {
      await editorOf(page).filter({ hasText: 'es esmu Jānis' }).filter({ hasText: 'soy Lucía' }).waitFor();
    }

    // Each sees the other's caret with their name and country, and their avatar.
    await janis.page.locator('.editor-surface__cursors').getByText('Lucía (ES)').waitFor();
    await lucia.page.locator('.editor-surface__cursors').getByText('Jānis (LV)').waitFor();
    await janis.page.getByRole('img', { name: 'Lucía (ES)' }).waitFor();

    // Bold from the toolbar reaches the other side as bold.
    await caretToEnd(lucia.page);
    await lucia.page.keyboard.press('Enter');
    await lucia.page.getByRole('button', { name: 'Bold' }).click();
    await lucia.page.keyboard.type('Muy importante');
    await janis.page.locator('.editor-surface__content .kd-bold', { hasText: 'Muy importante' }).waitFor();

    // Jānis undoes: his sentence goes, Lucía's stays, for both of them.
    await janis.page.keyboard.press('Control+z');
    for (const { page } of [janis, lucia]) {
      await page.waitForFunction(() => !document.querySelector('.editor-surface__content')?.textContent?.includes('es esmu Jānis'));
      expect(await editorOf(page).textContent()).toContain('soy Lucía');
      expect(await editorOf(page).textContent()).toContain('Muy importante');
    }
    await janis.page.keyboard.press('Control+y');
    await editorOf(lucia.page).filter({ hasText: 'es esmu Jānis' }).waitFor();

    const seen = await editorOf(lucia.page).textContent();
    await janis.page.screenshot({ path: `${SCREENSHOTS}/together-janis.png`, fullPage: true });

    // The server dies without warning and comes back; a reload shows everything.
    await env.kopa.kill();
    // The indicator no longer says "saved": the server is gone (nothing of his is waiting for it).
    await janis.page.locator('.save-indicator', { hasText: /^(Connecting…|Offline — you can keep working)$/ }).waitFor();
    await env.kopa.restart();
    for (const { page } of [janis, lucia]) {
      await page.reload();
      await editorOf(page).filter({ hasText: 'Muy importante' }).waitFor();
      expect(await editorOf(page).textContent()).toBe(seen);
    }
    expect([...janis.pageErrors, ...lucia.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close()]);
  });
});
