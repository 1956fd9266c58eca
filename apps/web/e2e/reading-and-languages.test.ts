import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorOf, logIn, newVisitor, openDocument, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('guests, languages and small screens', () => {
  const env = useKopaAndChromium();

  it('a guest reads the document on a phone but cannot change it', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser, PHONE);
    await logIn(page, env.kopa.url, 'guest');
    expect(await noSideways(page)).toBe(true);
    await page.getByText('Read only').waitFor();
    await openDocument(page, 'Our first words', 'Hello from Daugavpils');

    await page.getByText('You can read this document, but not change it.').waitFor();
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('toolbar').count()).toBe(0);
    const before = await editorOf(page).textContent();
    await editorOf(page).click();
    await page.keyboard.type('guest was here');
    expect(await editorOf(page).textContent()).toBe(before);
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/guest-phone.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a pupil switches to Latvian, logs in with the keyboard alone, and Kopa remembers the language', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser);
    await page.goto(`${env.kopa.url}/login?username=andrei`);
    await page.getByLabel('Language').selectOption('lv');
    await page.getByRole('heading', { name: 'Sveiki! Šī ir Kopa.' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('lv');

    // The card's QR code fills in the username; the password field has the focus.
    expect(await page.getByLabel('Lietotājvārds vai e-pasts').inputValue()).toBe('andrei');
    await page.keyboard.type('kopa-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sveiki, Andrei!' }).waitFor();
    await page.getByText('1 dokuments').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Tavas telpas' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/home-latvian.png`, fullPage: true });

    // Keyboard into the document: Tab to its link, Enter, and the writing area takes typing.
    await page.getByRole('link', { name: /^Atvērt Our first words/ }).focus();
    await page.keyboard.press('Enter');
    await editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();
    await page.getByRole('toolbar', { name: 'Formatēšana' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
